import {
  costPerformanceIndexFunction as CPI,
  costVarianceFunction as COSTVARIANCE,
  estimateAtCompletionFunction as EAC,
  estimateToCompleteFunction as ETC,
  plannedValueFunction as PLANNEDVALUE,
  schedulePerformanceIndexFunction as SPI,
  scheduleVarianceFunction as SCHEDULEVARIANCE,
  slippageFunction as SLIPPAGE,
  toCompletePerformanceIndexFunction as TCPI,
  varianceAtCompletionFunction as VAC,
} from "../../src/functions/evm-functions";
import { cellError } from "../helpers/cell-results";

/*
 * One worked example, by hand, in the terms of the PMI Practice Standard for Earned Value
 * Management (ANSI/EIA-748 vocabulary): BAC 100,000; at the status date PV 50,000, EV 40,000,
 * AC 45,000.
 *   SV = 40,000 - 50,000 = -10,000        CV = 40,000 - 45,000 = -5,000
 *   SPI = 40/50 = 0.8                      CPI = 40/45 = 0.8889
 *   EAC (CPI)     = 100,000 / (40/45) = 112,500
 *   EAC (BUDGET)  = 45,000 + (100,000 - 40,000) = 105,000
 *   EAC (CPI*SPI) = 45,000 + 60,000 / ((40/45) x (40/50)) = 45,000 + 60,000 x 2,250/1,600 = 129,375
 *   ETC (CPI) = 112,500 - 45,000 = 67,500  VAC (CPI) = 100,000 - 112,500 = -12,500
 *   TCPI = 60,000 / 55,000 = 1.0909;  against EAC 112,500: 60,000 / 67,500 = 0.8889
 */
const BAC = 100000;
const PV_TO_DATE = 50000;
const EV = 40000;
const AC = 45000;

describe("variances and indices", () => {
  it("match the worked example", () => {
    expect(SCHEDULEVARIANCE(EV, PV_TO_DATE)).toBe(-10000);
    expect(COSTVARIANCE(EV, AC)).toBe(-5000);
    expect(SPI(EV, PV_TO_DATE)).toBe(0.8);
    expect(CPI(EV, AC)).toBeCloseTo(0.888889, 6);
  });

  it("read money text", () => {
    expect(COSTVARIANCE("£40,000", "45,000")).toBe(-5000);
    expect(SPI("$40k", "50k")).toBe(0.8);
  });

  it("give #DIV/0! for a zero denominator, never 0 or infinity", () => {
    expect(cellError(() => SPI(10, 0))).toEqual({ error: "#DIV/0!", message: "" });
    expect(cellError(() => CPI(10, 0))).toEqual({ error: "#DIV/0!", message: "" });
  });

  it("give #DIV/0! for a blank denominator too, as Excel's =A1/B1 does", () => {
    for (const blank of [null, "", 0]) {
      expect(cellError(() => CPI(35000, blank))).toEqual({ error: "#DIV/0!", message: "" });
      expect(cellError(() => SPI(35000, blank))).toEqual({ error: "#DIV/0!", message: "" });
    }
  });

  it("count a 0 as 0 where 0 is a real amount", () => {
    expect(CPI(0, 45000)).toBe(0);
    expect(COSTVARIANCE(0, 45000)).toBe(-45000);
    expect(SCHEDULEVARIANCE(40000, 0)).toBe(40000);
  });

  it("refuse negative money and name it", () => {
    expect(cellError(() => CPI(-1, 5))).toEqual({ error: "#NUM!", message: "" });
    expect(cellError(() => SCHEDULEVARIANCE(5, "soon"))).toMatchObject({ error: "#VALUE!", message: 'pv "soon" is not a number' });
    expect(cellError(() => COSTVARIANCE(5, ""))).toMatchObject({ error: "#N/A", message: "ac is blank" });
  });
});

describe("EAC, ETC, VAC by method", () => {
  it.each([
    [undefined, 112500],
    ["CPI", 112500],
    ["cpi", 112500],
    ["BUDGET", 105000],
    ["CPI*SPI", 129375],
    ["cpi x spi", undefined],
  ])("EAC method %p is %p", (method, eac) => {
    if (eac === undefined) {
      expect(cellError(() => EAC(BAC, AC, EV, method, PV_TO_DATE))).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/^method/) });
    } else {
      expect(EAC(BAC, AC, EV, method, PV_TO_DATE)).toBeCloseTo(eac, 6);
    }
  });

  it("derives ETC and VAC from the same EAC", () => {
    expect(ETC(BAC, AC, EV)).toBeCloseTo(67500, 6);
    expect(VAC(BAC, AC, EV)).toBeCloseTo(-12500, 6);
    expect(ETC(BAC, AC, EV, "BUDGET")).toBe(60000);
    expect(VAC(BAC, AC, EV, "BUDGET")).toBe(-5000);
    expect(ETC(BAC, AC, EV, "CPI*SPI", PV_TO_DATE)).toBeCloseTo(84375, 6);
    expect(VAC(BAC, AC, EV, "CPI*SPI", PV_TO_DATE)).toBeCloseTo(-29375, 6);
  });

  it("treats a blank method as the CPI method", () => {
    for (const blank of [null, "", 0]) expect(EAC(BAC, AC, EV, blank, null)).toBeCloseTo(112500, 6);
  });

  it("says what is missing", () => {
    expect(cellError(() => EAC(BAC, 0, 0))).toEqual({ error: "#DIV/0!", message: "" });
    expect(cellError(() => EAC(BAC, AC, EV, "CPI*SPI"))).toEqual({ error: "#N/A", message: "pv is needed for the CPI*SPI method" });
    expect(cellError(() => EAC(BAC, AC, EV, "CPI*SPI", 0))).toMatchObject({ error: "#DIV/0!" });
    expect(EAC(BAC, 0, 0, "BUDGET")).toBe(BAC); // nothing spent, nothing earned: the budget
  });
});

describe("PMO.TCPI", () => {
  it("against the budget and against an EAC", () => {
    expect(TCPI(BAC, EV, AC)).toBeCloseTo(60000 / 55000, 9);
    expect(TCPI(BAC, EV, AC, 112500)).toBeCloseTo(0.888889, 6);
  });

  it("is not available when the budget or EAC is all spent", () => {
    expect(cellError(() => TCPI(100, 50, 100))).toEqual({ error: "#DIV/0!", message: "" });
    expect(cellError(() => TCPI(100, 50, 80, 80))).toEqual({ error: "#DIV/0!", message: "" });
  });
});

describe("PMO.PLANNEDVALUE (PV)", () => {
  // 2026-01-01 is serial 46023 (2025-01-01 = 45658, plus 365 days); 2026-01-11 is 46033.
  it("is linear between start and finish and clamped outside", () => {
    expect(PLANNEDVALUE(1000, 46023, 46033, 46026)).toBeCloseTo(300, 9);
    expect(PLANNEDVALUE(1000, 46023, 46033, 46000)).toBe(0);
    expect(PLANNEDVALUE(1000, 46023, 46033, 46100)).toBe(1000);
    expect(PLANNEDVALUE(1000, "2026-01-01", "2026-01-11", "2026-01-06")).toBeCloseTo(500, 9);
  });

  it("checks the dates", () => {
    expect(cellError(() => PLANNEDVALUE(1000, 46033, 46023, 46026))).toEqual({ error: "#VALUE!", message: "finish is before start" });
    expect(cellError(() => PLANNEDVALUE(1000, 46023, 46023, 46026))).toMatchObject({ error: "#DIV/0!" });
    expect(cellError(() => PLANNEDVALUE(1000, "someday", 46023, 46026))).toMatchObject({ error: "#VALUE!", message: 'start "someday" is not a date' });
    expect(cellError(() => PLANNEDVALUE(1000, -5, 46023, 46026))).toEqual({ error: "#NUM!", message: "" });
  });

  it.each([null, "", 0])("reads %p as a blank date", (blank) => {
    expect(cellError(() => PLANNEDVALUE(1000, blank, 46033, 46026))).toEqual({ error: "#N/A", message: "start is blank" });
    expect(cellError(() => SLIPPAGE(46023, blank))).toEqual({ error: "#N/A", message: "forecastDate is blank" });
  });
});

describe("PMO.SLIPPAGE", () => {
  it("is the forecast minus the baseline in days", () => {
    expect(SLIPPAGE(46023, 46053)).toBe(30);
    expect(SLIPPAGE("2026-03-31", "2026-03-21")).toBe(-10);
    expect(SLIPPAGE("2028-02-28", "2028-03-01")).toBe(2); // 2028 is a leap year
  });
});
