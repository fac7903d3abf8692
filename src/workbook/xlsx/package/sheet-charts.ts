/**
 * A PMO sheet's native charts as parts (SPEC 6): one drawing for the sheet, one chart part per
 * ChartPlan, wired through relationships and [Content_Types].xml. When a PMO sheet is written
 * again, the drawing its old version pointed at goes with its charts, so a second run leaves no
 * orphans; a part that anything else still points at (a user's drawing elsewhere) is never touched.
 */
import { DateSystem } from "../../../engine/values/date";
import { SheetPlan } from "../../../layout/sheet-plan";
import { drawableCharts } from "./chart-data";
import { renderChartXml } from "./chart-xml";
import { ChartFrame, renderDrawingXml } from "./drawing-xml";
import { freePartName, relativeTarget, sourceOfRelsPart } from "./part-naming";
import { addOverride, addRelationship, EMPTY_RELATIONSHIPS, parseRelationships, Relationship, relsPathOf, removeOverride, resolveTarget } from "./relationships";
import { PackageParts, partText, setPartText } from "./zip";

const OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DRAWING_REL = `${OFFICE_RELS}/drawing`;
const CHART_REL = `${OFFICE_RELS}/chart`;
export const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
/** Our sheet's relationships part holds only its drawing, so the id is fixed. */
export const SHEET_DRAWING_RELATIONSHIP_ID = "rId1";
/** What hangs off a chart part and is its own (Excel 2013+ writes a style and colours part per chart). */
const CHART_OWNED_TYPES = ["/chartStyle", "/chartColorStyle", "/chartUserShapes"];

export interface ChartPartsOptions {
  dateSystem: DateSystem;
  /** The workbook part's folder ("xl/"): drawings and charts go in its drawings/ and charts/. */
  workbookDir: string;
}

function internalRelationships(parts: PackageParts, sourcePart: string): Relationship[] {
  const xml = partText(parts, relsPathOf(sourcePart));
  return xml === undefined ? [] : parseRelationships(xml).filter((r) => !r.external);
}

/**
 * Whether a sheet's XML needs a `<drawing r:id>`: it does when the plan has a chart to draw.
 * The sheet's relationships part is then written by writeSheetCharts.
 */
export function drawingRelationshipIdFor(plan: SheetPlan): string | undefined {
  return drawableCharts(plan).length > 0 ? SHEET_DRAWING_RELATIONSHIP_ID : undefined;
}

/**
 * Removes the drawings a sheet about to be replaced points at, with their charts (and each chart's
 * style and colour parts) and their content-type overrides; returns the new [Content_Types].xml.
 * The sheet's own relationships part is left to the caller.
 */
export function removeSheetDrawings(parts: PackageParts, sheetPart: string, contentTypes: string): string {
  const drawings = ownedTree(parts, sheetPart, ["/drawing"], (drawingPart) =>
    ownedTree(parts, drawingPart, ["/chart"], (chartPart) => ownedTree(parts, chartPart, CHART_OWNED_TYPES, () => [])),
  );
  if (drawings.length === 0) return contentTypes;
  const everyPart = (nodes: readonly OwnedPart[]): string[] => nodes.flatMap((node) => [node.part, ...everyPart(node.children)]);
  const leaving = new Set([sheetPart, ...everyPart(drawings)].map((part) => relsPathOf(part).toLowerCase()));
  const kept = referencedElsewhere(parts, leaving);
  let types = contentTypes;
  // A part still pointed at from elsewhere stays, and so does everything under it.
  const remove = (node: OwnedPart) => {
    if (kept.has(node.part.toLowerCase())) return;
    parts.delete(node.part);
    parts.delete(relsPathOf(node.part));
    types = removeOverride(types, node.part);
    node.children.forEach(remove);
  };
  drawings.forEach(remove);
  return types;
}

interface OwnedPart {
  part: string;
  children: OwnedPart[];
}

/** The existing parts `sourcePart`'s relationships of these types point at, each with what it owns. */
function ownedTree(parts: PackageParts, sourcePart: string, typeEndings: readonly string[], childrenOf: (part: string) => OwnedPart[]): OwnedPart[] {
  return internalRelationships(parts, sourcePart)
    .filter((r) => typeEndings.some((ending) => r.type.endsWith(ending)))
    .map((r) => resolveTarget(sourcePart, r.target))
    .filter((part) => parts.has(part))
    .map((part) => ({ part, children: childrenOf(part) }));
}

/** Every part some relationship outside `leaving` (lower-case rels part names) points at, lower-cased. */
function referencedElsewhere(parts: PackageParts, leaving: ReadonlySet<string>): Set<string> {
  const referenced = new Set<string>();
  for (const relsPart of parts.names()) {
    const source = sourceOfRelsPart(relsPart);
    if (source === undefined || leaving.has(relsPart.toLowerCase())) continue;
    for (const relationship of parseRelationships(partText(parts, relsPart) ?? "")) {
      if (!relationship.external) referenced.add(resolveTarget(source, relationship.target).toLowerCase());
    }
  }
  return referenced;
}

/**
 * Writes the plan's charts for the sheet at `sheetPart` (whose relationships part is ours: any old
 * one is replaced): chart parts, the drawing and its relationships, the sheet's relationship to
 * it, and their overrides. Returns the new [Content_Types].xml.
 */
export function writeSheetCharts(parts: PackageParts, sheetPart: string, plan: SheetPlan, contentTypes: string, options: ChartPartsOptions): string {
  const charts = drawableCharts(plan);
  if (charts.length === 0) return contentTypes;
  let types = contentTypes;
  const drawing = freePartName(parts, `${options.workbookDir}drawings/`, "drawing", ".xml").part;
  let drawingRels = EMPTY_RELATIONSHIPS;
  const frames: ChartFrame[] = charts.map((chart, index) => {
    const chartPart = freePartName(parts, `${options.workbookDir}charts/`, "chart", ".xml").part;
    setPartText(parts, chartPart, renderChartXml(chart, plan, options.dateSystem));
    types = addOverride(types, chartPart, CHART_TYPE);
    const relationshipId = `rId${index + 1}`;
    drawingRels = addRelationship(drawingRels, { id: relationshipId, type: CHART_REL, target: relativeTarget(drawing, chartPart) });
    return { anchor: chart.anchor, relationshipId, title: chart.title };
  });
  setPartText(parts, drawing, renderDrawingXml(frames));
  setPartText(parts, relsPathOf(drawing), drawingRels);
  types = addOverride(types, drawing, DRAWING_TYPE);
  const sheetRels = addRelationship(EMPTY_RELATIONSHIPS, { id: SHEET_DRAWING_RELATIONSHIP_ID, type: DRAWING_REL, target: relativeTarget(sheetPart, drawing) });
  setPartText(parts, relsPathOf(sheetPart), sheetRels);
  return types;
}
