/**
 * Reading custom-function arguments. Excel passes numbers, text, booleans, null or "" for blanks,
 * and two-dimensional arrays for ranges. Each reader names the argument in its message, e.g.
 * `#VALUE! probability: "Likely" is not 1-5 ...`. A blank required argument is "no data" (#N/A);
 * a number outside the parameter's range is #NUM! (SPEC 4).
 *
 * Blanks (SPEC 4): depending on the Excel build and on whether it is a single cell or part of a
 * range, an empty cell arrives as null, "" or 0 (OfficeDev/office-js issues 4702, 5262, 1951).
 * Where 0 is not a meaningful value of a parameter (1-5 scales, probabilities, scores, statuses,
 * labels, dates, groups, options) a 0 is read as a blank, so the three give the same answer; where
 * it is (money, SPI, CPI, weights, days), a 0 counts as 0.
 */
import {
  DateSystem,
  DayNumber,
  describeValue,
  isBlank,
  monthFromHeader,
  MonthNumber,
  monthNumber,
  monthOfDay,
  numberFromText,
  parseDate,
  parseNumber,
  Parsed,
  parsePeriod,
  parseRag,
  parseScale,
  Probability,
  parseProbability,
} from "../engine/values";
import { RagStatus } from "../engine/constants";
import { DEFAULT_FY_START_MONTH, isFyStartMonth } from "../engine/fiscal-year";
import { divisionByZero, invalidValue, notAvailable, outOfRange } from "./errors";

/** Custom functions see 1900-system serials; a 1904 workbook's dates are shifted by Excel itself. */
const FUNCTION_DATE_SYSTEM: DateSystem = 1900;

/** A 0 as a blank, for parameters where 0 means nothing (see the note at the top). */
export function zeroAsBlank(value: unknown): unknown {
  return value === 0 ? null : value;
}

/** Blank as Excel may send it to a parameter where 0 means nothing: null, "", white space or 0. */
export function isBlankOrZero(value: unknown): boolean {
  return value === 0 || isBlank(value);
}

/** The number a cell holds, as a number or as number text ("6", "1,200"); otherwise undefined. */
function numberIn(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  return typeof value === "string" ? numberFromText(value) : undefined;
}

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

/** A denominator (PV of SPI, AC of CPI): blank or 0 is #DIV/0!, as Excel's own =A1/B1 gives. */
export function denominatorArg(value: unknown, name: string): number {
  if (isBlank(value)) throw divisionByZero(`${name} is blank`);
  return nonNegativeArg(value, name);
}

/**
 * A positive number (WSJF's SAFe scores: any positive number, usually 1, 2, 3, 5, 8, 13, 20);
 * blank or 0 is no data, a negative number is out of range.
 */
export function positiveArg(value: unknown, name: string): number {
  const number = numberArg(zeroAsBlank(value), name);
  if (number < 0) throw outOfRange(`${name} is negative (${number}); it must be more than 0`);
  return number;
}

/** A probability (1-5, a label or a fraction 0-1); 0 is a blank, a number beyond 5 or below 0 #NUM!. */
export function probabilityArg(value: unknown, name = "probability"): Probability {
  const cell = zeroAsBlank(value);
  const parsed = parseProbability(cell);
  // Only a value that failed is looked at again, so the usual call pays for one parse.
  if (!parsed.ok && parsed.kind === "invalid") {
    const number = numberIn(cell);
    if (number !== undefined && (number < 0 || number > 5)) throw outOfRange(`${name} ${number} is outside 1-5`);
  }
  return required(parsed, name);
}

/** A 1-5 score or label; 0 is a blank, a number outside 1-5 #NUM!. */
export function scaleArg(value: unknown, name: string): number {
  return required(parseScaleCell(value, name), name);
}

/** Like scaleArg, for a blank-allowed score; undefined when blank. */
export function optionalScaleArg(value: unknown, name: string): number | undefined {
  return optional(parseScaleCell(value, name), name);
}

function parseScaleCell(value: unknown, name: string): Parsed<number> {
  const cell = zeroAsBlank(value);
  const parsed = parseScale(cell);
  if (!parsed.ok && parsed.kind === "invalid") {
    const number = numberIn(cell);
    if (number !== undefined && (number < 1 || number > 5)) throw outOfRange(`${name} ${number} is outside 1-5`);
  }
  return parsed;
}

/** A date (serial, date text or Date); 0 is a blank, a serial Excel cannot hold #NUM!. */
export function dateArg(value: unknown, name: string): DayNumber {
  const cell = zeroAsBlank(value);
  const parsed = parseDate(cell, FUNCTION_DATE_SYSTEM);
  if (!parsed.ok && parsed.kind === "invalid" && typeof cell === "number") throw outOfRange(`${name} ${cell} is not a date Excel can hold`);
  return required(parsed, name);
}

/** The months Excel's dates cover: January 1900 to December 9999. */
const FIRST_EXCEL_MONTH = monthNumber(1900, 1);
const LAST_EXCEL_MONTH = monthNumber(9999, 12);

/**
 * A date or a month (a serial, date text, or month text such as Apr-26 or 2026-04), as its month;
 * 0 is a blank, a serial Excel cannot hold #NUM!.
 */
export function monthArg(value: unknown, name: string): MonthNumber {
  const cell = zeroAsBlank(value);
  if (typeof cell === "number") return monthOfDay(dateArg(cell, name));
  const month = required(parsePeriod(cell, FUNCTION_DATE_SYSTEM), name);
  if (month < FIRST_EXCEL_MONTH || month > LAST_EXCEL_MONTH) throw invalidValue(`${name} ${describeValue(cell)} is outside the dates Excel can hold`);
  return month;
}

/**
 * A period cell of a range (a month column or header): a date or month text as monthArg reads it,
 * except that a number is a month only when it is a date from 1950 on, as in a month header: a
 * period of 4 or 2026 is a month number or a year, which Excel would take as a day of 1900 or 1905.
 */
export function periodCellArg(value: unknown, name: string): MonthNumber {
  if (typeof value !== "number" || value === 0) return monthArg(value, name);
  const month = monthFromHeader(value, FUNCTION_DATE_SYSTEM);
  if (month === undefined) throw invalidValue(`${name} is ${describeValue(value)}, which is not a month: use a date from 1950 on, or text such as 2026-04 or Apr-26`);
  return month;
}

/** The first month of a fiscal year, 1-12; blank (null, "" or 0) is January, another number #NUM!. */
export function fyStartMonthArg(value: unknown, name = "startMonth"): number {
  const month = optionalNumberArg(zeroAsBlank(value), name);
  if (month === undefined) return DEFAULT_FY_START_MONTH;
  if (!isFyStartMonth(month)) throw outOfRange(`${name} ${month} is not a month number 1-12`);
  return month;
}

export function ragArg(value: unknown, name: string): RagStatus {
  return required(parseRag(zeroAsBlank(value)), name);
}

/** A RAG status in a range: undefined when blank (null, "" or 0). */
export function optionalRagArg(value: unknown, name: string): RagStatus | undefined {
  return optional(parseRag(zeroAsBlank(value)), name);
}

/** Text of an optional word argument, or undefined when blank. */
export function optionalWordArg(value: unknown, name: string): string | undefined {
  if (isBlankOrZero(value)) return undefined;
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

/** A range's rows without the blank rows at its end (a range reaching past the data). */
export function withoutTrailingBlankRows(range: unknown): unknown[][] {
  const rows = rowsOf(range);
  let end = rows.length;
  while (end > 1 && rows[end - 1].every(isBlankOrZero)) end -= 1;
  return end === rows.length ? rows : rows.slice(0, end);
}

/**
 * Two or more ranges that must hold as many cells as each other; returns them flattened, without
 * the trailing cells that are blank (null, "" or 0) in every range: the blank rows below the data
 * of ranges that reach further than it.
 */
export function pairedCells(ranges: Record<string, unknown>): unknown[][] {
  const names = Object.keys(ranges);
  const lists = names.map((name) => cellsOf(ranges[name]));
  const size = lists[0].length;
  lists.forEach((list, index) => {
    if (list.length !== size) {
      throw invalidValue(`${names[index]} has ${list.length} cells but ${names[0]} has ${size}; they must be the same size`);
    }
  });
  let end = size;
  while (end > 1 && lists.every((list) => isBlankOrZero(list[end - 1]))) end -= 1;
  return end === size ? lists : lists.map((list) => list.slice(0, end));
}

/** "probabilities cell 3" style position for messages about one cell of a range. */
export function cellName(name: string, index: number): string {
  return `${name} cell ${index + 1}`;
}
