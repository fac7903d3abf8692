/**
 * Calendar months as month numbers (year x 12 + month - 1), so that "the FY's months up to M" and
 * "the 12 months from April" are integer ranges, and as the period cells and month headers of a
 * financial phasing sheet (SPEC 9) write them.
 */
import { blankOrError, describeValue, fail, ok, Parsed } from "./cell";
import { dateFromDay, DateSystem, DayNumber, dayFromDate, dayFromParts, dayFromSerial, dayFromText, MAX_DATE_SERIAL_1900 } from "./date";

/** year x 12 + (month - 1): 2026-04 is 24315. */
export type MonthNumber = number;

const MONTH_WORDS: ReadonlyMap<string, number> = new Map(
  ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"].flatMap(
    (name, index): [string, number][] => [
      [name, index + 1],
      [name.slice(0, 3), index + 1],
    ],
  ),
).set("sept", 9);

/** Serials below this are not taken as dates in a month header (1 Jan 1950): 12 or 2026 is a number. */
const FIRST_HEADER_SERIAL = 18_264;

export function monthNumber(year: number, month: number): MonthNumber {
  return year * 12 + (month - 1);
}

export function yearOf(month: MonthNumber): number {
  return Math.floor(month / 12);
}

/** 1-12. */
export function calendarMonthOf(month: MonthNumber): number {
  return month - yearOf(month) * 12 + 1;
}

export function monthOfDay(day: DayNumber): MonthNumber {
  const date = dateFromDay(day);
  return monthNumber(date.getUTCFullYear(), date.getUTCMonth() + 1);
}

/** YYYY-MM. */
export function monthText(month: MonthNumber): string {
  return `${String(yearOf(month)).padStart(4, "0")}-${String(calendarMonthOf(month)).padStart(2, "0")}`;
}

export function firstDayOfMonth(month: MonthNumber): DayNumber {
  return dayFromParts(yearOf(month), calendarMonthOf(month), 1) as DayNumber;
}

export function lastDayOfMonth(month: MonthNumber): DayNumber {
  return firstDayOfMonth(month + 1) - 1;
}

function twoDigitYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

/**
 * A month written as text: `2026-04`, `04/2026`, `4/26`, `Apr-26`, `Apr 2026`, `April 2026`,
 * `Apr '26`, or a whole date (`2026-04-01`, `1 Apr 2026`), which stands for its month.
 */
export function monthFromText(raw: string): MonthNumber | undefined {
  const text = raw.trim();
  const isoMonth = /^(\d{4})[-/.](\d{1,2})$/.exec(text);
  if (isoMonth) return validMonth(Number(isoMonth[1]), Number(isoMonth[2]));
  const numericMonth = /^(\d{1,2})[-/.](\d{4}|\d{2})$/.exec(text);
  if (numericMonth) return validMonth(twoDigitYear(numericMonth[2]), Number(numericMonth[1]));
  const named = /^([A-Za-z]{3,9})\.?[\s\-/,]*'?(\d{4}|\d{2})$/.exec(text);
  if (named) {
    const month = MONTH_WORDS.get(named[1].toLowerCase());
    return month === undefined ? undefined : monthNumber(twoDigitYear(named[2]), month);
  }
  const day = dayFromText(text);
  return day === undefined ? undefined : monthOfDay(day);
}

function validMonth(year: number, month: number): MonthNumber | undefined {
  return month >= 1 && month <= 12 && year >= 1900 && year <= 9999 ? monthNumber(year, month) : undefined;
}

/** A period cell: a date (serial, Date or text, standing for its month) or a month as text. */
export function parsePeriod(value: unknown, system: DateSystem = 1900): Parsed<MonthNumber> {
  const failure = blankOrError(value);
  if (failure) return failure;
  if (typeof value === "number") {
    const day = dayFromSerial(value, system);
    return day.ok ? ok(monthOfDay(day.value)) : fail("invalid", `${describeValue(value)} is not a month`);
  }
  if (value instanceof Date) {
    const day = dayFromDate(value);
    return day === undefined ? fail("invalid", "is not a month") : ok(monthOfDay(day));
  }
  if (typeof value === "string") {
    const month = monthFromText(value);
    if (month !== undefined) return ok(month);
  }
  return fail("invalid", `${describeValue(value)} is not a month (write it as 2026-04, Apr-26 or a date)`);
}

/**
 * A column header that names a month, or undefined for anything else (`FY26 Total`, `Project`,
 * a year such as 2026). A number is a month only when it is a plausible date serial.
 */
export function monthFromHeader(value: unknown, system: DateSystem = 1900): MonthNumber | undefined {
  if (typeof value === "number") return value >= FIRST_HEADER_SERIAL && value <= MAX_DATE_SERIAL_1900 ? (parsePeriod(value, system) as { value: MonthNumber }).value : undefined;
  if (value instanceof Date || typeof value === "string") {
    const parsed = parsePeriod(value, system);
    return parsed.ok ? parsed.value : undefined;
  }
  return undefined;
}
