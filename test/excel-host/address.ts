/**
 * A1 addresses as the host reads and writes them, written apart from src/workbook/excel/address.ts
 * on purpose: the host must not share the adapter's assumptions.
 */
import { invalidArgument } from "./errors";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Zero-based, inclusive bounds of a rectangle of cells. */
export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function parsePart(part: string): { row?: number; column?: number } | undefined {
  let m = CELL.exec(part);
  if (m) return { column: columnIndex(m[1]), row: Number(m[2]) - 1 };
  m = COLUMN.exec(part);
  if (m) return { column: columnIndex(m[1]) };
  m = ROW.exec(part);
  if (m) return { row: Number(m[1]) - 1 };
  return undefined;
}

/** "B3", "B3:C7", "A:C", "2:4", with or without a sheet name before "!" (which is dropped). */
export function parseAddress(address: string): { sheet?: string; bounds: Bounds } {
  let text = address.trim();
  let sheet: string | undefined;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    sheet = text.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
    text = text.slice(bang + 1);
  }
  const [first, second = first, ...rest] = text.split(":");
  const a = parsePart(first);
  const b = parsePart(second);
  if (rest.length > 0 || !a || !b || (a.row === undefined) !== (b.row === undefined) || (a.column === undefined) !== (b.column === undefined)) throw invalidArgument(`address ${address}`);
  const bounds: Bounds = {
    top: Math.min(a.row ?? 0, b.row ?? 0),
    bottom: a.row === undefined ? MAX_ROWS - 1 : Math.max(a.row, b.row!),
    left: Math.min(a.column ?? 0, b.column ?? 0),
    right: a.column === undefined ? MAX_COLUMNS - 1 : Math.max(a.column, b.column!),
  };
  if (bounds.bottom >= MAX_ROWS || bounds.right >= MAX_COLUMNS) throw invalidArgument(`address ${address}`);
  return { sheet, bounds };
}

/** As Excel writes a range's address: whole columns as "A:C", whole rows as "2:4". */
export function formatBounds(b: Bounds): string {
  const wholeColumns = b.top === 0 && b.bottom === MAX_ROWS - 1;
  const wholeRows = b.left === 0 && b.right === MAX_COLUMNS - 1;
  if (wholeColumns && !wholeRows) return `${columnName(b.left)}:${columnName(b.right)}`;
  if (wholeRows && !wholeColumns) return `${b.top + 1}:${b.bottom + 1}`;
  const start = `${columnName(b.left)}${b.top + 1}`;
  return b.top === b.bottom && b.left === b.right ? start : `${start}:${columnName(b.right)}${b.bottom + 1}`;
}

/** A sheet name as it appears before "!": quoted when it holds anything but letters, digits, _ and . */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
