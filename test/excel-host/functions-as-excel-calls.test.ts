/**
 * The built custom functions the way Excel calls them (issue 11): dist/functions.js on a simulated
 * runtime (custom-functions-runtime.ts), every id in dist/functions.json associated once under a
 * valid name, and each function called with arguments shaped as Excel passes them: a blank cell as
 * null, "" or 0, ranges as 2-D arrays with trailing blank rows, dates as serial numbers, omitted
 * optional arguments as null. Expected values are worked out by hand in the comments.
 */
import { readDistText } from "../build/dist-files";
import { loadFunctions, RuntimeError } from "./custom-functions-runtime";

interface Metadata {
  id: string;
  name: string;
  parameters: { name: string; optional?: boolean; dimensionality?: string }[];
}

const metadata = (JSON.parse(readDistText("functions.json")) as { functions: Metadata[] }).functions;
const { functions, repeated } = loadFunctions(readDistText("functions.js"));
/**
 * What Excel shows for a call: the value returned, or the CustomFunctions.Error thrown (the
 * documented way to give an error; anything else thrown is a bug, shown as a generic #VALUE!).
 */
function call(id: string, ...args: unknown[]): unknown {
  try {
    return functions.get(id)!(...args);
  } catch (error) {
    if (error instanceof RuntimeError) return error;
    throw error;
  }
}

// Excel's 1900-system serials: 2026-01-01 is 46023, 2026-07-02 is 46205, 2026-12-31 is 46387.
const JAN_1 = 46023;
const JUL_2 = 46205;
const DEC_31 = 46387;

/** One valid call per function, as a cell formula would make it, with its result worked out by hand. */
const VALID_CALLS: Record<string, { args: unknown[]; expected?: unknown }> = {
  RISKSCORE: { args: [3, 4], expected: 12 }, // 3 x 4
  RISKRATING: { args: [12], expected: "High" }, // 10-16 is High
  RISKEXPOSURE: { args: [4, 10000, null], expected: 7000 }, // band 4 stands for 0.7: 0.7 x 10,000
  HEATMAP: { args: [[[3], [4], [null]], [[4], [5], [""]], null] },
  CONTINGENCY: { args: [[[0.5], [0.3]], [[10000], [20000]], 0.8, 1000] },
  SCHEDULEVARIANCE: { args: [50000, 60000], expected: -10000 }, // EV - PV
  COSTVARIANCE: { args: [50000, 40000], expected: 10000 }, // EV - AC
  SPI: { args: [50000, 40000], expected: 1.25 }, // EV / PV
  CPI: { args: [50000, 40000], expected: 1.25 }, // EV / AC
  EAC: { args: [100000, 60000, 50000, null, null], expected: 120000 }, // CPI 50,000 / 60,000; BAC / CPI
  ETC: { args: [100000, 60000, 50000, null, null], expected: 60000 }, // EAC 120,000 - AC 60,000
  VAC: { args: [100000, 60000, 50000, null, null], expected: -20000 }, // BAC 100,000 - EAC 120,000
  TCPI: { args: [100000, 50000, 60000, null], expected: 1.25 }, // (BAC - EV) / (BAC - AC) = 50,000 / 40,000
  PLANNEDVALUE: { args: [100000, JAN_1, DEC_31, JUL_2], expected: 50000 }, // 100,000 x 182 / 364 days
  SLIPPAGE: { args: [JAN_1, JAN_1 + 30], expected: 30 },
  RAG: { args: [0.85, 1, null, null, null], expected: "Red" }, // SPI 0.85 < 0.90
  RAGREASON: { args: [0.85, 1, null, null, null] },
  RAGWORST: { args: [[["Green"], ["Amber"], [null], [""]]], expected: "Amber" },
  RAGCOUNT: { args: [[["Green"], ["Red"], ["Amber"], ["Red"], [null]], "Red"], expected: 2 },
  PRIORITY: { args: [[[5, 3, 2, 1]], null] },
  WSJF: { args: [8, 5, 3, 4], expected: 4 }, // (8 + 5 + 3) / 4
  ROLLUP: { args: [[["A"], ["A"], ["B"], [null]], [["Red"], ["Green"], ["Amber"], [null]], null] },
  FISCALYEAR: { args: [JUL_2, 4], expected: "FY2026-27" }, // July 2026 is in the year from April 2026
  FISCALPERIOD: { args: [JUL_2, 4], expected: 4 }, // April 1, May 2, June 3, July 4
  // 1 Jan to 31 Dec 2026 by days: 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 of 365, x 36,500.
  PHASE: { args: [36500, JAN_1, DEC_31, null], expected: [[3100, 2800, 3100, 3000, 3100, 3000, 3100, 3100, 3000, 3100, 3000, 3100]] },
  // April start, as of 2 July 2026: April, May, June and July (not March, nor August) = 4 + 5 + 6 + 7.
  FYTD: { args: [[[3], [4], [5], [6], [7], [8], [null]], [["2026-03"], ["2026-04"], ["2026-05"], ["2026-06"], ["2026-07"], ["2026-08"], [null]], JUL_2, 4], expected: 22 },
};

/** A result Excel can show: a finite number, text, a boolean, a matrix of those, or a runtime error. */
function isExcelResult(value: unknown): boolean {
  if (value instanceof RuntimeError) return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (typeof value === "string" || typeof value === "boolean") return true;
  return Array.isArray(value) && value.length > 0 && value.every((row) => Array.isArray(row) && row.every((cell) => cell === null || isExcelResult(cell)));
}

describe("registration", () => {
  it("associates every id in functions.json exactly once, and nothing else", () => {
    expect(repeated).toEqual([]);
    expect([...functions.keys()].sort()).toEqual(metadata.map((fn) => fn.id).sort());
  });

  it("gives every function a name and id Excel accepts: at least three characters, letters first, unique", () => {
    const bad = metadata.filter((fn) => !/^[A-Z][A-Z0-9._]{2,}$/.test(fn.id) || !/^[A-Z][A-Z0-9._]{2,}$/.test(fn.name));
    expect(bad.map((fn) => fn.id)).toEqual([]);
    expect(new Set(metadata.map((fn) => fn.name.toUpperCase())).size).toBe(metadata.length);
  });

  it("has a hand-worked call for every function", () => {
    expect(Object.keys(VALID_CALLS).sort()).toEqual(metadata.map((fn) => fn.id).sort());
  });
});

describe("called as Excel calls them", () => {
  it.each(Object.entries(VALID_CALLS).filter(([, spec]) => spec.expected !== undefined))("%s gives the value worked out by hand", (id, spec) => {
    const result = call(id, ...spec.args);
    if (typeof spec.expected === "number") expect(result as number).toBeCloseTo(spec.expected, 9);
    else expect(result).toEqual(spec.expected);
  });

  it.each(Object.keys(VALID_CALLS))("%s answers every blank shape in every argument with a value or an Excel error, never a crash", (id) => {
    const { args } = VALID_CALLS[id];
    const problems: string[] = [];
    args.forEach((_, position) => {
      const matrix = metadata.find((fn) => fn.id === id)!.parameters[position]?.dimensionality === "matrix";
      const blanks: unknown[] = matrix ? [[[null]], [[""]], [[0]], [[null], [""]]] : [null, "", 0];
      for (const blank of blanks) {
        const shaped = args.map((arg, index) => (index === position ? blank : arg));
        let result: unknown;
        try {
          result = call(id, ...shaped);
        } catch (error) {
          problems.push(`${JSON.stringify(shaped)} threw ${String(error)}`);
          continue;
        }
        if (!isExcelResult(result)) problems.push(`${JSON.stringify(shaped)} gave ${String(result)}`);
        // Only #VALUE! and #N/A show a message in Excel: a message that matters must be on one of them.
        if (result instanceof RuntimeError && (result.code === "#VALUE!" || result.code === "#N/A") && result.message === "") {
          problems.push(`${JSON.stringify(shaped)} gave ${result.code} with no message`);
        }
      }
    });
    expect(problems).toEqual([]);
  });

  it("gives a blank denominator #DIV/0!, whose message Excel never shows", () => {
    // CPI = EV / AC with AC blank: a ratio with no denominator is not available (SPEC 3.3).
    for (const blank of [null, "", 0]) {
      const result = call("CPI", 35000, blank) as RuntimeError;
      expect(result).toBeInstanceOf(RuntimeError);
      expect({ code: result.code, message: result.message }).toEqual({ code: "#DIV/0!", message: "" });
    }
  });

  it("reads a range with trailing blank rows as the cells that hold something", () => {
    // RAGCOUNT over Green, Red, then three blank rows (null, "" and 0 as Excel may pass them): one Red.
    expect(call("RAGCOUNT", [["Green"], ["Red"], [null], [""], [0]], "Red")).toBe(1);
    expect(call("RAGWORST", [["Green"], [null], [""], [0]])).toBe("Green");
  });
});
