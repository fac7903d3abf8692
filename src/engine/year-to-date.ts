/**
 * Fiscal year to date (SPEC 9, PMO.FYTD and the budget review's ytd): the months of the fiscal
 * year holding a month M, from the year's first month up to and including M.
 */
import { DEFAULT_FY_START_MONTH, fiscalYearOf } from "./fiscal-year";
import { MonthNumber } from "./values";

export interface MonthAmount {
  month: MonthNumber;
  amount: number;
}

/** The first and last months (inclusive) of asOf's fiscal year to date. */
export function fiscalYearToDateMonths(asOf: MonthNumber, startMonth: number = DEFAULT_FY_START_MONTH): { first: MonthNumber; last: MonthNumber } {
  return { first: fiscalYearOf(asOf, startMonth).first, last: asOf };
}

/** The sum of the amounts whose month lies in asOf's fiscal year, up to and including asOf's month. */
export function fiscalYearToDate(amounts: Iterable<MonthAmount>, asOf: MonthNumber, startMonth: number = DEFAULT_FY_START_MONTH): number {
  const { first, last } = fiscalYearToDateMonths(asOf, startMonth);
  let total = 0;
  for (const { month, amount } of amounts) if (month >= first && month <= last) total += amount;
  return total;
}
