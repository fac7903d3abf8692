/**
 * The budget functions of SPEC 9 as a cell calls them: FISCALPERIOD over every day of a year for
 * every start month, PHASE's row through the function layer, and FYTD against a naive filter and
 * sum written out here on its own.
 */
import fc from "fast-check";
import { fiscalPeriodFunction as FISCALPERIOD, fiscalYearFunction as FISCALYEAR, fiscalYearToDateFunction as FYTD, phaseFunction as PHASE } from "../../src/functions/budget-functions";
import { dayFromParts, serialFromDay } from "../../src/engine/values";

const serialOf = (year: number, month: number, day: number): number => serialFromDay(dayFromParts(year, month, day)!);

describe("FISCALPERIOD over every day of a year", () => {
  const years = [2026, 2028]; // 2028 is a leap year
  const startMonths = Array.from({ length: 12 }, (_, index) => index + 1);

  it.each(years.flatMap((year) => startMonths.map((startMonth) => [year, startMonth])))("%i with the year starting in month %i", (year, startMonth) => {
    const first = serialOf(year, 1, 1);
    const last = serialOf(year, 12, 31);
    expect(last - first + 1).toBe(year === 2028 ? 366 : 365);
    const periodOfMonth = new Map<number, number>();
    for (let serial = first; serial <= last; serial += 1) {
      const calendarMonth = new Date(Date.UTC(1899, 11, 30 + serial)).getUTCMonth() + 1;
      const period = FISCALPERIOD(serial, startMonth);
      expect(period >= 1 && period <= 12 && Number.isInteger(period)).toBe(true);
      // Constant within a calendar month.
      if (periodOfMonth.has(calendarMonth)) expect(period).toBe(periodOfMonth.get(calendarMonth));
      periodOfMonth.set(calendarMonth, period);
    }
    for (let month = 1; month <= 12; month += 1) {
      // Period 1 is exactly the start month, and each month is one on from the month before, modulo 12.
      expect(periodOfMonth.get(month) === 1).toBe(month === startMonth);
      if (month > 1) expect(periodOfMonth.get(month)).toBe((periodOfMonth.get(month - 1)! % 12) + 1);
    }
    // The year's label changes exactly at the start month (January: never within the calendar year).
    const labels = new Set(startMonths.map((month) => FISCALYEAR(serialOf(year, month, 15), startMonth)));
    expect(labels.size).toBe(startMonth === 1 ? 1 : 2);
  });
});

/** A day from 1990 to 2060 as an Excel serial. */
const serial = fc.integer({ min: serialOf(1990, 1, 1), max: serialOf(2060, 12, 31) });
const profiles = fc.constantFrom(null, "linear", "even", "front", "back", "scurve");

describe("PHASE as a cell calls it", () => {
  it("spills one row, one entry per calendar month, adding up to an amount in cents exactly, none below 0 for an amount of 0 or more", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), serial, fc.integer({ min: 0, max: 2000 }), profiles, (cents, start, length, profile) => {
        const amount = cents / 100;
        const result = PHASE(amount, start, start + length, profile);
        expect(result.length).toBe(1);
        const row = result[0];
        const startDate = new Date(Date.UTC(1899, 11, 30 + start));
        const finishDate = new Date(Date.UTC(1899, 11, 30 + start + length));
        const months = (finishDate.getUTCFullYear() - startDate.getUTCFullYear()) * 12 + finishDate.getUTCMonth() - startDate.getUTCMonth() + 1;
        expect(row.length).toBe(months);
        expect(row.reduce((total, value) => total + value, 0)).toBe(amount);
        if (amount >= 0) for (const value of row) expect(value).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
  });
});

/** A period cell in one of the forms a phasing sheet uses, for a month from 2024 to 2028. */
const period = fc.tuple(fc.integer({ min: 2024, max: 2028 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.nat({ max: 3 })).map(([year, month, day, form]) => {
  const names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const cell = [serialOf(year, month, day), `${year}-${String(month).padStart(2, "0")}`, `${names[month - 1]}-${String(year % 100)}`, `${month}/${year}`][form];
  return { cell, year, month };
});

const row = fc.tuple(fc.oneof(fc.integer({ min: -1e6, max: 1e6 }).map((cents) => cents / 100), fc.constant(null)), fc.oneof({ weight: 5, arbitrary: period }, { weight: 1, arbitrary: fc.constant(null) }));

describe("FYTD", () => {
  it("equals a naive filter and sum over the rows with an amount and a period", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), period, fc.integer({ min: 1, max: 12 }), (rows, asOf, startMonth) => {
        const amounts = rows.map(([amount]) => [amount]);
        const periods = rows.map(([, when]) => [when === null ? null : when.cell]);
        // The fiscal year holding asOf starts in startMonth of asOf's year, or of the year before.
        const startYear = asOf.month >= startMonth ? asOf.year : asOf.year - 1;
        const index = (year: number, month: number) => year * 12 + month;
        let expected = 0;
        let any = false;
        for (const [amount, when] of rows) {
          if (amount === null || when === null) continue;
          any = true;
          if (index(when.year, when.month) >= index(startYear, startMonth) && index(when.year, when.month) <= index(asOf.year, asOf.month)) expected += amount;
        }
        let result: unknown;
        try {
          result = FYTD(amounts, periods, asOf.cell, startMonth);
        } catch (error) {
          result = (error as CustomFunctions.Error).code;
        }
        expect(result).toBe(any ? expected : "#N/A");
      }),
      { numRuns: 1000 },
    );
  });
});
