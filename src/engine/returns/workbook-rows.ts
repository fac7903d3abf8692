/**
 * A workbook's governed rows as returns compare them: each row keyed (Projects by id, Risks and
 * Milestones by project and id, Financials by project, month and cost line) with, per field of
 * its sheet, the value read (undefined when blank), the raw cell and the cell's address. Values
 * are read by the engine's own readers (readTable, readFinancials), so they are the typed values
 * the figures use; no default is filled in (a blank status stays blank: a blank return cell
 * changes nothing).
 */
import { COST_TYPE, CostType } from "../constants";
import { emptyMapping } from "../config";
import { readFinancials } from "../budget/read-financials";
import { withRaidLogSplit } from "../raid-split";
import { DEFAULT_SHEET_NAMES, FieldSpec, FINANCIAL_FIELDS, SHEET_FIELDS } from "../schema/fields";
import { moneyScaleOfHeader } from "../schema/money-scale";
import { readTable, TableLayout } from "../schema/read-table";
import { oneLine } from "../schema/table-messages";
import { cellAddress, SheetData } from "../sheet";
import { monthText } from "../values";
import { GovernedWorkbook, ReturnSheetKind } from "./returns-types";

/** One field's cell of a row. */
export interface RowCell {
  spec: FieldSpec;
  /** The value read; undefined when the cell is blank (or cannot be read). */
  value: unknown;
  raw: unknown;
  /** A1 address; undefined when the row's value comes from several cells (cost lines added together). */
  cell: string | undefined;
  header: string;
  moneyScale: number;
}

export interface KeyedRow {
  kind: ReturnSheetKind;
  /** The sheet row (the first, for Financials cost lines added together). */
  row: number;
  projectId: string;
  /** Project id; risk or milestone id; `projectId|YYYY-MM|CostType` for Financials. */
  id: string;
  /** Lower-cased `projectId|id`: rows are matched on it. */
  key: string;
  /** The row's cells, one per field its sheet has a column for, in the order of SPEC 2's table. */
  readonly cells: ReadonlyMap<string, RowCell>;
  /** A field's value read (undefined when blank), without building the cells. */
  value(field: string): unknown;
}

export interface SheetRows {
  kind: ReturnSheetKind;
  sheet: string;
  rows: KeyedRow[];
  /** The fields the sheet has a column for (a wide Financials sheet: its amounts, in the month columns). */
  fields: ReadonlySet<string>;
  /** Each field's header as the sheet has it (for a new row's cells). */
  headers: ReadonlyMap<string, string>;
  /** Each field's column (1-based, in the sheet as it is), where new rows' cells go; absent for a wide Financials sheet's amounts. */
  columns: ReadonlyMap<string, number>;
  /** What one unit of each money column is worth (1,000 under `Budget (£k)`); absent: 1. */
  moneyScales: ReadonlyMap<string, number>;
  /** False when the workbook has no such sheet. */
  present: boolean;
}

export type WorkbookRows = Record<ReturnSheetKind, SheetRows>;

export const RETURN_SHEET_KINDS: readonly ReturnSheetKind[] = ["projects", "risks", "milestones", "financials"];

/** Ids match as governance matches them: ignoring case and surrounding spaces. */
export function idKey(projectId: string, id?: string): string {
  const key = projectId.trim().toLowerCase();
  return id === undefined ? key : `${key}|${id.trim().toLowerCase()}`;
}

function headerOf(layout: TableLayout, sheet: SheetData, column: number): string {
  return oneLine(layout.headers[column - sheet.firstColumn] ?? "");
}

function rawCell(sheet: SheetData, row: number, column: number): unknown {
  return sheet.rows[row - sheet.firstRow]?.[column - sheet.firstColumn];
}

/** A column of a register sheet, worked out once for all its rows. */
interface FieldColumn {
  spec: FieldSpec;
  column: number;
  header: string;
  moneyScale: number;
}

/**
 * A row of Projects, Risks or Milestones. Its cells are built when first asked for: a return
 * touches a few rows of a register that may hold 300,000.
 */
class TableRow implements KeyedRow {
  private built: Map<string, RowCell> | undefined;

  constructor(
    readonly kind: ReturnSheetKind,
    readonly row: number,
    readonly projectId: string,
    readonly id: string,
    readonly key: string,
    private readonly values: Record<string, unknown>,
    private readonly sheet: SheetData,
    private readonly columns: readonly FieldColumn[],
  ) {}

  get cells(): ReadonlyMap<string, RowCell> {
    if (!this.built) {
      this.built = new Map();
      for (const { spec, column, header, moneyScale } of this.columns) {
        this.built.set(spec.field, { spec, value: this.values[spec.field], raw: rawCell(this.sheet, this.row, column), cell: cellAddress(this.row, column), header, moneyScale });
      }
    }
    return this.built;
  }

  value(field: string): unknown {
    return this.values[field];
  }
}

function registerRows(kind: "projects" | "risks" | "milestones", sheet: SheetData, workbook: GovernedWorkbook, defaultProjectId: string | undefined): SheetRows {
  const mapping = (workbook.mapping ?? emptyMapping())[kind];
  const table = readTable(sheet, SHEET_FIELDS[kind], mapping, workbook.dateSystem, kind === "projects" || defaultProjectId === undefined ? {} : { notRequired: ["projectId"] });
  const { layout } = table;
  const columns: FieldColumn[] = SHEET_FIELDS[kind]
    .filter((spec) => layout.columns.has(spec.field))
    .map((spec) => {
      const column = layout.columns.get(spec.field)!;
      const header = headerOf(layout, sheet, column);
      return { spec, column, header, moneyScale: spec.type === "money" || spec.type === "signedMoney" ? moneyScaleOfHeader(header) : 1 };
    });
  const rows = table.records.map((record): KeyedRow => {
    const id = String(record.values.id);
    const projectId = kind === "projects" ? id : String(record.values.projectId ?? defaultProjectId);
    return new TableRow(kind, record.row, projectId, id, kind === "projects" ? idKey(id) : idKey(projectId, id), record.values, sheet, columns);
  });
  const fields = new Set(columns.map(({ spec }) => spec.field));
  const headers = new Map(columns.map(({ spec, header }) => [spec.field, header]));
  const moneyScales = new Map(columns.map(({ spec, moneyScale }) => [spec.field, moneyScale]));
  return { kind, sheet: sheet.name, rows, fields, headers, columns: new Map(columns.map(({ spec, column }) => [spec.field, column])), moneyScales, present: true };
}

const AMOUNT_FIELDS = ["budget", "actual", "forecast"] as const;
const specOf = (field: string): FieldSpec => FINANCIAL_FIELDS.find((spec) => spec.field === field)!;

/**
 * Financials keyed by project, month and cost line; cost lines of one key are added together, as
 * the budget review adds them. In the wide layout a blank month cell has no line, so no address.
 */
function financialRows(sheet: SheetData, workbook: GovernedWorkbook, defaultProjectId: string | undefined): SheetRows {
  const mapping = (workbook.mapping ?? emptyMapping()).financials;
  const { financials } = readFinancials(sheet, mapping, workbook.dateSystem, { defaultProjectId });
  const { lines, table } = financials;
  const long = financials.layout === "long";
  const byKey = new Map<string, KeyedRow>();
  const addresses = new Map<string, Map<string, Set<string>>>();
  const cellMaps = new Map<string, Map<string, RowCell>>();
  const commentOfRow = new Map(financials.comments.filter((comment) => comment.month !== null).map((comment) => [comment.row, comment.text]));
  const cellOf = (row: KeyedRow, field: string, header: string, moneyScale: number): RowCell => {
    const cells = cellMaps.get(row.key)!;
    let cell = cells.get(field);
    if (!cell) {
      cell = { spec: specOf(field), value: undefined, raw: undefined, cell: undefined, header, moneyScale };
      cells.set(field, cell);
    }
    return cell;
  };
  // Worked out once per column: a register's Financials sheet may hold 1.8 million lines.
  const scales = new Map<number, number>();
  const scaleOfColumn = (column: number, header: string) => {
    let scale = scales.get(column);
    if (scale === undefined) scales.set(column, (scale = moneyScaleOfHeader(header)));
    return scale;
  };
  const place = (row: KeyedRow, field: string, address: string) => {
    const fields = addresses.get(row.key)!;
    if (!fields.has(field)) fields.set(field, new Set());
    fields.get(field)!.add(address);
  };
  for (let line = 0; line < lines.count; line += 1) {
    const projectId = lines.projectIds[lines.project[line]];
    const costType: CostType = lines.capex[line] === 1 ? COST_TYPE.capex : COST_TYPE.opex;
    const id = `${projectId}|${monthText(lines.month[line])}|${costType}`;
    const key = idKey(projectId, id);
    let row = byKey.get(key);
    if (!row) {
      const cells = new Map<string, RowCell>();
      cellMaps.set(key, cells);
      row = { kind: "financials", row: lines.row[line], projectId, id, key, cells, value: (field) => cells.get(field)?.value };
      byKey.set(key, row);
      addresses.set(key, new Map());
    }
    const sheetRow = lines.row[line];
    for (const field of AMOUNT_FIELDS) {
      const amount = lines[field][line];
      const column = long ? table.columns.get(field) : lines.column[line];
      if (column === undefined) continue;
      if (!long && Number.isNaN(amount)) continue;
      // A wide sheet's amount is its row's measure in a month's column: named by the measure.
      const header = long ? headerOf(table, sheet, column) : specOf(field).header;
      const cell = cellOf(row, field, header, long ? scaleOfColumn(column, header) : 1);
      if (!Number.isNaN(amount)) cell.value = ((cell.value as number | undefined) ?? 0) + amount;
      place(row, field, cellAddress(sheetRow, column));
    }
    const commentColumn = table.columns.get("comment");
    if (long && commentColumn !== undefined) {
      const cell = cellOf(row, "comment", headerOf(table, sheet, commentColumn), 1);
      const text = commentOfRow.get(sheetRow);
      if (text !== undefined && cell.value === undefined) cell.value = text;
      place(row, "comment", cellAddress(sheetRow, commentColumn));
    }
  }
  for (const row of byKey.values()) {
    for (const [field, cell] of row.cells) {
      const placed = addresses.get(row.key)!.get(field)!;
      cell.cell = placed.size === 1 ? [...placed][0] : undefined;
    }
  }
  const fields = new Set([...table.columns.keys()].filter((field) => long || field !== "comment"));
  if (!long) for (const field of AMOUNT_FIELDS) fields.add(field);
  const moneyScales = new Map(AMOUNT_FIELDS.map((field) => [field, long && table.columns.has(field) ? moneyScaleOfHeader(headerOf(table, sheet, table.columns.get(field)!)) : 1]));
  const headers = new Map([...table.columns].map(([field, column]) => [field, headerOf(table, sheet, column)]));
  return { kind: "financials", sheet: sheet.name, rows: [...byKey.values()], fields, headers, columns: new Map(table.columns), moneyScales, present: true };
}

/**
 * The rows of a workbook's Projects, Risks, Milestones and Financials sheets. `defaultProjectId`:
 * one project's workbook (no Projects sheet), whose rows with no project id are that project's.
 * Throws PmoInputError as readTable does (a required column missing).
 */
export function workbookRows(workbook: GovernedWorkbook, defaultProjectId?: string): WorkbookRows {
  const mapping = workbook.mapping ?? emptyMapping();
  // A combined RAID log's risk rows only; its issues, assumptions and dependencies are not collected.
  const sheets = withRaidLogSplit(workbook.sheets, mapping.risks);
  const rows = {} as WorkbookRows;
  for (const kind of RETURN_SHEET_KINDS) {
    const sheet = sheets[kind];
    const name = sheet?.name ?? DEFAULT_SHEET_NAMES[kind];
    if (!sheet) rows[kind] = { kind, sheet: name, rows: [], fields: new Set(), headers: new Map(), columns: new Map(), moneyScales: new Map(), present: false };
    else if (kind === "financials") rows[kind] = financialRows(sheet, workbook, defaultProjectId);
    else rows[kind] = registerRows(kind, sheet, workbook, defaultProjectId);
  }
  return rows;
}
