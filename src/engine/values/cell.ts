/**
 * What a cell can hand us, from any of the three front ends: Office.js and custom functions give
 * numbers, strings, booleans and "" or null for blanks (errors arrive as text such as "#REF!");
 * ExcelJS gives Date objects and { error: "#REF!" } for errors.
 */
export type CellValue = number | string | boolean | Date | null | undefined | { error: string } | unknown;

/** The outcome of reading a cell as some type: the value, or why not. */
export type Parsed<T> = { ok: true; value: T } | ParseFailure;

export interface ParseFailure {
  ok: false;
  /** blank: nothing there; error: an Excel error value; invalid: something there of the wrong kind. */
  kind: "blank" | "error" | "invalid";
  message: string;
}

export const EXCEL_ERROR_VALUES = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
] as const;
const ERROR_SET: ReadonlySet<string> = new Set(EXCEL_ERROR_VALUES);

export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

export function fail(kind: ParseFailure["kind"], message: string): ParseFailure {
  return { ok: false, kind, message };
}

export const BLANK: ParseFailure = Object.freeze(fail("blank", "is blank")) as ParseFailure;

/** The Excel error code a cell holds ("#REF!" ...), or undefined. */
export function excelErrorOf(value: unknown): string | undefined {
  if (typeof value === "string") {
    // Every code starts with "#": most cells (dates, words, ids) are passed over without the
    // two new strings trimming and upper-casing make, which on a 50,000-project register is
    // millions of cells.
    if (value.length > 14 || !value.includes("#")) return undefined;
    const code = value.trim().toUpperCase();
    return ERROR_SET.has(code) ? code : undefined;
  }
  if (value !== null && typeof value === "object" && "error" in value) {
    const code = (value as { error: unknown }).error;
    return typeof code === "string" ? code : "#VALUE!";
  }
  return undefined;
}

/** Blank: null, undefined, or text of only white space. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * The common first step of every parser: a blank or an Excel error is a failure of that kind;
 * anything else is for the caller to read.
 */
export function blankOrError(value: unknown): ParseFailure | undefined {
  if (isBlank(value)) return BLANK;
  const code = excelErrorOf(value);
  return code ? fail("error", `holds the Excel error ${code}`) : undefined;
}

/** A value shown in a message: text quoted and shortened, others as Excel would show them. */
export function describeValue(value: unknown): string {
  if (typeof value === "string") {
    const text = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return `"${text}"`;
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an invalid date" : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return "a range";
  if (value !== null && typeof value === "object") return "an object";
  return String(value);
}

/** Text of a cell, trimmed; numbers and booleans as text; blank or error fail. */
export function parseText(value: unknown): Parsed<string> {
  const failure = blankOrError(value);
  if (failure) return failure;
  if (typeof value === "string") return ok(value.trim());
  if (typeof value === "number") return Number.isFinite(value) ? ok(String(value)) : fail("invalid", "is not a finite number");
  if (typeof value === "boolean") return ok(value ? "TRUE" : "FALSE");
  if (value instanceof Date) return ok(describeValue(value));
  return fail("invalid", `${describeValue(value)} is not text`);
}
