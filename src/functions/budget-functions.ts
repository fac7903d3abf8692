/**
 * PMO budget functions (SPEC 9): fiscal years and periods, an amount phased over calendar months,
 * and fiscal-year-to-date sums. A fiscal year starts in `startMonth` (1-12, default January), as
 * `fy.startMonth` in PMO Config.
 */
import { fiscalPeriodOf, fiscalYearOf } from "../engine/fiscal-year";
import { DEFAULT_PHASING_PROFILE, MAX_PHASED_AMOUNT, monthsSpanned, phaseAmount, PHASING_PROFILES } from "../engine/phasing";
import { isBlank, isoFromDay, parseChoice, parseMoney } from "../engine/values";
import { fiscalYearToDate, MonthAmount } from "../engine/year-to-date";
import { cellName, dateArg, fyStartMonthArg, isBlankOrZero, monthArg, optional, pairedCells, periodCellArg, required, zeroAsBlank } from "./arguments";
import { evaluate, finiteResult, invalidValue, notAvailable, outOfRange } from "./errors";

/** A spill wider than Excel's 16,384 columns cannot be shown. */
const EXCEL_MAX_COLUMNS = 16_384;

/**
 * Fiscal year of a date: FY2026 when the year starts in January, else both calendar years, FY2026-27 for April 2026 to March 2027.
 * @customfunction FISCALYEAR
 * @param date A date, or a month such as Apr-26 or 2026-04.
 * @param [startMonth] First month of the fiscal year, 1-12 (4 for April); default 1, January.
 * @returns The fiscal year, such as FY2026 or FY2026-27.
 */
export function fiscalYearFunction(date: any, startMonth?: any): string {
  return evaluate(() => {
    const month = monthArg(date, "date");
    return fiscalYearOf(month, fyStartMonthArg(startMonth)).label;
  });
}

/**
 * Fiscal period of a date: 1-12, its month's place in its fiscal year (with an April start, April is 1 and March 12).
 * @customfunction FISCALPERIOD
 * @param date A date, or a month such as Apr-26 or 2026-04.
 * @param [startMonth] First month of the fiscal year, 1-12 (4 for April); default 1, January.
 * @returns The period, 1-12.
 */
export function fiscalPeriodFunction(date: any, startMonth?: any): number {
  return evaluate(() => {
    const month = monthArg(date, "date");
    return fiscalPeriodOf(month, fyStartMonthArg(startMonth));
  });
}

/**
 * Phases an amount over calendar months: a row with one amount per month from start's month to finish's month, to the cent, adding up to amount exactly (each month within a cent of its share; an amount of more than two decimals keeps its fraction of a cent in the last month).
 * @customfunction PHASE
 * @param amount Amount to phase: a number or money text such as £12,000, to the cent.
 * @param start Start date; its month is the first of the row.
 * @param finish Finish date, on or after start; its month is the last of the row.
 * @param [profile] linear (default): by the days of start to finish in each month; even: the same each month; front: weights n, n-1 ... 1; back: 1 ... n; scurve: weights sin²(π(i - ½)/n), most in the middle.
 * @returns One row of monthly amounts.
 */
export function phaseFunction(amount: any, start: any, finish: any, profile?: any): number[][] {
  return evaluate(() => {
    const total = required(parseMoney(amount), "amount");
    if (Math.abs(total) > MAX_PHASED_AMOUNT) throw outOfRange(`amount ${total} is beyond ${MAX_PHASED_AMOUNT}`);
    const from = dateArg(start, "start");
    const to = dateArg(finish, "finish");
    if (to < from) throw invalidValue(`finish ${isoFromDay(to)} is before start ${isoFromDay(from)}`);
    const shape = optional(parseChoice(zeroAsBlank(profile), PHASING_PROFILES), "profile") ?? DEFAULT_PHASING_PROFILE;
    const months = monthsSpanned(from, to);
    if (months > EXCEL_MAX_COLUMNS) throw outOfRange(`start to finish spans ${months} months, more than a row of ${EXCEL_MAX_COLUMNS} columns`);
    return [phaseAmount(total, from, to, shape)];
  });
}

/**
 * Fiscal year to date: the sum of the amounts whose period lies in asOf's fiscal year, from its first month up to and including asOf's month. Rows with a blank amount or period are skipped.
 * @customfunction FYTD
 * @param amounts Range of amounts (numbers or money text); a blank cell is skipped, 0 counts as 0.
 * @param periods Range of periods, the same size as amounts: dates, or months such as 2026-04 or Apr-26.
 * @param asOf Date or month to sum up to; its fiscal year is the one summed.
 * @param [startMonth] First month of the fiscal year, 1-12 (4 for April); default 1, January.
 * @returns The fiscal-year-to-date total.
 */
export function fiscalYearToDateFunction(amounts: any[][], periods: any[][], asOf: any, startMonth?: any): number {
  return evaluate(() => {
    const [amountCells, periodCells] = pairedCells({ amounts, periods });
    const rows: MonthAmount[] = [];
    amountCells.forEach((cell, index) => {
      if (isBlank(cell) || isBlankOrZero(periodCells[index])) return;
      const amount = required(parseMoney(cell), cellName("amounts", index));
      rows.push({ month: periodCellArg(periodCells[index], cellName("periods", index)), amount });
    });
    const month = monthArg(asOf, "asOf");
    const start = fyStartMonthArg(startMonth);
    if (rows.length === 0) throw notAvailable("amounts and periods hold no amount with a period");
    return finiteResult(fiscalYearToDate(rows, month, start));
  });
}
