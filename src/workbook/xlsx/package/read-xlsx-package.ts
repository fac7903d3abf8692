/**
 * Reading an .xlsx held in memory without ExcelJS: preview mode's reader in a plain browser
 * (ExcelJS's browser build needs `new Function`, which the task pane's Content-Security-Policy
 * forbids), and the CLI's fallback when ExcelJS's streaming reader fails on a sound file. The
 * package is unzipped with fflate and its parts read as text: workbook, relationships, shared
 * strings, styles, and only the worksheets asked for. It gives the same SheetData as the CLI's
 * ExcelJS streaming reader (test/workbook/preview checks this on every fixture).
 */
import { PmoInputError } from "../../../engine/errors";
import { WorkbookContents } from "../../port";
import { findWorkbookPart } from "./splice";
import { PackageParts, partText } from "./zip";
import { packageProblem, PartDamagedError } from "./package-errors";
import { parseRelationships, Relationship, relsPathOf, resolveTarget } from "./relationships";
import { dateSystemOf, parseSheetEntries } from "./workbook-xml";
import { parseSharedStrings } from "./shared-strings";
import { dateStylesOf } from "./date-styles";
import { scanSheetData } from "./sheet-scanner";

interface WorksheetPart {
  name: string;
  part: string;
}

/**
 * Every worksheet's name (chart sheets and the like are not worksheets and are left out, as the
 * ExcelJS reader does) and the values of those `wanted` accepts. `source` names the file in
 * messages. Throws PmoInputError when the bytes are not an .xlsx workbook.
 */
export function readXlsxPackage(bytes: Uint8Array, wanted: (sheetName: string) => boolean, source = "The file"): WorkbookContents {
  try {
    const parts = PackageParts.open(bytes);
    const workbookPart = findWorkbookPart(parts);
    const workbookXml = partText(parts, workbookPart) ?? "";
    const relsPart = relsPathOf(workbookPart);
    const relationships = parseRelationships(partText(parts, relsPart) ?? "").filter((r) => !r.external);
    // A sheet whose part is missing from the package is not there (Excel would repair it away).
    const worksheets = parsedPart(workbookPart, () => worksheetParts(workbookXml, relationships, workbookPart)).filter((sheet) => parts.has(sheet.part));
    const chosen = worksheets.filter((sheet) => wanted(sheet.name));
    const dateSystem = dateSystemOf(workbookXml);
    const context = {
      sharedStrings: chosen.length === 0 ? [] : parseSharedStrings(relatedText(parts, workbookPart, relationships, "/sharedStrings") ?? ""),
      dateStyles: dateStylesOf(relatedText(parts, workbookPart, relationships, "/styles")),
      dateSystem,
    };
    const contents: WorkbookContents = { sheetNames: worksheets.map((sheet) => sheet.name), sheets: new Map(), dateSystem };
    for (const sheet of chosen) contents.sheets.set(sheet.name, scanSheetData(partText(parts, sheet.part) ?? "", sheet.name, context));
    return contents;
  } catch (error) {
    const problem = packageProblem(error, source);
    if (problem) throw problem;
    const reason = error instanceof Error ? error.message : String(error);
    throw new PmoInputError(`${source} is not a readable .xlsx workbook (${reason}); save it from Excel as an Excel Workbook (.xlsx)`);
  }
}

/** What `parse` makes of a part, or PartDamagedError naming the part when its XML is not sound. */
function parsedPart<T>(part: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new PartDamagedError(part, error instanceof Error ? error.message : String(error));
  }
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
  const relationship = relationships.find((r) => r.type.endsWith(typeSuffix));
  return relationship && partText(parts, resolveTarget(workbookPart, relationship.target));
}
