/**
 * Runs before the custom functions bundle. The function files end with
 * `CustomFunctions.associate(...)` calls (appended at build time), and the shared page also opens in
 * plain browsers for preview mode, where no CustomFunctions global exists. Without one, functions.js
 * would stop with a ReferenceError there. Inside Excel, office.js defines the global before this
 * script runs, and it is left untouched.
 */
const globalScope = globalThis as { CustomFunctions?: unknown };

class PreviewCustomFunctionError extends Error {
  constructor(
    public readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

if (typeof globalScope.CustomFunctions === "undefined") {
  globalScope.CustomFunctions = {
    associate: () => undefined,
    Error: PreviewCustomFunctionError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  };
}

export {};
