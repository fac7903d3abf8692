/**
 * How a written value lands in a cell, as Excel types it: in a General (or number-formatted) cell
 * "=..." is a formula and "12", "45%", "TRUE" become a number, a percentage, a boolean; in a cell
 * formatted "@" everything is text, a number too. `null` leaves the cell as it is; "" empties it.
 * Dates typed as text ("1/2") are not converted: see README.
 */
import { Cell, CellValue } from "./model";

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function typedValue(text: string): CellValue {
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return Number(trimmed);
  if (/%$/.test(trimmed) && NUMBER.test(trimmed.slice(0, -1).trim())) return Number(trimmed.slice(0, -1)) / 100;
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return upper === "TRUE";
  return text;
}

/** The value Excel shows for a formula: the host does not calculate, it keeps 0. */
const FORMULA_VALUE = 0;

export function writeValue(cell: Cell, value: unknown): void {
  if (value === null || value === undefined) return;
  const text = cell.numberFormat === "@";
  delete cell.formula;
  if (value === "") {
    delete cell.value;
  } else if (typeof value === "string") {
    if (!text && value.startsWith("=") && value.length > 1) {
      cell.formula = value;
      cell.value = FORMULA_VALUE;
    } else cell.value = text ? value : typedValue(value);
  } else if (typeof value === "number" || typeof value === "boolean") {
    cell.value = text ? (typeof value === "number" ? String(value) : value ? "TRUE" : "FALSE") : value;
  } else {
    cell.value = String(value);
  }
}

/** What `formulas` reads: the formula, or the value for a constant ("" for an empty cell). */
export function readFormula(cell: Cell | undefined): CellValue {
  return cell?.formula ?? cell?.value ?? "";
}
