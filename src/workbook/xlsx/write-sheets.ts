/**
 * Writing PMO sheets into a copy of a user's workbook (SPEC 7): the input is read as bytes and
 * never written (unless it is also the output, with --in-place), the sheets are spliced in at the
 * package level, and the output appears only once complete.
 */
import { readFile } from "node:fs/promises";
import { PmoInputError } from "../../engine/errors";
import { SheetPlan } from "../../layout/sheet-plan";
import { looksLikeZip, spliceSheets, writePackageFile } from "./package";
import { packageProblem } from "./package/package-errors";
import { nodeDeflateRaw } from "./node-zlib";

/**
 * `inputBytes`: the input as it was read for the report, when the caller has them (the copy is
 * then of exactly what was read, and the file is not held twice in memory); else read now.
 */
export async function writeSheetsToCopy(input: string, output: string, plans: readonly SheetPlan[], inputBytes?: Uint8Array): Promise<void> {
  const bytes = inputBytes ?? new Uint8Array(await readFile(input));
  if (!looksLikeZip(bytes)) throw new PmoInputError(`${input} is not a readable .xlsx workbook`);
  let spliced: Uint8Array;
  try {
    spliced = spliceSheets(bytes, plans, nodeDeflateRaw);
  } catch (error) {
    // Every failure here comes from the input package's structure (its parts, names, XML).
    const reason = error instanceof Error ? error.message : String(error);
    throw packageProblem(error, input) ?? new PmoInputError(`${input} cannot be written back as it is (${reason}); open it in Excel and save it again as an Excel Workbook (.xlsx)`);
  }
  await writePackageFile(output, spliced);
}
