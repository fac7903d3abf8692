/**
 * Reading a governed sheet into records: find the header row, then read every non-blank row below
 * it, each value as its field's type. A value that cannot be read is a finding pointing at its
 * cell, and the record goes on without it.
 */
import { PmoInputError } from "../errors";
import { finding, Finding, GOVERNANCE_RULES } from "../findings";
import { cellAddress, SheetData } from "../sheet";
import { DateSystem, isBlank } from "../values";
import { FieldSpec } from "./fields";
import { findHeaderRow, normaliseHeader } from "./header-match";
import { isMoneyType, parseFieldValue } from "./field-values";
import { moneyScaleOfHeader } from "./money-scale";
import { kindOfFields, missingRequiredMessage } from "./table-messages";

export interface TableLayout {
  sheet: string;
  /** 1-based sheet row of the header. */
  headerRow: number;
  /** Field -> 1-based sheet column. */
  columns: ReadonlyMap<string, number>;
  /** The header row's texts, from its first column, as the sheet has them. */
  headers: readonly string[];
}

export interface TableRecord {
  /** 1-based sheet row. */
  row: number;
  /** `row`, then field -> value read, for fields with a readable value. */
  values: Record<string, unknown>;
}

export interface ReadTable {
  layout: TableLayout;
  records: TableRecord[];
  findings: Finding[];
}

/** A1 address of a field's cell in a record's row; the row's first column when the field has none. */
export function fieldAddress(layout: TableLayout, row: number, field: string): string {
  return cellAddress(row, layout.columns.get(field) ?? Math.min(...layout.columns.values()));
}

const TOTAL_ROW = /^(grand\s+)?totals?:?$/i;

/** A totals line under a register ("Total" in the name column, no id) is not a project. */
function isTotalRow(values: readonly unknown[], columns: ReadonlyMap<string, number>): boolean {
  return [...columns.values()].some((index) => typeof values[index] === "string" && TOTAL_ROW.test((values[index] as string).trim()));
}

/** `mapping` is field -> header, as the user gave it (`--map id="Project Code"`). */
export function readTable(sheet: SheetData, fields: readonly FieldSpec[], mapping: ReadonlyMap<string, string>, dateSystem: DateSystem): ReadTable {
  const byHeader = new Map([...mapping].map(([field, header]) => [normaliseHeader(header), field]));
  const match = findHeaderRow(sheet.rows, fields, byHeader);
  const headers = match.headers;
  if (match.missing.length > 0) {
    throw new PmoInputError(missingRequiredMessage(sheet.name, match.rowIndex + sheet.firstRow, kindOfFields(fields), match.missing, headers));
  }
  const toSheetColumn = (index: number) => index + sheet.firstColumn;
  const layout: TableLayout = {
    sheet: sheet.name,
    headerRow: match.rowIndex + sheet.firstRow,
    columns: new Map([...match.columns].map(([field, index]) => [field, toSheetColumn(index)])),
    headers,
  };
  const specs = fields.filter((spec) => match.columns.has(spec.field));
  // Messages name a column as the sheet heads it ("Actuals to Date"), not by our field name.
  const headerOf = (spec: FieldSpec) => headers[match.columns.get(spec.field)!];
  // A money column's unit ("Budget (£m)", "Cost $000") is its header's, decided once for the column.
  const scales = specs.map((spec) => (isMoneyType(spec.type) ? moneyScaleOfHeader(headerOf(spec)) : 1));
  const records: TableRecord[] = [];
  const findings: Finding[] = [];
  for (let index = match.rowIndex + 1; index < sheet.rows.length; index += 1) {
    const cells = sheet.rows[index];
    if (!cells || specs.every((spec) => isBlank(cells[match.columns.get(spec.field)!]))) continue;
    if (isTotalRow(cells, match.columns) && isBlank(cells[match.columns.get("id")!])) continue;
    const row = index + sheet.firstRow;
    // Every field is present (undefined when blank) and in one order, so that all records of a
    // sheet share one object shape and the engine's loops over them stay fast.
    const values: Record<string, unknown> = { row };
    for (const spec of fields) values[spec.field] = undefined;
    let complete = true;
    for (let specIndex = 0; specIndex < specs.length; specIndex += 1) {
      const spec = specs[specIndex];
      const column = match.columns.get(spec.field)!;
      const parsed = parseFieldValue(spec.type, cells[column], dateSystem, scales[specIndex]);
      if (parsed.ok) {
        values[spec.field] = parsed.value;
        continue;
      }
      const address = cellAddress(row, toSheetColumn(column));
      if (parsed.kind === "error") {
        findings.push(finding(GOVERNANCE_RULES.excelError, sheet.name, address, `${headerOf(spec)} ${parsed.message}; it is left out of the figures.`));
      } else if (parsed.kind === "invalid") {
        findings.push(finding(GOVERNANCE_RULES.invalidValue, sheet.name, address, `${headerOf(spec)}: ${parsed.message}; it is left out of the figures.`));
      }
      if (spec.required) {
        complete = false;
        findings.push(finding(GOVERNANCE_RULES.missingRequired, sheet.name, address, `${headerOf(spec)} is required${parsed.kind === "blank" ? " but blank" : ""}; the row is left out.`));
      }
    }
    if (complete) records.push({ row, values });
  }
  return { layout, records, findings };
}
