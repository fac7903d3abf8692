/**
 * Excel's custom-functions runtime as the tests need it: `CustomFunctions.Error` and `ErrorCode`
 * behave as in Excel, `associate` records what was bound. Like the runtime's CustomFunctionError
 * (`_getMessage` in @microsoft/office-js's custom-functions-runtime.debug.js), an error keeps its
 * message only for #VALUE! and #N/A: Excel shows no message with any other code, so a test must not
 * see one either.
 */
import { CODES_WITH_MESSAGE, ERROR_CODES as ErrorCode } from "../excel-host/custom-functions-runtime";

class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(CODES_WITH_MESSAGE.includes(code) ? message : "");
    this.name = "CustomFunctions.Error";
  }
}

const associations = new Map<string, unknown>();

Object.assign(globalThis, {
  CustomFunctions: {
    Error: CustomFunctionsError,
    ErrorCode,
    associate: (id: string, fn: unknown) => associations.set(id, fn),
    associations,
  },
});
