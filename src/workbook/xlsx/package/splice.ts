/**
 * Puts our sheets into the user's workbook at the package level (SPEC 7): every part we do not
 * need to edit keeps its exact bytes and name, so charts, pivot tables, slicers, images, comments
 * and anything a library would not understand survive. We edit only the workbook part, its
 * relationships, [Content_Types].xml and styles.xml, each by inserting text, never re-serialising;
 * our sheets' charts are new parts of their own (sheet-charts.ts).
 */
import { sameSheetName } from "../../../engine/schema/fields";
import { SheetPlan } from "../../../layout/sheet-plan";
import { PackageParts, partText, setPartText } from "./zip";
import { DeflateRaw } from "../zip";
import {
  addOverride,
  addRelationship,
  contentTypeOf,
  EMPTY_RELATIONSHIPS,
  newRelationshipId,
  parseRelationships,
  relsPathOf,
  removeOverride,
  removeRelationship,
  resolveTarget,
} from "./relationships";
import { withoutSheetEntries } from "./calc-chain";
import { addSheetEntry, checkSheetName, dateSystemOf, parseSheetEntries } from "./workbook-xml";
import { MINIMAL_STYLES_XML, mergeStyles } from "./styles-merge";
import { renderSheetBytes } from "./sheet-xml";
import { withWorksheetTitles } from "./app-properties";
import { PmoInputError } from "../../../engine/errors";
import { PartDamagedError } from "./package-errors";
import { startTags } from "./xml-scopes";
import { freePartName } from "./part-naming";
import { drawingRelationshipIdFor, removeSheetDrawings, writeSheetCharts } from "./sheet-charts";

const TRANSITIONAL_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_REL = `${TRANSITIONAL_RELS}/worksheet`;
const STYLES_REL = `${TRANSITIONAL_RELS}/styles`;
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const CONTENT_TYPES = "[Content_Types].xml";
/** Where Excel keeps the extended properties; other packages may not have it, which is fine. */
const APP_PROPERTIES = "docProps/app.xml";

/** Sheet names in tab order. */
export function listSheets(input: Uint8Array): string[] {
  const parts = PackageParts.open(input);
  return parseSheetEntries(requiredText(parts, findWorkbookPart(parts))).map((sheet) => sheet.name);
}

/** `deflateRaw`: the compressor for our parts (fflate's unless Node passes its zlib). */
export function spliceSheets(input: Uint8Array, sheets: readonly SheetPlan[], deflateRaw?: DeflateRaw): Uint8Array {
  const parts = PackageParts.open(input);
  splicePackage(parts, sheets);
  return parts.toBytes(deflateRaw);
}

/** Same as spliceSheets, on parts already read (edited in place). */
export function splicePackage(parts: PackageParts, sheets: readonly SheetPlan[]): void {
  checkPlanNames(sheets);
  const workbookPart = findWorkbookPart(parts);
  const workbookRelsPart = relsPathOf(workbookPart);
  let workbookXml = soundXml(workbookPart, requiredText(parts, workbookPart));
  let relsXml = soundXml(workbookRelsPart, partText(parts, workbookRelsPart) ?? EMPTY_RELATIONSHIPS);
  let contentTypes = soundXml(CONTENT_TYPES, requiredText(parts, CONTENT_TYPES));

  // Styles first: the sheets are rendered with the indexes the merge hands out.
  let stylesPart = parseRelationships(relsXml).find((r) => r.type.endsWith("/styles") && !r.external);
  if (!stylesPart) {
    const target = freePartName(parts, workbookDir(workbookPart), "styles", ".xml");
    relsXml = addRelationship(relsXml, { id: newRelationshipId(parseRelationships(relsXml)), type: STYLES_REL, target: target.relative });
    contentTypes = addOverride(contentTypes, target.part, STYLES_TYPE);
    stylesPart = { id: "", type: STYLES_REL, target: target.relative, external: false };
  }
  const stylesName = resolveTarget(workbookPart, stylesPart.target);
  const styles = mergeStyles(soundXml(stylesName, partText(parts, stylesName) ?? MINIMAL_STYLES_XML));
  setPartText(parts, stylesName, styles.xml);
  const styleIndex = (name: keyof typeof styles.styleIndex) => styles.styleIndex[name];
  const dateSystem = dateSystemOf(workbookXml);

  const added: string[] = [];
  for (const plan of sheets) {
    const xml = renderSheetBytes(plan, styleIndex, styles.dxfIds, { dateSystem, drawingRelationshipId: drawingRelationshipIdFor(plan) });
    const chartOptions = { dateSystem, workbookDir: workbookDir(workbookPart) };
    const entries = parseSheetEntries(workbookXml);
    const relationships = parseRelationships(relsXml);
    const existing = entries.find((entry) => sameSheetName(entry.name, plan.name));
    if (existing) {
      // Replace in place: same part, same tab position and sheetId, so names and links hold.
      const relationship = relationships.find((r) => r.id === existing.relationshipId);
      const part = relationship && resolveTarget(workbookPart, relationship.target);
      if (!relationship || !part || !relationship.type.endsWith("/worksheet") || contentTypeOf(contentTypes, part) !== WORKSHEET_TYPE) {
        throw new PmoInputError(`The workbook has a sheet "${existing.name}" that is not a worksheet (a chart sheet?); pmo writes a sheet of that name, so rename or delete it first`);
      }
      parts.set(part, xml);
      // Our sheet refers to nothing but its own drawing; the old sheet's relationships (drawings,
      // comments...) go, and the drawings with their charts (ours from an earlier run) too.
      contentTypes = removeSheetDrawings(parts, part, contentTypes);
      parts.delete(relsPathOf(part));
      // The sheet keeps its name (matched without regard to case): the charts' formulas use it.
      contentTypes = writeSheetCharts(parts, part, { ...plan, name: existing.name }, contentTypes, chartOptions);
      ({ relsXml, contentTypes } = dropCalcChainEntries(parts, workbookPart, relsXml, contentTypes, existing.sheetId));
      continue;
    }
    added.push(plan.name);
    const target = freePartName(parts, `${workbookDir(workbookPart)}worksheets/`, "sheet", ".xml");
    const relationshipId = newRelationshipId(relationships);
    parts.set(target.part, xml);
    contentTypes = writeSheetCharts(parts, target.part, plan, contentTypes, chartOptions);
    relsXml = addRelationship(relsXml, { id: relationshipId, type: WORKSHEET_REL, target: `worksheets/${target.relative}` });
    const sheetId = entries.reduce((max, entry) => Math.max(max, Number.isFinite(entry.sheetId) ? entry.sheetId : 0), 0) + 1;
    workbookXml = addSheetEntry(workbookXml, { name: plan.name, sheetId, relationshipId });
    contentTypes = addOverride(contentTypes, target.part, WORKSHEET_TYPE);
  }
  setIfChanged(parts, workbookPart, workbookXml);
  setIfChanged(parts, workbookRelsPart, relsXml);
  setIfChanged(parts, CONTENT_TYPES, contentTypes);
  const appText = partText(parts, APP_PROPERTIES);
  const appXml = appText === undefined ? undefined : soundXml(APP_PROPERTIES, appText);
  if (appXml !== undefined && added.length > 0) setIfChanged(parts, APP_PROPERTIES, withWorksheetTitles(appXml, added));
}

/** See calc-chain.ts: only a replaced sheet's own formula entries go, and the part only if emptied. */
function dropCalcChainEntries(parts: PackageParts, workbookPart: string, relsXml: string, contentTypes: string, sheetId: number) {
  const relationship = parseRelationships(relsXml).find((r) => r.type.endsWith("/calcChain") && !r.external);
  const part = relationship && resolveTarget(workbookPart, relationship.target);
  const xml = part && partText(parts, part);
  if (!relationship || !part || xml === undefined) return { relsXml, contentTypes };
  const remaining = withoutSheetEntries(xml, sheetId);
  if (remaining !== undefined) {
    setIfChanged(parts, part, remaining);
    return { relsXml, contentTypes };
  }
  parts.delete(part);
  return { relsXml: removeRelationship(relsXml, relationship.id), contentTypes: removeOverride(contentTypes, part) };
}

/** The workbook part, found the way Excel finds it: the package's officeDocument relationship. */
export function findWorkbookPart(parts: PackageParts): string {
  const rootRels = partText(parts, "_rels/.rels");
  const office = rootRels && parseRelationships(rootRels).find((r) => r.type.endsWith("/officeDocument") && !r.external);
  if (office && office.type !== `${TRANSITIONAL_RELS}/officeDocument`) {
    throw new Error("Strict Open XML workbooks are not supported; save the file as an Excel Workbook (.xlsx)");
  }
  const name = office ? resolveTarget("", office.target) : "xl/workbook.xml";
  if (!parts.has(name)) throw new Error("not an Excel workbook (no workbook part in the package)");
  return name;
}

function workbookDir(workbookPart: string): string {
  return workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
}

function checkPlanNames(sheets: readonly SheetPlan[]): void {
  sheets.forEach((plan, index) => {
    checkSheetName(plan.name);
    if (sheets.findIndex((other) => sameSheetName(other.name, plan.name)) !== index) throw new Error(`sheet "${plan.name}" is planned twice`);
  });
}

/**
 * The text of a part we are about to edit, once it is known to be well-formed: edits by text
 * insertion into damaged XML would make a package Excel has to repair.
 */
function soundXml(part: string, xml: string): string {
  try {
    startTags(xml);
  } catch (error) {
    throw new PartDamagedError(part, error instanceof Error ? error.message : String(error));
  }
  return xml;
}

function requiredText(parts: PackageParts, name: string): string {
  const text = partText(parts, name);
  if (text === undefined) throw new Error(`not an Excel workbook (no ${name})`);
  return text;
}

function setIfChanged(parts: PackageParts, name: string, text: string): void {
  if (partText(parts, name) !== text) setPartText(parts, name, text);
}
