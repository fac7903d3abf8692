/**
 * Reading an .xlsx held in memory without ExcelJS: preview mode's reader in a plain browser
 * (ExcelJS's browser build needs `new Function`, which the task pane's Content-Security-Policy
 * forbids), and the CLI's fallback when ExcelJS's streaming reader fails on a sound file. The
 * package is unzipped with fflate and its parts read as text: workbook, relationships, shared
 * strings, styles, and only the worksheets asked for. It gives the same SheetData as the CLI's
 * ExcelJS streaming reader (test/workbook/preview checks this on every fixture).
 */
import { PmoInputError } from "../../../engine/errors";
import { ReadNote, ReadOptions, WorkbookContents } from "../../port";
import { findWorkbookPart } from "./splice";
import { PackageParts, partText } from "./zip";
import { packageProblem, PartDamagedError } from "./package-errors";
import { startTags } from "./xml-scopes";
import { parseRelationships, Relationship, relsPathOf, resolveTarget } from "./relationships";
import { dateSystemOf, parseSheetEntries } from "./workbook-xml";
import { createSharedStringsScanner } from "./shared-strings-stream";
import { dateStylesOf } from "./date-styles";
import { createSheetScanner } from "./sheet-stream";
import { SharedDates } from "./serial-dates";
import { SheetLimitError } from "./scan-limits";
import { InflateRawStream, InflateRawWhole, ZipDamagedError, ZipLimitError } from "../zip";

interface WorksheetPart {
  name: string;
  part: string;
}

/**
 * A part whose bytes are to be handed to `push` as they inflate. The reading below asks for these
 * (it yields them) and whoever drives it streams them: at once (readXlsxPackage), or on zlib's
 * thread while this one scans (readXlsxPackageStreaming). An error streaming the part is thrown
 * back in where it was asked for.
 */
interface PartStream {
  part: string;
  push: (chunk: Uint8Array) => void;
}

type Reading = Generator<PartStream, WorkbookContents, void>;

/**
 * Every worksheet's name (chart sheets and the like are not worksheets and are left out, as the
 * ExcelJS reader does) and the values of those `wanted` accepts. `source` names the file in
 * messages. Throws PmoInputError when the bytes are not an .xlsx workbook.
 */
export function readXlsxPackage(bytes: Uint8Array, wanted: (sheetName: string) => boolean, source = "The file", inflateWhole?: InflateRawWhole): WorkbookContents {
  try {
    const parts = PackageParts.open(bytes, inflateWhole);
    const reading = readContents(parts, wanted);
    let step = reading.next();
    while (!step.done) {
      const { part, push } = step.value;
      try {
        parts.readChunks(part, push);
      } catch (error) {
        step = reading.throw(error);
        continue;
      }
      step = reading.next();
    }
    return step.value;
  } catch (error) {
    throw explained(error, source);
  }
}

/**
 * readXlsxPackage with the worksheets and shared strings inflated by `inflateStream` (Node's zlib,
 * on its own thread) as they are scanned: the same contents and errors, and no part is ever held
 * whole (a 50,000-project register's Risks sheet is 120 MB inflated).
 */
export async function readXlsxPackageStreaming(
  bytes: Uint8Array,
  wanted: (sheetName: string) => boolean,
  source: string,
  inflateStream: InflateRawStream,
  inflateWhole?: InflateRawWhole,
  options: ReadOptions = {},
): Promise<WorkbookContents> {
  try {
    const parts = PackageParts.open(bytes, inflateWhole);
    const reading = readContents(parts, wanted, options);
    let step = reading.next();
    while (!step.done) {
      const { part, push } = step.value;
      try {
        await parts.readChunksStreaming(part, push, inflateStream);
      } catch (error) {
        step = reading.throw(error);
        continue;
      }
      step = reading.next();
    }
    return step.value;
  } catch (error) {
    throw explained(error, source);
  }
}

/** The one line a user is told when the package cannot be read. */
function explained(error: unknown, source: string): PmoInputError {
  const problem = packageProblem(error, source);
  if (problem) return problem;
  const reason = error instanceof Error ? error.message : String(error);
  return new PmoInputError(`${source} is not a readable .xlsx workbook (${reason}); save it from Excel as an Excel Workbook (.xlsx)`);
}

function* readContents(parts: PackageParts, wanted: (sheetName: string) => boolean, options: ReadOptions = {}): Reading {
  const workbookPart = findWorkbookPart(parts);
  const workbookXml = partText(parts, workbookPart) ?? "";
  const relsPart = relsPathOf(workbookPart);
  const relsXml = partText(parts, relsPart);
  if (relsXml !== undefined) parsedPart(relsPart, () => startTags(relsXml));
  const relationships = parseRelationships(relsXml ?? "").filter((r) => !r.external);
  // A sheet whose part is missing from the package is not there (Excel would repair it away).
  const worksheets = parsedPart(workbookPart, () => worksheetParts(workbookXml, relationships, workbookPart)).filter((sheet) => parts.has(sheet.part));
  const wantedSheets = worksheets.filter((sheet) => wanted(sheet.name));
  const { readFirst, take } = options;
  const chosen = readFirst ? [...wantedSheets.filter((sheet) => readFirst(sheet.name)), ...wantedSheets.filter((sheet) => !readFirst(sheet.name))] : wantedSheets;
  const dateSystem = dateSystemOf(workbookXml);
  const notes: ReadNote[] = [];
  const context = {
    sharedStrings: chosen.length === 0 ? [] : yield* sharedStringsOf(parts, relatedPart(workbookPart, relationships, "/sharedStrings"), notes),
    dateStyles: parsedPart(relatedPart(workbookPart, relationships, "/styles") ?? "styles", () => dateStylesOf(relatedText(parts, workbookPart, relationships, "/styles"))),
    dateSystem,
    sharedDates: new SharedDates(dateSystem),
  };
  const contents: WorkbookContents = { sheetNames: worksheets.map((sheet) => sheet.name), sheets: new Map(), dateSystem, notes };
  for (const sheet of chosen) {
    // The part streams through the scanner as it inflates: never held whole as one string.
    const scanner = createSheetScanner(sheet.name, context);
    yield* streamPart(parts, sheet.part, (chunk) => scanner.push(chunk));
    const data = parsedPart(sheet.part, () => scanner.finish());
    for (const note of scanner.notes()) notes.push({ sheet: sheet.name, cell: note.cell ?? "A1", message: note.message });
    if (!take?.(data, dateSystem, contents.sheetNames)) contents.sheets.set(sheet.name, data);
  }
  return contents;
}

/**
 * What `parse` makes of a part, or PartDamagedError naming the part when its XML is not sound.
 * Zip damage and limits pass through as they are (they name the part themselves).
 */
function parsedPart<T>(part: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw partError(part, error);
  }
}

/** What an error reading `part` is to its reader: zip damage and limits as they are, the rest the part's damage. */
function partError(part: string, error: unknown): unknown {
  if (error instanceof ZipDamagedError || error instanceof ZipLimitError || error instanceof PmoInputError) return error;
  if (error instanceof SheetLimitError) return new PmoInputError(`${error.message} (part "${part}"); the sheet holds more than any spreadsheet program writes`);
  return new PartDamagedError(part, error instanceof Error ? error.message : String(error));
}

/**
 * A part's bytes as UTF-8, in chunks as it inflates, asked of the driver. Excel writes UTF-8; a
 * part saved as UTF-16 (its byte-order mark says so) is decoded whole and handed on as UTF-8,
 * which is rare and small. A failure, streaming or in `push`, is the part's (partError).
 */
function* streamPart(parts: PackageParts, part: string, push: (chunk: Uint8Array) => void): Generator<PartStream, void, void> {
  let first = true;
  let utf16 = false;
  try {
    yield {
      part,
      push: (chunk) => {
        if (first) utf16 = chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff));
        first = false;
        if (!utf16) push(chunk);
      },
    };
    if (utf16) push(new TextEncoder().encode(partText(parts, part) ?? ""));
  } catch (error) {
    throw partError(part, error);
  }
}

/** The shared strings, streamed; a workbook of inline strings only has none, which is fine. */
function* sharedStringsOf(parts: PackageParts, part: string | undefined, notes: ReadNote[]): Generator<PartStream, string[], void> {
  if (part === undefined || !parts.has(part)) return [];
  const scanner = createSharedStringsScanner();
  yield* streamPart(parts, part, (chunk) => scanner.push(chunk));
  const strings = parsedPart(part, () => scanner.finish());
  for (const note of scanner.notes()) notes.push({ sheet: "", cell: "", message: `Shared string ${(note.sharedString ?? 0) + 1}: ${note.message}` });
  return strings;
}

function relatedPart(workbookPart: string, relationships: readonly Relationship[], typeSuffix: string): string | undefined {
  const relationship = relationships.find((r) => r.type.endsWith(typeSuffix));
  return relationship && resolveTarget(workbookPart, relationship.target);
}

/** The worksheets in tab order, each with its part; entries that lead to no worksheet are dropped. */
function worksheetParts(workbookXml: string, relationships: readonly Relationship[], workbookPart: string): WorksheetPart[] {
  const byId = new Map(relationships.map((r) => [r.id, r]));
  const sheets: WorksheetPart[] = [];
  for (const entry of parseSheetEntries(workbookXml)) {
    const relationship = byId.get(entry.relationshipId);
    if (relationship?.type.endsWith("/worksheet")) sheets.push({ name: entry.name, part: resolveTarget(workbookPart, relationship.target) });
  }
  return sheets;
}

function relatedText(parts: PackageParts, workbookPart: string, relationships: readonly Relationship[], typeSuffix: string): string | undefined {
  const part = relatedPart(workbookPart, relationships, typeSuffix);
  return part === undefined ? undefined : partText(parts, part);
}
