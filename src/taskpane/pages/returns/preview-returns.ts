/**
 * The Returns page's work (SPEC 10), apart from React: the picked return files read in the browser
 * (their bytes, never uploaded), the register read through the port, and the collection worked
 * out without writing anything; then, when the user applies it, the writes it makes.
 */
import { explainError } from "../../explain-error";
import { collectReturns, ProjectReturnInput, ReturnsResult } from "../../../engine/returns";
import { localDay, monthOfDay, parseMonth } from "../../../engine/values";
import { WorkbookPort, WorkbookReader } from "../../../workbook/port";
import { collectionWrites, readRegisterForReturns, readReturnWorkbook, RegisterForReturns, unreadableReturn } from "../../../workbook/returns-routine";

/** A return file as picked: its name, its bytes' source and its modified time (ms since 1970). */
export interface PickedReturn {
  name: string;
  lastModified: number;
  bytes: () => Promise<ArrayBuffer>;
}

export interface ReturnsPreview {
  result: ReturnsResult;
  /** The files picked (read or not), by name. */
  files: string[];
  logs: RegisterForReturns["logs"];
  /** Files that could not be read as workbooks, with why: refused as unreadable, as the CLI refuses them. */
  unreadable: { file: string; message: string }[];
}

/**
 * A return's bytes as a WorkbookReader: the package reader the preview mode uses, loaded when a
 * return is first read (inside Excel the pane needs it only on this page).
 */
function bytesReader(bytes: Uint8Array, file: string): WorkbookReader {
  return {
    read: async (wanted) => {
      const { readXlsxPackage } = await import("../../../workbook/xlsx/package/read-xlsx-package");
      return readXlsxPackage(bytes, wanted, `"${file}"`);
    },
  };
}

/** The day the file was last saved, as the user's clock shows it (as pmo returns collect dates it). */
const modifiedDay = (file: PickedReturn) => localDay(new Date(file.lastModified)) ?? localDay(new Date())!;

async function readReturn(file: PickedReturn): Promise<ProjectReturnInput> {
  const bytes = new Uint8Array(await file.bytes());
  return readReturnWorkbook(bytesReader(bytes, file.name), file.name, modifiedDay(file));
}

/** Reads the register and every return, and collects them for `month` (YYYY-MM) without writing. */
export async function previewReturns(port: WorkbookPort, files: readonly PickedReturn[], month: string, progress: (message: string, fraction?: number) => void): Promise<ReturnsPreview> {
  const days = parseMonth(month);
  if (!days) throw new Error(`"${month}" is not a month; choose one such as 2026-11`);
  progress("Reading the register", 0);
  const register = await readRegisterForReturns(port, port.workbookName ?? "The register");
  const returns: ProjectReturnInput[] = [];
  const unreadable: ReturnsPreview["unreadable"] = [];
  for (const [index, file] of files.entries()) {
    progress(`Reading ${file.name}`, (index + 1) / (files.length + 1));
    try {
      returns.push(await readReturn(file));
    } catch (error) {
      const message = explainError(error);
      unreadable.push({ file: file.name, message });
      returns.push(unreadableReturn(file.name, modifiedDay(file), message));
    }
  }
  const result = collectReturns(register.register, returns, { month: monthOfDay(days.first), rules: register.rules });
  return { result, files: files.map((file) => file.name), logs: register.logs, unreadable };
}

/** Writes what the preview showed into the register: its cells, the sheets it lacks, the two logs. */
export async function applyReturns(port: WorkbookPort, preview: ReturnsPreview, progress: (message: string, fraction?: number) => void): Promise<ReturnsResult> {
  const { edits, plans } = collectionWrites(preview.result, preview.logs);
  await port.writeCellEdits(edits, plans, progress);
  return preview.result;
}
