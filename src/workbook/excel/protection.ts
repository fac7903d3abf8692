/**
 * Protection that would stop a write half way. Excel refuses a change to a protected sheet, and
 * adding, deleting, renaming or moving a sheet in a workbook whose structure is protected, one
 * action at a time: a batch that meets it stops there with the actions before it already applied.
 * So the protection is read in the first sync, with what else that sync reads, and a write it
 * would stop is refused before anything is changed, with what the user can do about it.
 */
import { PmoInputError } from "../../engine/errors";
import { sameSheetName } from "../../engine/schema/fields";

const NOTHING_CHANGED = "Nothing was changed.";

/** The message for a protected sheet the write must change. */
export function protectedSheetMessage(sheetName: string, action: string): string {
  return `Sheet "${sheetName}" is protected, so ${action}. Unprotect it (Review > Unprotect Sheet), then try again. ${NOTHING_CHANGED}`;
}

/** Queues the read of the workbook's structure protection (ExcelApi 1.7); call the result after the sync. */
export function queueStructureProbe(context: Excel.RequestContext): () => boolean {
  const protection = context.workbook.protection;
  protection.load("protected");
  return () => protection.protected;
}

/** Refuses, before anything changes, a write of PMO sheets that protection would stop. */
export function refuseProtectedWrite(structureProtected: boolean, existing: readonly Excel.Worksheet[], sheetNames: readonly string[]): void {
  if (structureProtected) {
    throw new PmoInputError(`The workbook's structure is protected, so its PMO sheets (${sheetNames.map((name) => `"${name}"`).join(", ")}) cannot be added or replaced. Unprotect it (Review > Protect Workbook), then try again. ${NOTHING_CHANGED}`);
  }
  const locked = existing.find((sheet) => sheet.protection.protected && sheetNames.some((name) => sameSheetName(name, sheet.name)));
  if (locked) throw new PmoInputError(protectedSheetMessage(locked.name, "PMO cannot rewrite it"));
}
