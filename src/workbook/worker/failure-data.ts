/** Errors across the worker boundary, where structured cloning would keep only an Error's message. */
import { PmoInputError } from "../../engine/errors";
import type { FailureData } from "./routine-protocol";

export function failureData(error: unknown): FailureData {
  const message = error instanceof Error ? error.message : String(error);
  return error instanceof PmoInputError ? { message, input: { inPane: error.inPane } } : { message };
}

export function errorOf(failure: FailureData): Error {
  return failure.input ? new PmoInputError(failure.message, failure.input.inPane) : new Error(failure.message);
}
