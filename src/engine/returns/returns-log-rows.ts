/**
 * The traceability sheets' rows (SPEC 10) as plain arrays, header first: `PMO Returns`, one row
 * per return per project; `PMO Changes`, one row per changed cell. The sheet plans come later.
 */
import { ReturnsResult } from "./returns-types";
import { describeWrite } from "./typed-values";

export const RETURNS_LOG_HEADER = ["Month", "Project ID", "File", "Submitted By", "Received", "Outcome", "Cells Changed"] as const;
export const CHANGES_LOG_HEADER = ["Month", "Sheet", "Row ID", "Field", "Old Value", "New Value", "File"] as const;

export type LogRow = (string | number)[];

/** Every outcome, in the order the returns were given, applied and refused together. */
export function returnsLogRows(result: ReturnsResult): LogRow[] {
  const outcomes = [...result.applied, ...result.refused];
  const order = new Map<string, number>();
  for (const outcome of outcomes) if (!order.has(outcome.file)) order.set(outcome.file, order.size);
  // Applied and refused are each in return order; merged back by file, then as they came.
  const rows = outcomes
    .map((outcome, position) => ({ outcome, position }))
    .sort((a, b) => order.get(a.outcome.file)! - order.get(b.outcome.file)! || a.position - b.position)
    .map(({ outcome }): LogRow => [
      result.month,
      outcome.projectId ?? "",
      outcome.file,
      outcome.submittedBy ?? "",
      outcome.received,
      outcome.applied ? "Applied" : `Refused: ${outcome.reasons.map((reason) => reason.message).join(" ")}`,
      outcome.cellsChanged,
    ]);
  return [[...RETURNS_LOG_HEADER], ...rows];
}

export function changesLogRows(result: ReturnsResult): LogRow[] {
  return [[...CHANGES_LOG_HEADER], ...result.changes.map((change): LogRow => [result.month, change.sheet, change.rowId, change.header, describeWrite(change.oldValue), describeWrite(change.newValue), change.file])];
}
