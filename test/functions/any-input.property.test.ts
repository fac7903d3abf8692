/**
 * Whatever Excel hands a PMO function, the cell gets a value or an Excel error: never an exception
 * of another kind, NaN, Infinity, undefined or null (SPEC 4).
 */
import fc from "fast-check";
import * as budget from "../../src/functions/budget-functions";
import * as evm from "../../src/functions/evm-functions";
import * as portfolio from "../../src/functions/portfolio-functions";
import * as rag from "../../src/functions/rag-functions";
import * as risk from "../../src/functions/risk-functions";
import { excelArgument } from "../helpers/excel-arbitraries";

type AnyFunction = (...args: unknown[]) => unknown;

const functions = Object.entries({ ...risk, ...evm, ...rag, ...portfolio, ...budget } as Record<string, unknown>).filter(
  (entry): entry is [string, AnyFunction] => typeof entry[1] === "function",
);

function isCellValue(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  return typeof value === "string" || typeof value === "boolean";
}

function assertCellSafe(result: unknown): void {
  if (Array.isArray(result)) {
    expect(result.length).toBeGreaterThan(0);
    for (const row of result) {
      expect(Array.isArray(row)).toBe(true);
      expect(row.length).toBe(result[0].length);
      for (const value of row) expect(isCellValue(value)).toBe(true);
    }
  } else {
    expect(isCellValue(result)).toBe(true);
  }
}

/** CONTINGENCY's trials are capped so that a generated 10^6 does not make the suite slow. */
function boundedForSpeed(name: string, args: unknown[]): unknown[] {
  if (name !== "contingencyFunction") return args;
  return args.map((arg, index) => (index === 3 && typeof arg === "number" && arg > 2000 ? 2000 : arg));
}

it("has every function of SPEC 4 and SPEC 9 under test", () => {
  expect(functions.length).toBe(26);
});

describe.each(functions)("%s with any Excel input", (name, fn) => {
  it("returns a cell value or throws a CustomFunctions.Error", () => {
    fc.assert(
      fc.property(fc.array(excelArgument, { minLength: fn.length, maxLength: fn.length }), (generated) => {
        const args = boundedForSpeed(name, generated);
        let result: unknown;
        try {
          result = fn(...args);
        } catch (thrown) {
          expect(thrown).toBeInstanceOf(CustomFunctions.Error);
          const error = thrown as CustomFunctions.Error;
          expect(["#VALUE!", "#DIV/0!", "#NUM!", "#N/A"]).toContain(error.code);
          // Excel shows a message only with #VALUE! and #N/A; those must say what is wrong.
          if (error.code === "#VALUE!" || error.code === "#N/A") expect(error.message).toMatch(/\S/);
          expect(error.message).not.toMatch(/Unexpected problem/);
          return;
        }
        assertCellSafe(result);
      }),
      { numRuns: 300 },
    );
  });
});
