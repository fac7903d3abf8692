/** A1 addresses as Office.js takes and gives them. */
import { columnLetters } from "../../engine/sheet";
import { PlanRange } from "../../layout/sheet-plan";

/** "B3", or "B3:D10" for a block (1-based rows and columns). */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const start = `${columnLetters(left)}${top}`;
  return top === bottom && left === right ? start : `${start}:${columnLetters(right)}${bottom}`;
}

export function planRangeAddress(range: PlanRange): string {
  return rangeAddress(range.top, range.left, range.bottom, range.right);
}

/**
 * Row and column of the first cell of an address Excel gives, e.g. "'My Sheet'!B3:D10" -> 3, 2.
 * The sheet part is cut at the last "!": a sheet name may hold one, a cell reference never does.
 */
export function addressStart(address: string): { row: number; column: number } {
  const cells = address.slice(address.lastIndexOf("!") + 1);
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(cells);
  if (!match) throw new Error(`not a cell address: ${address}`);
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]), column };
}

/** True for a range Excel can hold: 1-based, ordered, inside the grid. */
export function isValidPlanRange(range: PlanRange): boolean {
  const { top, left, bottom, right } = range;
  return [top, left, bottom, right].every(Number.isInteger) && top >= 1 && left >= 1 && top <= bottom && left <= right && bottom <= 1_048_576 && right <= 16_384;
}

/** The first and last cell of an address Excel gives ("Risks!A3:H40" -> 3, 1, 40, 8; one cell is both). */
export function addressBounds(address: string): { top: number; left: number; bottom: number; right: number } {
  const cells = address.slice(address.lastIndexOf("!") + 1);
  const [first, last = first] = cells.split(":");
  const start = addressStart(first);
  const end = addressStart(last);
  return { top: start.row, left: start.column, bottom: end.row, right: end.column };
}
