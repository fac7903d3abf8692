/**
 * A sheet's drawing part (`xl/drawings/drawingN.xml`): one chart frame per chart, anchored to the
 * cells the plan gives (moved and sized with them). Element order as ECMA-376 Part 1, 20.5
 * (dml-spreadsheetDrawing.xsd) requires, which Excel enforces:
 * - CT_Drawing (wsDr): twoCellAnchor*
 * - CT_TwoCellAnchor: from, to, graphicFrame, clientData
 * - CT_Marker (from, to): col, colOff, row, rowOff (0-based cells)
 * - CT_GraphicalObjectFrame: nvGraphicFramePr (cNvPr, cNvGraphicFramePr), xfrm, a:graphic
 */
import { PlanRange } from "../../../layout/sheet-plan";
import { escapeAttribute } from "./xml-text";

const SPREADSHEET_DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface ChartFrame {
  /** The cells the chart covers, whole. */
  anchor: PlanRange;
  /** The drawing's relationship to the chart part. */
  relationshipId: string;
  title: string;
}

function marker(tag: "from" | "to", column: number, row: number): string {
  return `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

function anchorXml(frame: ChartFrame, index: number): string {
  const { top, left, bottom, right } = frame.anchor;
  // From the top-left corner of the first cell to the bottom-right corner of the last, which is
  // the top-left corner of the cell after it (markers count cells from 0).
  return (
    `<xdr:twoCellAnchor>${marker("from", left - 1, top - 1)}${marker("to", right, bottom)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="Chart ${index + 1}" descr="${escapeAttribute(frame.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" xmlns:r="${REL_NS}" r:id="${escapeAttribute(frame.relationshipId)}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

export function renderDrawingXml(frames: readonly ChartFrame[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${SPREADSHEET_DRAWING_NS}" xmlns:a="${DRAWING_NS}">${frames.map(anchorXml).join("")}</xdr:wsDr>`
  );
}
