/** What a custom function put in the cell: its value, or the Excel error code and message. */
export type CellResult = { value: unknown } | { error: string; message: string };

export function cellResult(call: () => unknown): CellResult {
  try {
    return { value: call() };
  } catch (thrown) {
    if (thrown instanceof CustomFunctions.Error) return { error: thrown.code, message: thrown.message ?? "" };
    throw thrown;
  }
}

/** The Excel error a call gives; fails the test when the call returns a value instead. */
export function cellError(call: () => unknown): { error: string; message: string } {
  const result = cellResult(call);
  if ("value" in result) throw new Error(`expected an Excel error, got the value ${JSON.stringify(result.value)}`);
  return result;
}
