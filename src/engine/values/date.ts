/**
 * Dates as day numbers: whole days since 1970-01-01 (UTC). Day numbers make slippage and
 * "days overdue" plain subtraction and never meet a time zone.
 *
 * Excel hands dates over as serial numbers. In the 1900 system serial 1 is 1900-01-01 and serial
 * 60 is 1900-02-29, a day that never was (Lotus 1-2-3's leap-year bug, kept by Excel), so serials
 * from 61 on are one more than the true count. In the 1904 system (old Mac workbooks) serial 0 is
 * 1904-01-01. Serial 2958465 is 9999-12-31, the last date Excel shows.
 */
import { blankOrError, describeValue, fail, ok, Parsed } from "./cell";

export type DateSystem = 1900 | 1904;
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 system (for serials after the phantom 1900-02-29). */
const SERIAL_1900_OF_EPOCH = 25_569;
/** Serial of 1970-01-01 in the 1904 system. */
const SERIAL_1904_OF_EPOCH = 24_107;
const PHANTOM_LEAP_DAY_SERIAL = 60;
export const MAX_DATE_SERIAL_1900 = 2_958_465;
const MAX_DATE_SERIAL_1904 = MAX_DATE_SERIAL_1900 - (SERIAL_1900_OF_EPOCH - SERIAL_1904_OF_EPOCH);
const MAX_DAY = MAX_DATE_SERIAL_1900 - SERIAL_1900_OF_EPOCH;
/** 1900-01-01, the first day Excel can show. */
const MIN_DAY = 1 - SERIAL_1900_OF_EPOCH + 1;

const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
/** Month numbers by full name, three-letter abbreviation, and "sept". */
const MONTHS: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.map((name, index): [string, number] => [name, index + 1]),
  ...MONTH_NAMES.map((name, index): [string, number] => [name.slice(0, 3), index + 1]),
  ["sept", 9],
]);

/** Day number of a calendar date, or undefined when the date does not exist. */
export function dayFromParts(year: number, month: number, day: number): DayNumber | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return ms / MS_PER_DAY;
}

/** Day number of an Excel serial date (fraction = time of day, dropped). */
export function dayFromSerial(serial: number, system: DateSystem = 1900): Parsed<DayNumber> {
  if (!Number.isFinite(serial)) return fail("invalid", "is not a finite number");
  const whole = Math.floor(serial);
  if (system === 1904) {
    if (whole < 0 || whole > MAX_DATE_SERIAL_1904) return fail("invalid", `${serial} is not a date serial in the 1904 system`);
    return ok(whole - SERIAL_1904_OF_EPOCH);
  }
  if (whole < 1 || whole > MAX_DATE_SERIAL_1900) return fail("invalid", `${serial} is not a date serial (1 to ${MAX_DATE_SERIAL_1900})`);
  if (whole === PHANTOM_LEAP_DAY_SERIAL) return fail("invalid", "60 is 1900-02-29, a date that does not exist");
  return ok(whole < PHANTOM_LEAP_DAY_SERIAL ? whole - SERIAL_1900_OF_EPOCH + 1 : whole - SERIAL_1900_OF_EPOCH);
}

/** Excel serial of a day number (1900 system unless told). */
export function serialFromDay(day: DayNumber, system: DateSystem = 1900): number {
  if (system === 1904) return day + SERIAL_1904_OF_EPOCH;
  const serial = day + SERIAL_1900_OF_EPOCH;
  return serial <= PHANTOM_LEAP_DAY_SERIAL ? serial - 1 : serial;
}

/**
 * Day number of the calendar day a moment falls on where the user is (their clock's time zone):
 * the date a file explorer shows for a file's modified time.
 */
export function localDay(moment: Date): DayNumber | undefined {
  return Number.isNaN(moment.getTime()) ? undefined : dayFromParts(moment.getFullYear(), moment.getMonth() + 1, moment.getDate());
}

/** Day number of a JavaScript Date, by its UTC calendar day (ExcelJS reads dates as UTC). */
export function dayFromDate(date: Date): DayNumber | undefined {
  const ms = date.getTime();
  return Number.isNaN(ms) ? undefined : Math.floor(ms / MS_PER_DAY);
}

export function dateFromDay(day: DayNumber): Date {
  return new Date(day * MS_PER_DAY);
}

/** YYYY-MM-DD of a day number. */
export function isoFromDay(day: DayNumber): string {
  return dateFromDay(day).toISOString().slice(0, 10);
}

/** Reads ISO dates (2026-03-31, with or without a time) and day-month-name ones (31 Mar 2026). */
export function dayFromText(raw: string): DayNumber | undefined {
  const text = raw.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (iso) return dayFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const named = /^(\d{1,2})[\s-]([A-Za-z]{3,9})[\s-,]+(\d{4})$/.exec(text);
  if (named) {
    const month = MONTHS.get(named[2].toLowerCase());
    return month ? dayFromParts(Number(named[3]), month, Number(named[1])) : undefined;
  }
  return undefined;
}

/**
 * A date cell: a serial number, a Date object or date text. Text that is only a number is not
 * read as a serial: nobody types 46112 meaning a date.
 */
export function parseDate(value: unknown, system: DateSystem = 1900): Parsed<DayNumber> {
  if (typeof value === "number") return dayFromSerial(value, system);
  const failure = blankOrError(value);
  if (failure) return failure;
  let day: DayNumber | undefined;
  if (value instanceof Date) day = dayFromDate(value);
  else if (typeof value === "string") day = dayFromText(value);
  if (day === undefined) return fail("invalid", `${describeValue(value)} is not a date`);
  if (day < MIN_DAY || day > MAX_DAY) return fail("invalid", `${describeValue(value)} is outside the dates Excel can hold`);
  return ok(day);
}

/** A month as YYYY-MM: its first and last day numbers. */
export function parseMonth(text: string): { first: DayNumber; last: DayNumber } | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const first = dayFromParts(year, month, 1);
  if (first === undefined) return undefined;
  const last = Date.UTC(year, month, 0) / MS_PER_DAY;
  return { first, last };
}
