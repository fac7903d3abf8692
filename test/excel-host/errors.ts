/**
 * Errors the simulated host answers with. The codes are Excel's own (Excel.ErrorCodes), except
 * HostNotImplemented: a member Excel has and this host does not model yet, named so the gap shows.
 */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatusCode = 400,
  ) {
    super(message);
  }
}

export const notImplemented = (member: string) => new HostError("HostNotImplemented", `The simulated Excel host does not implement ${member} yet.`, 501);
export const itemNotFound = (what: string) => new HostError("ItemNotFound", `The requested resource doesn't exist. (${what})`, 404);
export const invalidArgument = (what: string) => new HostError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (${what})`);
export const invalidOperation = (what: string) => new HostError("InvalidOperation", `The operation is invalid for the object or its current state. (${what})`);
export const alreadyExists = (what: string) => new HostError("ItemAlreadyExists", `A resource with the same name or identifier already exists. (${what})`, 409);
export const rangeExceedsLimit = (what: string) => new HostError("RangeExceedsLimit", `The cell count in the range has exceeded the maximum supported number. (${what})`);
/** Excel's code for a change that protection forbids (the host's guess at the code: see README, "check by hand"). */
export const accessDenied = (what: string) => new HostError("AccessDenied", `You cannot perform the requested operation. (${what})`, 403);
