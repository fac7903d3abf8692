/** A failure in words, with what the user can do about it. */
import { PmoInputError } from "../engine/errors";

export function explainError(error: unknown): string {
  if (error instanceof PmoInputError) return error.inPane ?? error.message;
  const message = error instanceof Error ? error.message : String(error);
  if (/RichApi|InvalidOperation|GeneralException|ItemNotFound/i.test(message) || /Excel/.test(String((error as { name?: string })?.name))) {
    return `Excel could not complete the request (${message}). Check that no cell is being edited and the sheet is not protected, then try again.`;
  }
  return `Something went wrong: ${message}. Try again; if it keeps happening, open the Check page to see what it finds in the workbook.`;
}
