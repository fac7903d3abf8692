/** A1-style references, as every OOXML cell, merge and conditional format names its cells. */
import { PlanRange } from "../../../layout/sheet-plan";

/** Excel's last column (XFD) and row. */
export const MAX_COLUMNS = 16384;
export const MAX_ROWS = 1048576;

const letterCache: string[] = [];

/** 1 -> "A", 27 -> "AA"; cached because every cell of a large sheet asks. */
export function columnLetters(column: number): string {
  const cached = letterCache[column];
  if (cached !== undefined) return cached;
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  letterCache[column] = letters;
  return letters;
}

export function cellRef(row: number, column: number): string {
  return columnLetters(column) + row;
}

/** "A1:C4", or "A1" for a single cell (the form Excel itself writes). */
export function rangeRef(range: PlanRange): string {
  const start = cellRef(range.top, range.left);
  return range.top === range.bottom && range.left === range.right ? start : `${start}:${cellRef(range.bottom, range.right)}`;
}

/** A range Excel can hold: 1-based, top-left before bottom-right, inside the grid. */
export function isValidRange(range: PlanRange): boolean {
  const { top, left, bottom, right } = range;
  return [top, left, bottom, right].every(Number.isInteger) && top >= 1 && left >= 1 && top <= bottom && left <= right && bottom <= MAX_ROWS && right <= MAX_COLUMNS;
}
