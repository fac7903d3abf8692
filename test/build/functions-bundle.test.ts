/**
 * The built custom functions as Excel receives them: functions.json (names, help text, spills) and
 * functions.js loaded on its own, outside jest's module system and without a DOM.
 */
import vm from "node:vm";
import { loadFunctions } from "../excel-host/custom-functions-runtime";
import { readDistText } from "./dist-files";

/** SPEC sections 4 and 9, by hand: a function dropped from the build must fail here. */
const EXPECTED_FUNCTIONS = [
  "RISKSCORE",
  "RISKRATING",
  "RISKEXPOSURE",
  "HEATMAP",
  "CONTINGENCY",
  "SCHEDULEVARIANCE",
  "COSTVARIANCE",
  "SPI",
  "CPI",
  "EAC",
  "ETC",
  "VAC",
  "TCPI",
  "PLANNEDVALUE",
  "SLIPPAGE",
  "RAG",
  "RAGREASON",
  "RAGWORST",
  "RAGCOUNT",
  "PRIORITY",
  "WSJF",
  "ROLLUP",
  "FISCALYEAR",
  "FISCALPERIOD",
  "PHASE",
  "FYTD",
] as const;

const SPILLING_FUNCTIONS = ["HEATMAP", "ROLLUP", "PHASE"];

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Array<{ name: string; description?: string }>;
  result?: { dimensionality?: string };
}

function readMetadata(): FunctionMetadata[] {
  return (JSON.parse(readDistText("functions.json")) as { functions: FunctionMetadata[] }).functions;
}

/**
 * Runs functions.js in a fresh context, as the custom functions runtime would (the simulated
 * runtime of test/excel-host), and returns the functions it associated, by id; or, without a
 * CustomFunctions global (preview mode), just runs it.
 */
function loadBundle(withCustomFunctions = true): Map<string, unknown> {
  if (withCustomFunctions) return loadFunctions(readDistText("functions.js")).functions;
  vm.runInNewContext(readDistText("functions.js"), {}, { filename: "dist/functions.js" });
  return new Map();
}

describe("dist/functions.json", () => {
  it("lists every PMO function", () => {
    const ids = readMetadata().map((fn) => fn.id);
    expect(EXPECTED_FUNCTIONS.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it("describes every function and every parameter", () => {
    const undocumented = readMetadata().flatMap((fn) => [
      ...(fn.description?.trim() ? [] : [fn.id]),
      ...fn.parameters.filter((p) => !p.description?.trim()).map((p) => `${fn.id}(${p.name})`),
    ]);
    expect(undocumented).toEqual([]);
  });

  it.each(SPILLING_FUNCTIONS)("declares %s as returning a matrix", (id) => {
    const fn = readMetadata().find((entry) => entry.id === id);
    expect(fn?.result?.dimensionality).toBe("matrix");
  });
});

describe("dist/functions.js", () => {
  it("associates a function with every id in functions.json", () => {
    const associations = loadBundle();
    const missing = readMetadata()
      .map((fn) => fn.id)
      .filter((id) => typeof associations.get(id) !== "function");
    expect(missing).toEqual([]);
  });

  it("computes through the bundled engine: RISKSCORE(3, 4) is 12", () => {
    const riskScore = loadBundle().get("RISKSCORE") as (probability: unknown, impact: unknown) => unknown;
    expect(riskScore(3, 4)).toBe(12);
  });

  it("loads without a CustomFunctions global, as in the task pane's preview mode", () => {
    expect(() => loadBundle(false)).not.toThrow();
  });
});
