/**
 * Excel's custom-functions runtime as it treats the built `dist/functions.js` (issue 11): the
 * bundle runs in a context of its own with a `CustomFunctions` global whose `Error` keeps its
 * message only for #VALUE! and #N/A (as `_getMessage` in @microsoft/office-js's
 * custom-functions-runtime.debug.js does), and `associate` binds each id once.
 */
import vm from "node:vm";

export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export const CODES_WITH_MESSAGE: readonly string[] = [ERROR_CODES.invalidValue, ERROR_CODES.notAvailable];

export class RuntimeError {
  readonly message: string;
  constructor(
    readonly code: string,
    message?: string,
  ) {
    this.message = CODES_WITH_MESSAGE.includes(code) ? (message ?? "") : "";
  }
}

export interface LoadedFunctions {
  /** Each associated id and its function. */
  functions: Map<string, (...args: unknown[]) => unknown>;
  /** Ids associated more than once (the runtime keeps the last: a silent bug). */
  repeated: string[];
}

/** Runs the bundle's text as the runtime does and returns what it associated. */
export function loadFunctions(bundle: string): LoadedFunctions {
  const functions = new Map<string, (...args: unknown[]) => unknown>();
  const repeated: string[] = [];
  const CustomFunctions = {
    associate(id: string, fn: (...args: unknown[]) => unknown) {
      if (functions.has(id)) repeated.push(id);
      functions.set(id, fn);
    },
    Error: RuntimeError,
    ErrorCode: ERROR_CODES,
  };
  vm.runInNewContext(bundle, { CustomFunctions, console }, { filename: "dist/functions.js" });
  return { functions, repeated };
}
