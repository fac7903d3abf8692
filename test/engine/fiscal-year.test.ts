import { fiscalPeriodOf, fiscalYearOf } from "../../src/engine/fiscal-year";
import { monthFromHeader, monthFromText, monthNumber, monthText, parsePeriod, lastDayOfMonth, isoFromDay } from "../../src/engine/values";

describe("months", () => {
  it("reads the month forms a phasing sheet uses", () => {
    const april2026 = monthNumber(2026, 4);
    for (const text of ["2026-04", "2026/4", "04/2026", "4/26", "Apr-26", "Apr 2026", "April 2026", "apr '26", "APR-2026", "2026-04-01", "1 Apr 2026", "30-Apr-2026"]) {
      expect([text, monthFromText(text)]).toEqual([text, april2026]);
    }
    expect(monthFromText("Sept 2026")).toBe(monthNumber(2026, 9));
  });

  it("does not take totals, years or words as months", () => {
    for (const text of ["FY26 Total", "Total", "2026", "13/2026", "2026-13", "Aprl 2026", "Project"]) expect([text, monthFromText(text)]).toEqual([text, undefined]);
    expect(monthFromHeader(2026)).toBeUndefined();
    expect(monthFromHeader(12)).toBeUndefined();
    // 46113 is 2026-04-01 in the 1900 system (45658 is 2025-01-01, + 455 days).
    expect(monthFromHeader(46113)).toBe(monthNumber(2026, 4));
    expect(monthFromHeader(new Date(Date.UTC(2026, 3, 15)))).toBe(monthNumber(2026, 4));
  });

  it("reads a period cell or says why not", () => {
    expect(parsePeriod(46113)).toEqual({ ok: true, value: monthNumber(2026, 4) });
    expect(parsePeriod("")).toMatchObject({ ok: false, kind: "blank" });
    expect(parsePeriod("#REF!")).toMatchObject({ ok: false, kind: "error" });
    expect(parsePeriod("soon")).toMatchObject({ ok: false, kind: "invalid", message: expect.stringContaining("is not a month") });
  });

  it("writes months as YYYY-MM and knows their last day", () => {
    expect(monthText(monthNumber(2026, 4))).toBe("2026-04");
    expect(isoFromDay(lastDayOfMonth(monthNumber(2028, 2)))).toBe("2028-02-29");
    expect(isoFromDay(lastDayOfMonth(monthNumber(2026, 12)))).toBe("2026-12-31");
  });
});

describe("fiscal years", () => {
  it("labels a January year by its year and others by both years", () => {
    expect(fiscalYearOf(monthNumber(2026, 7)).label).toBe("FY2026");
    expect(fiscalYearOf(monthNumber(2026, 4), 4).label).toBe("FY2026-27");
    expect(fiscalYearOf(monthNumber(2027, 3), 4).label).toBe("FY2026-27");
    expect(fiscalYearOf(monthNumber(2099, 12), 4).label).toBe("FY2099-00");
  });

  it("spans 12 months from the start month", () => {
    const fy = fiscalYearOf(monthNumber(2026, 11), 4);
    expect([monthText(fy.first), monthText(fy.last)]).toEqual(["2026-04", "2027-03"]);
  });

  it("numbers each month of the year from 1", () => {
    expect(fiscalPeriodOf(monthNumber(2026, 4), 4)).toBe(1);
    expect(fiscalPeriodOf(monthNumber(2026, 11), 4)).toBe(8);
    expect(fiscalPeriodOf(monthNumber(2027, 3), 4)).toBe(12);
    expect(fiscalPeriodOf(monthNumber(2026, 3))).toBe(3);
  });
});
