/**
 * Excel's custom-functions runtime as the tests need it: `CustomFunctions.Error` and `ErrorCode`
 * behave as in Excel, `associate` records what was bound. Like the runtime's CustomFunctionError
 * (`_getMessage` in @microsoft/office-js's custom-functions-runtime.debug.js), an error keeps its
 * message only for #VALUE! and #N/A: Excel shows no message with any other code, so a test must not
 * see one either.
 */
enum ErrorCode {
  invalidValue = "#VALUE!",
  notAvailable = "#N/A",
  divisionByZero = "#DIV/0!",
  invalidNumber = "#NUM!",
  nullReference = "#NULL!",
  invalidName = "#NAME?",
  invalidReference = "#REF!",
}

const CODES_WITH_MESSAGE: readonly ErrorCode[] = [ErrorCode.invalidValue, ErrorCode.notAvailable];

class CustomFunctionsError extends Error {
  constructor(
    readonly code: ErrorCode,
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
