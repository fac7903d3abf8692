/** The reporting month of a run and its as-of date (SPEC 3.1): the month's last day. */
import { PmoInputError } from "../engine/errors";
import { DayNumber, dayFromDate, parseMonth } from "../engine/values";

export interface ReportingMonth {
  month: string;
  asOf: DayNumber;
}

/** Today's month, by the calendar in UTC (the clock's date, the same for every user). */
export function currentMonth(now: Date = new Date()): string {
  return now.toISOString().slice(0, 7);
}

export function reportingMonth(text: string | undefined, now: Date = new Date()): ReportingMonth {
  const month = text ?? currentMonth(now);
  const range = parseMonth(month);
  if (!range) throw new PmoInputError(`--month must be a month as YYYY-MM, such as 2026-11, not "${month}"`);
  return { month, asOf: range.last };
}

/** For checks without a month: today, so that "stale" and "done in the future" mean what they say. */
export function checkDate(text: string | undefined, now: Date = new Date()): DayNumber {
  return text === undefined ? dayFromDate(now)! : reportingMonth(text, now).asOf;
}
