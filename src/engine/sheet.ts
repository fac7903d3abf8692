/**
 * A sheet's used values as the workbook adapters hand them to the engine: a block of rows whose
 * top-left cell is at (firstRow, firstColumn), both 1-based as Excel counts. Title rows and any
 * offset are kept, so that a finding can name the cell of the workbook as it is.
 */
export interface SheetData {
  name: string;
  rows: unknown[][];
  firstRow: number;
  firstColumn: number;
}

/** Column letters of a 1-based column number: 1 -> A, 27 -> AA. */
export function columnLetters(column: number): string {
  let letters = "";
  let rest = column;
  while (rest > 0) {
    const remainder = (rest - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** A1-style address of a 1-based row and column. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}
