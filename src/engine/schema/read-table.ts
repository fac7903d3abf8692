/**
 * Reading a governed sheet into records: find the header row, then read every non-blank row below
 * it, each value as its field's type. A value that cannot be read is a finding pointing at its
 * cell, and the record goes on without it.
 */
import { PmoInputError } from "../errors";
import { finding, Finding, GOVERNANCE_RULES } from "../findings";
import { cellAddress, SheetData } from "../sheet";
import { DateSystem, isBlank } from "../values";
import { FieldSpec, SheetKind } from "./fields";
import { fieldOfHeader, findHeaderRow, HeaderMatch, normaliseHeader, synonymIndex } from "./header-match";
import { isMoneyType, parseFieldValue } from "./field-values";
import { moneyScaleOfHeader } from "./money-scale";
import { kindOfFields, mappingFix, missingRequiredMessage, oneLine } from "./table-messages";

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

export interface ReadTableOptions {
  /** Required fields that may be missing here (a one-project workbook's registers need no projectId). */
  notRequired?: readonly string[];
}

/** The field that names a record, which serves as its id when the register has no id column. */
export function nameFieldOf(fields: readonly FieldSpec[]): string | undefined {
  return fields.find((spec) => spec.field === "name")?.field ?? fields.find((spec) => spec.field === "title")?.field;
}

interface SharedColumn {
  missing: FieldSpec[];
  /** Set when the id is read from the names' column. */
  namesAsIds: boolean;
}

/**
 * SPEC 2, "No id column": a register without an id column whose names are unique uses the names
 * as ids. The same holds when the user mapped the id to a column and there is no name column
 * (`--map projects.id="Project Name"`, or `"Scheme"`): both fields read that one column.
 */
function shareIdWithName(match: HeaderMatch, fields: readonly FieldSpec[], missing: FieldSpec[], byHeader: ReadonlyMap<string, string>): SharedColumn {
  const nameField = nameFieldOf(fields);
  const isMissing = (field: string) => missing.some((spec) => spec.field === field);
  if (nameField === undefined) return { missing, namesAsIds: false };
  if (isMissing("id") && match.columns.has(nameField)) {
    match.columns.set("id", match.columns.get(nameField)!);
    return { missing: missing.filter((spec) => spec.field !== "id"), namesAsIds: true };
  }
  const idColumn = match.columns.get("id");
  const idHeader = idColumn === undefined ? "" : match.headers[idColumn];
  const mappedId = byHeader.get(normaliseHeader(idHeader)) === "id";
  if (isMissing(nameField) && idColumn !== undefined && (mappedId || fieldOfHeader(idHeader, synonymIndex(fields), new Map()) === nameField)) {
    match.columns.set(nameField, idColumn);
    return { missing: missing.filter((spec) => spec.field !== nameField), namesAsIds: true };
  }
  return { missing, namesAsIds: false };
}

/** Names used as ids must be unique: the first repeat, to say so, or undefined. */
function repeatedName(records: readonly TableRecord[]): { name: string; rows: [number, number] } | undefined {
  const firstRow = new Map<string, number>();
  for (const record of records) {
    const name = String(record.values.id);
    const key = name.trim().toLowerCase();
    const first = firstRow.get(key);
    if (first !== undefined) return { name, rows: [first, record.row] };
    firstRow.set(key, record.row);
  }
  return undefined;
}

/** A1 address of a field's cell in a record's row; the row's first column when the field has none. */
export function fieldAddress(layout: TableLayout, row: number, field: string): string {
  return cellAddress(row, layout.columns.get(field) ?? Math.min(...layout.columns.values()));
}

const TOTAL_ROW = /^(grand\s+)?totals?:?$/i;

/** A totals line under a register ("Total" in a matched column, no id) is not a project. */
export function isTotalRow(values: readonly unknown[], columns: readonly number[]): boolean {
  for (const index of columns) {
    const value = values[index];
    // A short string only: "Grand Total:" is 12 characters, and most cells are not strings at all.
    if (typeof value === "string" && value.length <= 16 && TOTAL_ROW.test(value.trim())) return true;
  }
  return false;
}

/** The one warning of a register whose names serve as ids; an error when its names repeat. */
function namesAsIdsFinding(layout: TableLayout, records: readonly TableRecord[], kind: SheetKind, named: string): Finding {
  const column = layout.columns.get("id")!;
  const repeat = repeatedName(records);
  if (repeat) {
    throw new PmoInputError(
      `Sheet "${layout.sheet}", header row ${layout.headerRow}: no ID column, and the names in column "${named}" repeat ("${repeat.name}" on rows ${repeat.rows[0]} and ${repeat.rows[1]}), so they cannot serve as ids; ` +
        `add an ID column, or run with ${mappingFix(kind, "id", "<its header>")}`,
    );
  }
  return finding(
    GOVERNANCE_RULES.namesAsIds,
    layout.sheet,
    cellAddress(layout.headerRow, column),
    `No ID column: the names in column "${named}" serve as ids. History needs a stable ID column (a renamed row loses its history): add one.`,
  );
}

/** `mapping` is field -> header, as the user gave it (`--map id="Project Code"`). */
export function readTable(sheet: SheetData, fields: readonly FieldSpec[], mapping: ReadonlyMap<string, string>, dateSystem: DateSystem, options: ReadTableOptions = {}): ReadTable {
  const byHeader = new Map([...mapping].map(([field, header]) => [normaliseHeader(header), field]));
  const match = findHeaderRow(sheet.rows, fields, byHeader);
  const headers = match.headers;
  const kind = kindOfFields(fields);
  const headerRow = match.rowIndex + sheet.firstRow;
  const { missing, namesAsIds } = shareIdWithName(
    match,
    fields,
    match.missing.filter((spec) => !options.notRequired?.includes(spec.field)),
    byHeader,
  );
  if (missing.length > 0) throw new PmoInputError(...missingRequiredMessage(sheet.name, headerRow, kind, missing, headers));
  const toSheetColumn = (index: number) => index + sheet.firstColumn;
  const layout: TableLayout = {
    sheet: sheet.name,
    headerRow,
    columns: new Map([...match.columns].map(([field, index]) => [field, toSheetColumn(index)])),
    headers,
  };
  const specs = fields.filter((spec) => match.columns.has(spec.field));
  const required = (spec: FieldSpec) => spec.required && !options.notRequired?.includes(spec.field);
  // Messages name a column as the sheet heads it ("Actuals to Date"), not by our field name.
  // On one line: a header's note on a second line would break check's one line per finding.
  const headerOf = (spec: FieldSpec) => oneLine(headers[match.columns.get(spec.field)!]);
  // A money column's unit ("Budget (£m)", "Cost $000") is its header's, decided once for the column.
  const scales = specs.map((spec) => (isMoneyType(spec.type) ? moneyScaleOfHeader(headerOf(spec)) : 1));
  const records: TableRecord[] = [];
  const findings: Finding[] = [];
  // Column indexes looked up once, not per row: a register can have hundreds of thousands of rows.
  const specColumns = specs.map((spec) => match.columns.get(spec.field)!);
  const idColumn = match.columns.get("id")!;
  for (let index = match.rowIndex + 1; index < sheet.rows.length; index += 1) {
    const cells = sheet.rows[index];
    if (!cells || specColumns.every((column) => isBlank(cells[column]))) continue;
    if (isBlank(cells[idColumn]) && isTotalRow(cells, specColumns)) continue;
    const row = index + sheet.firstRow;
    // The sheet's fields are present (undefined when blank) and in one order, so that all records
    // of a sheet share one object shape and the engine's loops over them stay fast. Fields the
    // sheet has no column for are left out: absent reads as undefined, and costs no memory.
    const values: Record<string, unknown> = { row };
    for (const spec of specs) values[spec.field] = undefined;
    let complete = true;
    let requiredReported = -1;
    for (let specIndex = 0; specIndex < specs.length; specIndex += 1) {
      const spec = specs[specIndex];
      const column = specColumns[specIndex];
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
      // With names as ids, the id and the name share a column: one finding for the cell.
      if (required(spec) && requiredReported !== column) {
        complete = false;
        requiredReported = column;
        findings.push(finding(GOVERNANCE_RULES.missingRequired, sheet.name, address, `${headerOf(spec)} is required${parsed.kind === "blank" ? " but blank" : ""}; the row is left out.`));
      }
    }
    if (complete) records.push({ row, values });
  }
  if (namesAsIds) findings.unshift(namesAsIdsFinding(layout, records, kind, oneLine(headers[match.columns.get("id")!])));
  return { layout, records, findings };
}
