/**
 * Blanks (SPEC 4): an empty cell reaches a function as null, "" or 0, depending on the Excel build
 * and on whether it is a single cell or part of a range (OfficeDev/office-js issues 4702, 5262,
 * 1951). Wherever 0 is not a meaningful value of a parameter the three must give the same answer,
 * and blank rows at the end of a range argument must change nothing. Where 0 is meaningful
 * (money, SPI, CPI, days, weights) null and "" must still agree.
 */
import fc from "fast-check";
import * as budget from "../../src/functions/budget-functions";
import * as evm from "../../src/functions/evm-functions";
import * as portfolio from "../../src/functions/portfolio-functions";
import * as rag from "../../src/functions/rag-functions";
import * as risk from "../../src/functions/risk-functions";
import { cellResult } from "../helpers/cell-results";
import { excelArgument, excelRange } from "../helpers/excel-arbitraries";

/** z: 0 means blank; m: 0 is a real amount; rz / rm: the same, for a range argument. */
type Kind = "z" | "m" | "rz" | "rm";

type AnyFunction = (...args: unknown[]) => unknown;

const PARAMETERS: Record<string, Kind[]> = {
  riskScoreFunction: ["z", "z"],
  riskRatingFunction: ["z"],
  riskExposureFunction: ["z", "m", "z"],
  heatMapFunction: ["rz", "rz", "rz"],
  contingencyFunction: ["rz", "rm", "z", "z"],
  scheduleVarianceFunction: ["m", "m"],
  costVarianceFunction: ["m", "m"],
  schedulePerformanceIndexFunction: ["m", "m"],
  costPerformanceIndexFunction: ["m", "m"],
  estimateAtCompletionFunction: ["m", "m", "m", "z", "m"],
  estimateToCompleteFunction: ["m", "m", "m", "z", "m"],
  varianceAtCompletionFunction: ["m", "m", "m", "z", "m"],
  toCompletePerformanceIndexFunction: ["m", "m", "m", "m"],
  plannedValueFunction: ["m", "z", "z", "z"],
  slippageFunction: ["z", "z"],
  ragFunction: ["m", "m", "z", "m", "rm"],
  ragReasonFunction: ["m", "m", "z", "m", "rm"],
  ragWorstFunction: ["rz"],
  ragCountFunction: ["rz", "z"],
  priorityFunction: ["rz", "rm"],
  wsjfFunction: ["z", "z", "z", "z"],
  rollupFunction: ["rz", "rz", "rm"],
  fiscalYearFunction: ["z", "z"],
  fiscalPeriodFunction: ["z", "z"],
  phaseFunction: ["m", "z", "z", "z"],
  fiscalYearToDateFunction: ["rm", "rz", "z", "z"],
};

const functions = { ...risk, ...evm, ...rag, ...portfolio, ...budget } as unknown as Record<string, AnyFunction>;
const BLANKS = [null, "", 0] as const;

/** The blanks that must agree for a parameter of this kind. */
function blanksFor(kind: Kind): readonly unknown[] {
  return kind === "z" || kind === "rz" ? BLANKS : [null, ""];
}

/** CONTINGENCY's trials are capped so that a generated 10^6 does not make the suite slow. */
function call(name: string, args: unknown[]) {
  const bounded = name === "contingencyFunction" ? args.map((arg, index) => (index === 3 && typeof arg === "number" && arg > 2000 ? 2000 : arg)) : args;
  return cellResult(() => functions[name](...bounded));
}

it("covers every function", () => {
  expect(Object.keys(PARAMETERS).sort()).toEqual(Object.keys(functions).filter((name) => typeof functions[name] === "function").sort());
  for (const [name, kinds] of Object.entries(PARAMETERS)) expect([name, kinds.length]).toEqual([name, functions[name].length]);
});

describe.each(Object.entries(PARAMETERS))("%s", (name, kinds) => {
  it("gives one answer for a blank argument, however Excel sends it", () => {
    fc.assert(
      fc.property(fc.array(excelArgument, { minLength: kinds.length, maxLength: kinds.length }), fc.nat({ max: kinds.length - 1 }), (args, index) => {
        const kind = kinds[index];
        if (kind === "rz" || kind === "rm") return; // ranges: the next test
        const results = blanksFor(kind).map((blank) => call(name, args.map((arg, i) => (i === index ? blank : arg))));
        for (const result of results) expect(result).toEqual(results[0]);
      }),
      { numRuns: 200 },
    );
  });

  const rangeIndexes = kinds.flatMap((kind, index) => (kind === "rz" || kind === "rm" ? [index] : []));
  if (rangeIndexes.length === 0) return;

  it("gives one answer for blank cells in a range, however Excel sends them", () => {
    fc.assert(
      fc.property(
        fc.array(excelArgument, { minLength: kinds.length, maxLength: kinds.length }),
        fc.constantFrom(...rangeIndexes),
        excelRange,
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        (args, index, range, positions) => {
          const cells = range.length * range[0].length;
          const blankAt = new Set(positions.map((position) => position % cells));
          const withBlank = (blank: unknown) => range.map((row, r) => row.map((cell, c) => (blankAt.has(r * row.length + c) ? blank : cell)));
          const results = blanksFor(kinds[index]).map((blank) => call(name, args.map((arg, i) => (i === index ? withBlank(blank) : arg))));
          for (const result of results) expect(result).toEqual(results[0]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("ignores blank rows at the end of its ranges", () => {
    fc.assert(
      fc.property(
        fc.array(excelArgument, { minLength: kinds.length, maxLength: kinds.length }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.constantFrom(...BLANKS), { minLength: 1, maxLength: 16 }),
        (args, rows, blanks) => {
          // Every range argument is a column of the same height, as ranges side by side are.
          const height = 3;
          const columns = args.map((arg, i) => (rangeIndexes.includes(i) ? asColumn(arg, height) : arg));
          let next = 0;
          const blankRow = () => [blanks[next++ % blanks.length]];
          const extended = columns.map((arg, i) => (rangeIndexes.includes(i) ? [...(arg as unknown[][]), ...Array.from({ length: rows }, blankRow)] : arg));
          expect(call(name, extended)).toEqual(call(name, columns));
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** Any generated argument as a column of `height` cells (a key/value range keeps its two columns). */
function asColumn(arg: unknown, height: number): unknown[][] {
  const cells = Array.isArray(arg) ? (arg as unknown[][]).flat() : [arg];
  return Array.from({ length: height }, (_, row) => [cells[row % cells.length] ?? "x"]);
}
