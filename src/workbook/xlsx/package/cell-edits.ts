/**
 * Writing changed cells into the user's own register at the package level (SPEC 10, issue 14):
 * each sheet's part is edited as text (sheet-cell-edits.ts: only the changed cells' elements are
 * written again), the tables under appended rows are grown (table-refs.ts), and the calc chain
 * loses the entries of cells whose formula became a value. Every other part is copied as its
 * compressed bytes. Text goes in as inline strings, so sharedStrings.xml is never touched; styles.xml
 * only gains a cell format when a date goes into a cell whose style shows no date.
 *
 * Atomic in the sense callers need: the new package is built whole in memory and returned, or a
 * PmoInputError naming the sheet (and cell) is thrown and nothing is returned; callers write the
 * bytes with writePackageFile (temporary file and rename).
 */
import { PmoInputError } from "../../../engine/errors";
import { editsBySheet, SheetCellEdits } from "../../../engine/returns/register-edits";
import { sameSheetName } from "../../../engine/schema/fields";
import { DeflateRaw, InflateRawWhole } from "../zip";
import { withoutCellEntries } from "./calc-chain";
import { packageProblem, PartDamagedError } from "./package-errors";
import { parseRelationships, relsPathOf, removeOverride, removeRelationship, resolveTarget } from "./relationships";
import { editSheetXml } from "./sheet-cell-edits";
import { DateCellStyles } from "./date-cell-styles";
import { findWorkbookPart } from "./splice";
import { grownTable, tableHeaderRow } from "./table-refs";
import { dateSystemOf, parseSheetEntries } from "./workbook-xml";
import { PackageParts, partText, setPartText } from "./zip";

export type { CellValueEdit, SheetCellEdits } from "../../../engine/returns/register-edits";

export interface EditCellsOptions {
  /** Names the workbook in messages ("The register"). */
  source?: string;
  /** Node's zlib (node-zlib.ts) in the CLI: fflate's deflate takes seconds on a 100,000-row sheet. */
  deflateRaw?: DeflateRaw;
  inflateWhole?: InflateRawWhole;
}

const UTF8_BOM = "\uFEFF";

/** The register's bytes with `edits` applied; throws PmoInputError before returning anything when one cannot be. */
export function editCells(pkg: Uint8Array, edits: readonly SheetCellEdits[], options: EditCellsOptions = {}): Uint8Array {
  const source = options.source ?? "The register";
  try {
    const parts = PackageParts.open(pkg, options.inflateWhole);
    const workbookPart = findWorkbookPart(parts);
    const workbookXml = partText(parts, workbookPart) ?? "";
    const workbookRelsPart = relsPathOf(workbookPart);
    let workbookRels = partText(parts, workbookRelsPart) ?? "";
    const relationships = parseRelationships(workbookRels).filter((r) => !r.external);
    const entries = parseSheetEntries(workbookXml);
    const dateSystem = dateSystemOf(workbookXml);
    const formulasRemoved = new Map<number, Set<string>>();
    const stylesRelationship = relationships.find((r) => r.type.endsWith("/styles"));
    const stylesPart = stylesRelationship && resolveTarget(workbookPart, stylesRelationship.target);
    const dateStyles = new DateCellStyles(stylesPart === undefined ? undefined : partText(parts, stylesPart));
    const writing = { dateSystem, dateStyle: (style: number) => dateStyles.styleFor(style) };

    for (const edit of editsBySheet(edits)) {
      const entry = entries.find((candidate) => sameSheetName(candidate.name, edit.sheet));
      const relationship = entry && relationships.find((r) => r.id === entry.relationshipId && r.type.endsWith("/worksheet"));
      if (!entry || !relationship) throw new PmoInputError(`${source} has no worksheet "${edit.sheet}" to write into`);
      const part = resolveTarget(workbookPart, relationship.target);
      const bytes = parts.get(part);
      if (!bytes) throw new PmoInputError(`${source}'s sheet "${entry.name}" has no part "${part}"; open it in Excel and save it again`);
      const { text, bom } = utf8Part(bytes, part);
      const cells = new Map(edit.cells.map((cell) => [cell.cell.replace(/\$/g, "").toUpperCase(), cell.value]));
      const tables = sheetTables(parts, part);
      const headerRows = new Set(tables.map((table) => tableHeaderRow(table.xml)).filter((row): row is number => row !== undefined));
      const edited = damageNamed(part, () => editSheetXml(text, entry.name, { cells, append: edit.appendRows ?? [], headerRows }, writing));
      setPartText(parts, part, (bom ? UTF8_BOM : "") + edited.xml);
      if (edited.formulasRemoved.length > 0) formulasRemoved.set(entry.sheetId, new Set(edited.formulasRemoved));
      for (const table of tables) {
        const grown = grownTable(table.xml, entry.name, edited.lastDataRow, edited.lastAppendedRow);
        if (grown !== undefined) setPartText(parts, table.part, grown);
      }
    }

    const styles = dateStyles.changedXml();
    if (styles !== undefined && stylesPart !== undefined) setPartText(parts, stylesPart, styles);
    if (formulasRemoved.size > 0) workbookRels = dropCalcChainEntries(parts, workbookPart, workbookRels, formulasRemoved);
    if (workbookRels !== (partText(parts, workbookRelsPart) ?? "")) setPartText(parts, workbookRelsPart, workbookRels);
    return parts.toBytes(options.deflateRaw);
  } catch (error) {
    throw packageProblem(error, source) ?? new PmoInputError(`${source} could not be written: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** What `edit` makes, or PartDamagedError naming the part when the part's XML is not sound (rows out of order, cut short). */
function damageNamed<T>(part: string, edit: () => T): T {
  try {
    return edit();
  } catch (error) {
    if (error instanceof PmoInputError) throw error;
    throw new PartDamagedError(part, error instanceof Error ? error.message : String(error));
  }
}

/** A sheet part as text; a UTF-16 part (rare) is refused rather than rewritten in another encoding. */
function utf8Part(bytes: Uint8Array, part: string): { text: string; bom: boolean } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new PartDamagedError(part, "the sheet is saved as UTF-16, which pmo does not edit");
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes), bom };
}

/** The Excel tables of a sheet part, found through its relationships. */
function sheetTables(parts: PackageParts, sheetPart: string): { part: string; xml: string }[] {
  const tables: { part: string; xml: string }[] = [];
  for (const relationship of parseRelationships(partText(parts, relsPathOf(sheetPart)) ?? "")) {
    if (relationship.external || !relationship.type.endsWith("/table")) continue;
    const part = resolveTarget(sheetPart, relationship.target);
    const xml = partText(parts, part);
    if (xml !== undefined) tables.push({ part, xml });
  }
  return tables;
}

/** The workbook's relationships, without the calc chain's when its last entry goes. */
function dropCalcChainEntries(parts: PackageParts, workbookPart: string, relsXml: string, removed: ReadonlyMap<number, ReadonlySet<string>>): string {
  const relationship = parseRelationships(relsXml).find((r) => r.type.endsWith("/calcChain") && !r.external);
  const part = relationship && resolveTarget(workbookPart, relationship.target);
  let xml = part === undefined ? undefined : partText(parts, part);
  if (!relationship || !part || xml === undefined) return relsXml;
  for (const [sheetId, cells] of removed) {
    xml = withoutCellEntries(xml, sheetId, cells);
    if (xml === undefined) break;
  }
  if (xml !== undefined) {
    if (xml !== partText(parts, part)) setPartText(parts, part, xml);
    return relsXml;
  }
  parts.delete(part);
  const contentTypes = partText(parts, "[Content_Types].xml");
  if (contentTypes !== undefined) setPartText(parts, "[Content_Types].xml", removeOverride(contentTypes, part));
  return removeRelationship(relsXml, relationship.id);
}
