import {
  fiscalPeriodFunction as FISCALPERIOD,
  fiscalYearFunction as FISCALYEAR,
  fiscalYearToDateFunction as FYTD,
  phaseFunction as PHASE,
} from "../../src/functions/budget-functions";
import { cellError } from "../helpers/cell-results";

// Excel's 1900-system serials: 2026-01-01 is 46023; 2026-01-15 46037; 2026-03-01 46082 (31 + 28
// days on); 2026-03-10 46091; 2026-03-31 46112; 2026-04-01 46113; 2026-05-15 46157 (30 + 14 on);
// 2027-01-01 46388 (365 on); 2027-02-10 46428.
const JAN_15_2026 = 46037;
const MAR_1_2026 = 46082;
const MAR_10_2026 = 46091;
const MAR_31_2026 = 46112;
const APR_1_2026 = 46113;
const MAY_15_2026 = 46157;
const FEB_10_2027 = 46428;

const sum = (row: number[]): number => row.reduce((total, value) => total + value, 0);

describe("FISCALYEAR and FISCALPERIOD", () => {
  it("label a January year by its year and others by both years", () => {
    expect(FISCALYEAR(MAR_31_2026)).toBe("FY2026");
    expect(FISCALYEAR(MAR_31_2026, 4)).toBe("FY2025-26"); // March 2026 ends the year from April 2025
    expect(FISCALYEAR(APR_1_2026, 4)).toBe("FY2026-27");
    expect(FISCALYEAR("2027-03-31", 4)).toBe("FY2026-27");
  });

  it("number the months of the year from its start month", () => {
    expect(FISCALPERIOD(MAR_31_2026)).toBe(3);
    expect(FISCALPERIOD(MAR_31_2026, 4)).toBe(12);
    expect(FISCALPERIOD(APR_1_2026, 4)).toBe(1);
    // July start: Jul 1, Aug 2 ... Dec 6, Jan 7 ... Apr 10.
    expect(FISCALPERIOD("Apr-26", 7)).toBe(10);
    expect(FISCALYEAR("Apr-26", 7)).toBe("FY2025-26");
  });

  it("take a date or a month in the forms of a phasing sheet, and a time of day changes nothing", () => {
    for (const date of ["2026-04", "04/2026", "Apr-26", "April 2026", "2026-04-30", "30 Apr 2026", APR_1_2026 + 0.75, new Date(Date.UTC(2026, 3, 9))]) {
      expect([date, FISCALYEAR(date, 4), FISCALPERIOD(date, 4)]).toEqual([date, "FY2026-27", 1]);
    }
  });

  it("read a blank startMonth (null, \"\" or 0) and number text as it is", () => {
    for (const blank of [null, "", 0, undefined]) expect(FISCALYEAR(APR_1_2026, blank)).toBe("FY2026");
    expect(FISCALYEAR(APR_1_2026, "4")).toBe("FY2026-27");
  });

  it("give #NUM! for a startMonth outside 1-12 and #VALUE! naming it for a word", () => {
    for (const month of [13, -1, 4.5]) expect(cellError(() => FISCALYEAR(APR_1_2026, month))).toEqual({ error: "#NUM!", message: "" });
    expect(cellError(() => FISCALPERIOD(APR_1_2026, "April"))).toEqual({ error: "#VALUE!", message: expect.stringContaining("startMonth") as string });
  });

  it("give #N/A for a blank date and #VALUE! naming it for one that is not a date", () => {
    for (const blank of [null, "", 0]) expect(cellError(() => FISCALYEAR(blank))).toEqual({ error: "#N/A", message: "date is blank" });
    expect(cellError(() => FISCALPERIOD("soon"))).toEqual({ error: "#VALUE!", message: expect.stringMatching(/^date "soon" is not a month/) as string });
    expect(cellError(() => FISCALYEAR(true))).toMatchObject({ error: "#VALUE!" });
    expect(cellError(() => FISCALYEAR(new Date(Date.UTC(12000, 0, 1))))).toEqual({ error: "#VALUE!", message: expect.stringContaining("outside the dates Excel can hold") as string });
    expect(cellError(() => FISCALYEAR(3e6))).toEqual({ error: "#NUM!", message: "" });
  });
});

describe("PHASE", () => {
  it("phases linearly by days by default: 1200 from 15 January to 31 March 2026", () => {
    // 17 + 28 + 31 = 76 days: 1200 x 17/76 = 268.421, x 28/76 = 442.105, x 31/76 = 489.474; in
    // cents 26842, 44210 and 48947 rounded down leave one cent, which goes to February's .526.
    expect(PHASE(1200, JAN_15_2026, MAR_31_2026)).toEqual([[268.42, 442.11, 489.47]]);
    expect(PHASE("£1,200", "2026-01-15", "2026-03-31", "Linear")).toEqual([[268.42, 442.11, 489.47]]);
  });

  it("phases by each profile", () => {
    // 3 months: even 100/3 = 33.33, 33.33 and the odd cent last; front 3:2:1 of 6 = 50, 33.33,
    // 16.67 (16.666 has the largest remainder); back the mirror; scurve sin²(π/6) = ¼, sin²(π/2) = 1,
    // sin²(5π/6) = ¼, of 1.5: 16.67, 66.67, 16.67 rounds down to 99.98 and the two cents left go to
    // the later months on the tie of remainders: 16.66, 66.67, 16.67.
    expect(PHASE(100, JAN_15_2026, MAR_10_2026, "even")).toEqual([[33.33, 33.33, 33.34]]);
    expect(PHASE(100, JAN_15_2026, MAR_10_2026, "front")).toEqual([[50, 33.33, 16.67]]);
    expect(PHASE(100, JAN_15_2026, MAR_10_2026, "back")).toEqual([[16.67, 33.33, 50]]);
    const scurve = PHASE(100, JAN_15_2026, MAR_10_2026, "SCurve")[0];
    expect(scurve).toEqual([16.66, 66.67, 16.67]);
    expect(sum(scurve)).toBe(100);
  });

  it("spills one row with a column per calendar month, across a year end", () => {
    // 2026-11-20 to 2027-02-05: November, December, January, February.
    const row = PHASE(1000, "2026-11-20", "2027-02-05", "even");
    expect(row.length).toBe(1);
    expect(row[0]).toEqual([250, 250, 250, 250]);
  });

  it("reads a blank profile (null, \"\" or 0) as linear, and a 0 amount as 0", () => {
    for (const blank of [null, "", 0, undefined]) expect(PHASE(1200, JAN_15_2026, MAR_31_2026, blank)).toEqual([[268.42, 442.11, 489.47]]);
    expect(PHASE(0, JAN_15_2026, MAR_31_2026)).toEqual([[0, 0, 0]]);
  });

  it("adds up exactly for an amount of more decimals, the last month taking the fraction of a cent", () => {
    const row = PHASE(100.005, MAR_1_2026, "2026-05-31", "even")[0];
    expect(row.slice(0, 2)).toEqual([33.33, 33.33]);
    expect(row[2]).toBeCloseTo(33.345, 10);
    expect(sum(row)).toBe(100.005);
  });

  it("gives #VALUE! naming both dates when finish is before start", () => {
    expect(cellError(() => PHASE(1000, MAR_31_2026, JAN_15_2026))).toEqual({ error: "#VALUE!", message: "finish 2026-01-15 is before start 2026-03-31" });
  });

  it("gives #N/A for a blank amount or date and #VALUE! naming a bad one", () => {
    for (const blank of [null, ""]) expect(cellError(() => PHASE(blank, JAN_15_2026, MAR_31_2026))).toEqual({ error: "#N/A", message: "amount is blank" });
    for (const blank of [null, "", 0]) {
      expect(cellError(() => PHASE(1000, blank, MAR_31_2026))).toEqual({ error: "#N/A", message: "start is blank" });
      expect(cellError(() => PHASE(1000, JAN_15_2026, blank))).toEqual({ error: "#N/A", message: "finish is blank" });
    }
    expect(cellError(() => PHASE("lots", JAN_15_2026, MAR_31_2026))).toEqual({ error: "#VALUE!", message: expect.stringMatching(/^amount /) as string });
    expect(cellError(() => PHASE(1000, "soon", MAR_31_2026))).toEqual({ error: "#VALUE!", message: expect.stringMatching(/^start /) as string });
    expect(cellError(() => PHASE(1000, JAN_15_2026, MAR_31_2026, "bell"))).toEqual({
      error: "#VALUE!",
      message: 'profile "bell" is not one of linear, even, front, back, scurve',
    });
  });

  it("gives #NUM! for an amount beyond 10 trillion or a row wider than Excel's 16,384 columns", () => {
    expect(cellError(() => PHASE(2e13, JAN_15_2026, MAR_31_2026))).toEqual({ error: "#NUM!", message: "" });
    // Serial 1 (1900-01-01) to 2958465 (9999-12-31) spans 8100 years of months.
    expect(cellError(() => PHASE(1000, 1, 2958465))).toEqual({ error: "#NUM!", message: "" });
    // 1,365 years is 16,380 months: still a row.
    expect(PHASE(1000, "1900-01-01", "3264-12-31", "even")[0].length).toBe(16_380);
  });
});

describe("FYTD", () => {
  // A year of months, January to December 2026, with 100 in January, 200 in February ... 1200 in December.
  const months = ["2026-01", "Feb-26", MAR_1_2026, "April 2026", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"];
  const periods = months.map((month) => [month]);
  const amounts = months.map((_, index) => [(index + 1) * 100]);

  it("sums the fiscal year from its first month up to asOf's month", () => {
    // January start, as of 15 May: January to May, 100 + 200 + 300 + 400 + 500 = 1500.
    expect(FYTD(amounts, periods, MAY_15_2026)).toBe(1500);
    // April start, as of 15 May: April and May, 400 + 500 = 900.
    expect(FYTD(amounts, periods, MAY_15_2026, 4)).toBe(900);
    // April start, as of 31 March 2026: the year from April 2025, whose January to March are here: 600.
    expect(FYTD(amounts, periods, MAR_31_2026, 4)).toBe(600);
    // April start, as of 10 February 2027: April to December 2026, 400 + ... + 1200 = 7200.
    expect(FYTD(amounts, periods, FEB_10_2027, 4)).toBe(7200);
    // As of a month given as text.
    expect(FYTD(amounts, periods, "Jun-26")).toBe(2100);
  });

  it("reads a row of amounts under a row of month headers, and money text", () => {
    expect(FYTD([["£1,000", "2,500", 300]], [["Jan-26", "Feb-26", "Mar-26"]], "2026-02-28")).toBe(3500);
  });

  it("skips blank amounts and periods, counts a 0 amount as 0, and ignores blank rows at the end", () => {
    const withBlanks = [[100], [null], [""], [0], [500], [null], [""], [0]];
    const theirPeriods = [["2026-01"], ["2026-02"], ["2026-03"], ["2026-04"], [null], [""], [0], [null]];
    // Only January's 100 and April's 0 have both an amount and a period.
    expect(FYTD(withBlanks, theirPeriods, "2026-12-31")).toBe(100);
  });

  it("gives 0 when the amounts lie outside the year to date, and #N/A when there is no amount at all", () => {
    expect(FYTD(amounts, periods, "2027-05-01")).toBe(0);
    expect(FYTD(amounts, periods, "2025-12-31")).toBe(0);
    expect(cellError(() => FYTD([[null], [""]], [["2026-01"], ["2026-02"]], MAY_15_2026))).toEqual({
      error: "#N/A",
      message: "amounts and periods hold no amount with a period",
    });
  });

  it("says which range is which size when they differ", () => {
    expect(cellError(() => FYTD([[1], [2], [3]], [["2026-01"], ["2026-02"]], MAY_15_2026))).toEqual({
      error: "#VALUE!",
      message: "periods has 2 cells but amounts has 3; they must be the same size",
    });
  });

  it("names the cell of an amount that is not a number and of a period that is not a month", () => {
    expect(cellError(() => FYTD([[1], ["n/a"], [3]], [["2026-01"], ["2026-02"], ["2026-03"]], MAY_15_2026))).toEqual({
      error: "#VALUE!",
      message: 'amounts cell 2 "n/a" is not a number',
    });
    expect(cellError(() => FYTD([[1], [2]], [["2026-01"], ["FY26 Total"]], MAY_15_2026))).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(/^periods cell 2 "FY26 Total" is not a month/) as string,
    });
    // A period of 4 or 2026 is a month number or a year, not a date (Excel would read 1900-01-04).
    expect(cellError(() => FYTD([[1]], [[4]], MAY_15_2026))).toEqual({
      error: "#VALUE!",
      message: "periods cell 1 is 4, which is not a month: use a date from 1950 on, or text such as 2026-04 or Apr-26",
    });
    expect(cellError(() => FYTD([[1]], [["2026-01"]], MAY_15_2026, 13))).toEqual({ error: "#NUM!", message: "" });
    expect(cellError(() => FYTD([[1]], [["2026-01"]], null))).toEqual({ error: "#N/A", message: "asOf is blank" });
  });
});
