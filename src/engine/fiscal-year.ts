/**
 * Fiscal years (SPEC 9): a year of 12 months starting in `fy.startMonth` (1-12). Labelled by its
 * calendar year when it starts in January (`FY2026`), else by the two calendar years it spans
 * (`FY2026-27` runs from April 2026 to March 2027).
 */
import { DEFAULT_RULES } from "./rules";
import { calendarMonthOf, MonthNumber, monthNumber, yearOf } from "./values";

export const MONTHS_PER_YEAR = 12;
export const DEFAULT_FY_START_MONTH: number = DEFAULT_RULES["fy.startMonth"];

export interface FiscalYear {
  label: string;
  /** The month numbers of its first and last months. */
  first: MonthNumber;
  last: MonthNumber;
}

/** True for a whole number 1-12. */
export function isFyStartMonth(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= MONTHS_PER_YEAR;
}

/** The fiscal year holding `month`. */
export function fiscalYearOf(month: MonthNumber, startMonth: number = DEFAULT_FY_START_MONTH): FiscalYear {
  const calendarYear = yearOf(month);
  const startYear = calendarMonthOf(month) >= startMonth ? calendarYear : calendarYear - 1;
  const first = monthNumber(startYear, startMonth);
  return { label: fiscalYearLabel(startYear, startMonth), first, last: first + MONTHS_PER_YEAR - 1 };
}

function fiscalYearLabel(startYear: number, startMonth: number): string {
  if (startMonth === 1) return `FY${startYear}`;
  return `FY${startYear}-${String((startYear + 1) % 100).padStart(2, "0")}`;
}

/** 1-12: the month's place in its fiscal year. */
export function fiscalPeriodOf(month: MonthNumber, startMonth: number = DEFAULT_FY_START_MONTH): number {
  return month - fiscalYearOf(month, startMonth).first + 1;
}
