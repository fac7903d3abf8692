/**
 * Collected returns' cell edits (SPEC 10) as the rectangles the Office adapter reads and writes:
 * a block of consecutive rows of one sheet, spanning the columns they change, with null (leave as
 * it is) in every cell it does not change. One rectangle costs two actions however many cells it
 * holds, so a register whose every row changes is a few large requests, not one per cell.
 *
 * What goes into a cell, as the package writer does it (sheet-cell-edits.ts): values only, the
 * cell's own number format kept except that text Excel would turn into something else ("=...",
 * "007", "Mar 2026") is given "@" before its value arrives (plan-cells.ts), a date is the workbook's serial and gets a date format only when the
 * cell shows none, a number or boolean into an "@" cell gets General (Excel would make it text),
 * and a new row's unformatted cell takes the format of the cell above.
 */
import { CellValueEdit, editsBySheet as mergedEditsBySheet, SheetCellEdits } from "../../engine/returns/register-edits";
import { CellWrite } from "../../engine/returns/returns-types";
import { DateSystem, dayFromText, serialFromDay } from "../../engine/values/date";
import { NUMBER_FORMATS } from "../../layout/styles";
import { isDateFormatCode } from "../xlsx/package/date-styles";
import { addressStart, rangeAddress } from "./address";
import { ACTION_OVERHEAD_BYTES, CLIENT_CHUNK_BYTES, CLIENT_CHUNK_CELLS } from "./limits";
import { rowBytes } from "./payload";

/** At most this many cells in one rectangle, so that requests can be filled closely. */
const BLOCK_CELLS = 5_000;
/** A guess at what a cell's formula and number format take in a response (read-values.ts guesses 40 for a value). */
export const READ_BYTES_PER_CELL = 60;

export interface EditBlock {
  /** 1-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** [row][column] from top-left; undefined where the block leaves the cell alone. */
  writes: (CellWrite | undefined)[][];
}

export type CellArray = (string | number | boolean | null)[][];

export const blockAddress = (block: EditBlock) => rangeAddress(block.top, block.left, block.bottom, block.right);
export const blockCells = (block: EditBlock) => (block.bottom - block.top + 1) * (block.right - block.left + 1);

/** The edits of each sheet as one, leaving out a sheet given nothing to change. */
export function editsBySheet(edits: readonly SheetCellEdits[]): SheetCellEdits[] {
  return mergedEditsBySheet(edits).filter((edit) => edit.cells.length > 0 || (edit.appendRows ?? []).length > 0);
}

/** Row -> column -> value, both 1-based, from a sheet's changed cells. */
export function cellsByRow(cells: readonly CellValueEdit[]): Map<number, Map<number, CellWrite>> {
  const rows = new Map<number, Map<number, CellWrite>>();
  for (const { cell, value } of cells) {
    const { row, column } = addressStart(cell.replace(/\$/g, ""));
    let columns = rows.get(row);
    if (!columns) rows.set(row, (columns = new Map()));
    columns.set(column, value);
  }
  return rows;
}

/** Consecutive rows in rectangles spanning their columns, up to BLOCK_CELLS cells each. */
export function rowBlocks(rows: ReadonlyMap<number, ReadonlyMap<number, CellWrite>>): EditBlock[] {
  const blocks: EditBlock[] = [];
  let run: { row: number; columns: ReadonlyMap<number, CellWrite> }[] = [];
  let left = Infinity;
  let right = 0;
  const flush = () => {
    if (run.length === 0) return;
    const top = run[0].row;
    const writes = run.map(({ columns }) => Array.from({ length: right - left + 1 }, (_, c) => columns.get(left + c)));
    blocks.push({ top, left, bottom: top + run.length - 1, right, writes });
    run = [];
    left = Infinity;
    right = 0;
  };
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const columns = rows.get(row)!;
    const keys = [...columns.keys()];
    const l = Math.min(left, ...keys);
    const r = Math.max(right, ...keys);
    const last = run[run.length - 1];
    if (last && (last.row !== row - 1 || (run.length + 1) * (r - l + 1) > BLOCK_CELLS)) flush();
    left = Math.min(left, ...keys);
    right = Math.max(right, ...keys);
    run.push({ row, columns });
  }
  flush();
  return blocks;
}

/** Rows to append (column letter -> value) as rows from `firstRow` on. */
export function appendedRows(rows: readonly Readonly<Record<string, CellWrite>>[], firstRow: number): Map<number, Map<number, CellWrite>> {
  const byRow = new Map<number, Map<number, CellWrite>>();
  rows.forEach((values, i) => {
    const columns = new Map<number, CellWrite>();
    for (const [letters, value] of Object.entries(values)) columns.set(addressStart(`${letters}1`).column, value);
    if (columns.size > 0) byRow.set(firstRow + i, columns);
  });
  return byRow;
}

function officeValue(write: CellWrite, dateSystem: DateSystem): string | number | boolean {
  if (write.kind !== "date") return write.value;
  const day = dayFromText(write.value);
  return day === undefined ? write.value : serialFromDay(day, dateSystem);
}

/**
 * Text Excel would not keep as typed: a formula (= + - @), something it reads as a number, date,
 * time, per cent or currency (it starts with a digit or a sign, "Mar 2026"), a boolean or an error
 * word. Only such text needs the cell made "@" first; other text goes in with the cell's own format
 * kept (SPEC 10: the register's styles stay as they were).
 */
const COERCED_TEXT = /^\s*([=+\-@#]|[($£€¥]?\s*[\d.,]|(true|false)\s*$|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-/]+\d)/i;

export function needsTextFormat(text: string): boolean {
  return COERCED_TEXT.test(text);
}

function officeFormat(write: CellWrite, old: string): string | null {
  if (write.kind === "text") return old === NUMBER_FORMATS.text || !needsTextFormat(write.value) ? null : NUMBER_FORMATS.text;
  if (write.kind === "date") return dayFromText(write.value) === undefined ? NUMBER_FORMATS.text : isDateFormatCode(old) ? null : NUMBER_FORMATS.date;
  return old === NUMBER_FORMATS.text ? "General" : null;
}

/**
 * A new row's cell with no format of its own (General) takes the format of the cell above it, as
 * the package writer styles an appended cell as the one above (so a % Complete stays a percentage).
 */
function appendedFormat(write: CellWrite, own: string, above: string | undefined): string | null {
  if (above === undefined || own !== "General") return officeFormat(write, own);
  return officeFormat(write, above) ?? (above === "General" ? null : above);
}

/**
 * The block's values and formats to write, given its cells' number formats as they are and, for
 * appended rows, the format of the cell above each column (none under a table's header).
 */
export function writeArrays(block: EditBlock, oldFormats: readonly (readonly string[])[], dateSystem: DateSystem, formatAbove?: (column: number) => string | undefined): { values: CellArray; formats: CellArray } {
  const values = block.writes.map((row) => row.map((write) => (write === undefined ? null : officeValue(write, dateSystem))));
  const formats = block.writes.map((row, r) => row.map((write, c) => (write === undefined ? null : appendedFormat(write, String(oldFormats[r]?.[c] ?? "General"), formatAbove?.(block.left + c)))));
  return { values, formats };
}

/** What puts the block's written cells back: their formulas (or constants) and number formats as read before. */
export function restoreArrays(block: EditBlock, oldFormulas: readonly (readonly unknown[])[], oldFormats: readonly (readonly unknown[])[]): { formulas: CellArray; formats: CellArray } {
  const pick = (old: readonly (readonly unknown[])[]) => block.writes.map((row, r) => row.map((write, c) => (write === undefined ? null : (old[r]?.[c] as string | number | boolean | undefined) ?? "")));
  return { formulas: pick(oldFormulas), formats: pick(oldFormats) };
}

/** Bytes two array writes of the block take in a request: the arrays, two actions, and the client's split into ~1,500-cell chunks. */
export function writeBytes(first: CellArray, second: CellArray, cells: number): number {
  const chunks = cells > CLIENT_CHUNK_CELLS ? Math.ceil(cells / CLIENT_CHUNK_CELLS) : 0;
  let bytes = 2 * (ACTION_OVERHEAD_BYTES + 20) + 2 * chunks * CLIENT_CHUNK_BYTES;
  for (const row of first) bytes += rowBytes(row) + 1;
  for (const row of second) bytes += rowBytes(row) + 1;
  return bytes;
}
