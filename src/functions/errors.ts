/**
 * How failures reach a cell (SPEC 4): a bad argument #VALUE! with a message naming it, a missing
 * denominator #DIV/0!, an out-of-range value #NUM!, no data #N/A. Nothing else may escape: not an
 * exception, nor NaN, Infinity, undefined or null.
 */

export type ExcelErrorKind = "value" | "div0" | "num" | "na";

/** A failure the function layer means to show in the cell as an Excel error with this message. */
export class FunctionError extends Error {
  constructor(
    readonly kind: ExcelErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "FunctionError";
  }
}

export const invalidValue = (message: string): FunctionError => new FunctionError("value", message);
export const divisionByZero = (message: string): FunctionError => new FunctionError("div0", message);
export const outOfRange = (message: string): FunctionError => new FunctionError("num", message);
export const notAvailable = (message: string): FunctionError => new FunctionError("na", message);

function errorCodeOf(kind: ExcelErrorKind): CustomFunctions.ErrorCode {
  switch (kind) {
    case "div0":
      return CustomFunctions.ErrorCode.divisionByZero;
    case "num":
      return CustomFunctions.ErrorCode.invalidNumber;
    case "na":
      return CustomFunctions.ErrorCode.notAvailable;
    default:
      return CustomFunctions.ErrorCode.invalidValue;
  }
}

/** Any thrown thing as the CustomFunctions.Error Excel shows; unexpected ones become #VALUE!. */
export function toCellError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof FunctionError) return new CustomFunctions.Error(errorCodeOf(error.kind), error.message);
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `Unexpected problem: ${detail}`);
}

/** A number safe for a cell: NaN or Infinity become #NUM!, null (not available) #DIV/0!. */
export function finiteResult(value: number | null, whatIsMissing = "a denominator is zero or missing"): number {
  if (value === null) throw divisionByZero(`Not available: ${whatIsMissing}`);
  if (!Number.isFinite(value)) throw outOfRange("The result is too large to show");
  return value;
}

/**
 * Runs a function body and turns any failure into the error Excel shows. Every custom function
 * goes through here, so no exception reaches Excel's runtime as a crash.
 */
export function evaluate<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw toCellError(error);
  }
}
