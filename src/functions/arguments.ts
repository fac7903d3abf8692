/**
 * Reading custom-function arguments. Excel passes numbers, text, booleans, null or "" for blanks,
 * and two-dimensional arrays for ranges. Each reader names the argument in its message, e.g.
 * `#VALUE! probability: "Likely" is not 1-5 ...`. A blank required argument is "no data" (#N/A).
 */
import { DateSystem, DayNumber, isBlank, parseDate, parseNumber, Parsed, parseRag, parseScale, Probability, parseProbability } from "../engine/values";
import { RagStatus } from "../engine/constants";
import { invalidValue, notAvailable, outOfRange } from "./errors";

/** Custom functions see 1900-system serials; a 1904 workbook's dates are shifted by Excel itself. */
const FUNCTION_DATE_SYSTEM: DateSystem = 1900;

/** The value of a parse, or the Excel error it deserves, naming the argument. */
export function required<T>(parsed: Parsed<T>, name: string): T {
  if (parsed.ok) return parsed.value;
  if (parsed.kind === "blank") throw notAvailable(`${name} is blank`);
  throw invalidValue(`${name} ${parsed.message}`);
}

/** Like `required`, but a blank gives undefined. */
export function optional<T>(parsed: Parsed<T>, name: string): T | undefined {
  if (!parsed.ok && parsed.kind === "blank") return undefined;
  return required(parsed, name);
}

export function numberArg(value: unknown, name: string): number {
  return required(parseNumber(value), name);
}

export function optionalNumberArg(value: unknown, name: string): number | undefined {
  return optional(parseNumber(value), name);
}

/** A number that must be zero or more (money, EV, PV, AC, indices); negative is #NUM!. */
export function nonNegativeArg(value: unknown, name: string): number {
  return checkNonNegative(numberArg(value, name), name);
}

export function optionalNonNegativeArg(value: unknown, name: string): number | undefined {
  const number = optionalNumberArg(value, name);
  return number === undefined ? undefined : checkNonNegative(number, name);
}

function checkNonNegative(number: number, name: string): number {
  if (number < 0) throw outOfRange(`${name} is negative (${number}); it must be 0 or more`);
  return number;
}

export function probabilityArg(value: unknown, name = "probability"): Probability {
  return required(parseProbability(value), name);
}

export function scaleArg(value: unknown, name: string): number {
  return required(parseScale(value), name);
}

export function dateArg(value: unknown, name: string): DayNumber {
  return required(parseDate(value, FUNCTION_DATE_SYSTEM), name);
}

export function ragArg(value: unknown, name: string): RagStatus {
  return required(parseRag(value), name);
}

/** Text of an optional word argument, or undefined when blank. */
export function optionalWordArg(value: unknown, name: string): string | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value !== "string") throw invalidValue(`${name} must be text`);
  return value.trim();
}

/** A range (or a single value) as one row-major list of cells. */
export function cellsOf(range: unknown): unknown[] {
  if (!Array.isArray(range)) return [range];
  return range.flatMap((row: unknown) => (Array.isArray(row) ? row : [row]));
}

/** A range argument as its rows, a single value as one row of one cell. */
export function rowsOf(range: unknown): unknown[][] {
  if (!Array.isArray(range)) return [[range]];
  return range.map((row: unknown) => (Array.isArray(row) ? row : [row]));
}

/** Two or more ranges that must hold as many cells as each other; returns them flattened. */
export function pairedCells(ranges: Record<string, unknown>): unknown[][] {
  const names = Object.keys(ranges);
  const lists = names.map((name) => cellsOf(ranges[name]));
  const size = lists[0].length;
  lists.forEach((list, index) => {
    if (list.length !== size) {
      throw invalidValue(`${names[index]} has ${list.length} cells but ${names[0]} has ${size}; they must be the same size`);
    }
  });
  return lists;
}

/** "probabilities cell 3" style position for messages about one cell of a range. */
export function cellName(name: string, index: number): string {
  return `${name} cell ${index + 1}`;
}
