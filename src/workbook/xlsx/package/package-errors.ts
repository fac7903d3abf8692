/**
 * What a user is told when a package cannot be read or written: one line that says whether the
 * file is damaged (repair or re-save it) or over a limit we set (and which), naming the part. A
 * damaged part is never read in part: a half-read register must not look like a whole one.
 */
import { PmoInputError } from "../../../engine/errors";
import { ZipDamagedError, ZipLimitError } from "../zip";

/** Thrown for a part that is there but cannot be read (XML not well-formed, UTF-16 ...). */
export class PartDamagedError extends Error {
  constructor(
    readonly part: string,
    readonly reason: string,
  ) {
    super(`${reason} (part "${part}")`);
    this.name = "PartDamagedError";
  }
}

const RESAVE = "open it in Excel (which offers to repair it) and save it again as an Excel Workbook (.xlsx)";

/** The zip layer's reason, without its own "The file is ..." opening, to follow the file's name. */
function notAZipReason(reason: string): string {
  return /password/i.test(reason) ? "it is password-protected or an old .xls file: remove the password, or save it as .xlsx, in Excel" : "it is not a zip package";
}

/** The message for a failure while reading or writing `source`, or undefined when it is not ours to explain. */
export function packageProblem(error: unknown, source: string): PmoInputError | undefined {
  if (error instanceof PmoInputError) return error;
  if (error instanceof ZipLimitError) {
    const what = error.limitKind === "entries" ? `more than ${error.limit.toLocaleString("en-US")} parts` : error.reason;
    return new PmoInputError(`${source} is over a limit of pmo: ${what}${error.part ? ` (part "${error.part}")` : ""}; split the workbook or remove what it does not need`);
  }
  if (error instanceof ZipDamagedError) {
    if (error.damage === "not-a-zip") return new PmoInputError(`${source} is not a readable .xlsx workbook (${notAZipReason(error.reason)}); save it from Excel as an Excel Workbook (.xlsx)`);
    return new PmoInputError(`${source} is damaged: ${error.message}; ${RESAVE}`);
  }
  if (error instanceof PartDamagedError) return new PmoInputError(`${source} is damaged: ${error.message}; ${RESAVE}`);
  return undefined;
}
