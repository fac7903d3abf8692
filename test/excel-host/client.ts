/**
 * Loads the real Excel client library, excel-web-16.00.debug.js from @microsoft/office-js, into
 * the global scope (it needs a window: test files using it run in jest's jsdom environment; the
 * benchmark makes one with window.ts), once per test file or process. It defines the globals
 * Excel, OfficeExtension, Office and OSF.
 */
import * as fs from "fs";

/** The real client's file in @microsoft/office-js's dist/ (the browser tests serve it too). */
export const CLIENT_FILE_NAME = "excel-web-16.00.debug.js";
/** Resolved as a package path, so that it is found from a bundle (the benchmark's) as from the sources. */
export const CLIENT_FILE = require.resolve(`@microsoft/office-js/dist/${CLIENT_FILE_NAME}`);

export interface RealClient {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension & { SessionBase: { _overrideSession: unknown } };
}

let loaded: RealClient | undefined;

export function loadRealClient(): RealClient {
  if (loaded) return loaded;
  const globals = globalThis as unknown as Record<string, unknown>;
  if (typeof globals.window === "undefined") throw new Error("The real Office.js client needs a window: add `@jest-environment jsdom` to the test file's docblock (outside jest: installWindow() of window.ts).");
  const source = fs.readFileSync(CLIENT_FILE, "utf8");
  // An indirect eval runs the file as a classic script: its top-level vars become globals.
  (0, eval)(source);
  loaded = { Excel: globals.Excel as RealClient["Excel"], OfficeExtension: globals.OfficeExtension as RealClient["OfficeExtension"] };
  return loaded;
}
