/** Duplicate ids in a register (SPEC 5): each row after the first with an id is an error. */
import { finding, Finding, GOVERNANCE_RULES } from "./findings";
import { fieldAddress, TableLayout } from "./schema/read-table";

interface Row {
  row: number;
  id: string;
}

/**
 * A finding for every row whose id (ignoring case) an earlier row already has; `then` adds what
 * follows from it ("Only row 5 is counted in the figures.").
 */
export function duplicateIds(rows: readonly Row[], layout: TableLayout, label: string, then: (firstRow: number) => string = () => ""): Finding[] {
  const firstRow = new Map<string, number>();
  const findings: Finding[] = [];
  for (const item of rows) {
    const key = item.id.toLowerCase();
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, item.row);
    else findings.push(finding(GOVERNANCE_RULES.duplicateId, layout.sheet, fieldAddress(layout, item.row, "id"), `${label} ${item.id} is also on row ${first}; each needs its own ID.${then(first)}`));
  }
  return findings;
}
