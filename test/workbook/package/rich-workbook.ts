/**
 * Test input: a workbook holding what a library round-trip would lose. ExcelJS writes the images,
 * notes (legacy comments + VML), defined names, data validation and shared strings; a chart (a
 * drawing + chart part) and a pivot table (cache definition, records and table, wired through the
 * relationships and the workbook's <pivotCaches>) and a calc chain are added by editing the zip.
 */
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync, Zippable } from "fflate";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DECL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
/** A 1x1 PNG. */
export const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

export const ADDED_PARTS = {
  drawing: "xl/drawings/drawing2.xml",
  drawingRels: "xl/drawings/_rels/drawing2.xml.rels",
  chart: "xl/charts/chart1.xml",
  cacheDefinition: "xl/pivotCache/pivotCacheDefinition1.xml",
  cacheDefinitionRels: "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
  cacheRecords: "xl/pivotCache/pivotCacheRecords1.xml",
  pivotTable: "xl/pivotTables/pivotTable1.xml",
  pivotTableRels: "xl/pivotTables/_rels/pivotTable1.xml.rels",
  dataSheetRels: "xl/worksheets/_rels/sheet3.xml.rels",
  calcChain: "xl/calcChain.xml",
};

/** Sheets: Projects (image, note, validation), PMO History (old rows), Data (chart, pivot). */
export async function buildRichWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const projects = workbook.addWorksheet("Projects");
  projects.addRow(["Id", "Name", "Status"]);
  projects.addRow(["P-1", "Apollo", "Green"]);
  projects.addRow(["P-2", "Borealis", "Red"]);
  projects.getCell("A1").note = "Project identifier";
  projects.getCell("C2").dataValidation = { type: "list", allowBlank: true, formulae: ['"Green,Amber,Red,Grey"'] };
  projects.getCell("B2").font = { bold: true, color: { argb: "FF0000FF" } };
  workbook.definedNames.add("Projects!$A$1:$C$3", "ProjectTable");
  const image = workbook.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: "png" });
  projects.addImage(image, "E2:F4");
  const history = workbook.addWorksheet("PMO History");
  history.addRow(["Month", "Id", "Status"]);
  history.addRow(["2026-10", "P-1", "Amber"]);
  history.getCell("D2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
  const data = workbook.addWorksheet("Data");
  data.addRow(["Group", "Value"]);
  data.addRow(["A", 1]);
  data.addRow(["B", 2]);
  data.getCell("C1").value = { formula: "SUM(B2:B3)", result: 3 };
  const written = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  return addChartPivotAndCalcChain(written);
}

function addChartPivotAndCalcChain(input: Uint8Array): Uint8Array {
  const parts = unzipSync(input);
  const text = (name: string) => strFromU8(parts[name]);
  const set = (name: string, xml: string) => (parts[name] = strToU8(xml));
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`;
  const rels = (...entries: string[]) => `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${entries.join("")}</Relationships>`;

  set(ADDED_PARTS.chart, chartXml());
  set(ADDED_PARTS.drawing, drawingXml());
  set(ADDED_PARTS.drawingRels, rels(rel("rId1", "chart", "../charts/chart1.xml")));
  set(ADDED_PARTS.cacheDefinition, cacheDefinitionXml());
  set(ADDED_PARTS.cacheDefinitionRels, rels(rel("rId1", "pivotCacheRecords", "pivotCacheRecords1.xml")));
  set(ADDED_PARTS.cacheRecords, `${DECL}<pivotCacheRecords xmlns="${MAIN}" xmlns:r="${R}" count="2"><r><x v="0"/><n v="1"/></r><r><x v="1"/><n v="2"/></r></pivotCacheRecords>`);
  set(ADDED_PARTS.pivotTable, pivotTableXml());
  set(ADDED_PARTS.pivotTableRels, rels(rel("rId1", "pivotCacheDefinition", "../pivotCache/pivotCacheDefinition1.xml")));
  set(ADDED_PARTS.dataSheetRels, rels(rel("rId1", "drawing", "../drawings/drawing2.xml"), rel("rId2", "pivotTable", "../pivotTables/pivotTable1.xml")));
  set(ADDED_PARTS.calcChain, `${DECL}<calcChain xmlns="${MAIN}"><c r="C1" i="3"/></calcChain>`);
  set("xl/worksheets/sheet3.xml", text("xl/worksheets/sheet3.xml").replace("</worksheet>", `<drawing r:id="rId1"/></worksheet>`));
  set(
    "xl/_rels/workbook.xml.rels",
    text("xl/_rels/workbook.xml.rels").replace(
      "</Relationships>",
      rel("rId90", "pivotCacheDefinition", "pivotCache/pivotCacheDefinition1.xml") + rel("rId91", "calcChain", "calcChain.xml") + "</Relationships>",
    ),
  );
  set("xl/workbook.xml", text("xl/workbook.xml").replace(/(<calcPr[^>]*\/>)/, `$1<pivotCaches><pivotCache cacheId="1" r:id="rId90"/></pivotCaches>`));
  const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.${type}+xml"/>`;
  set(
    "[Content_Types].xml",
    text("[Content_Types].xml").replace(
      "</Types>",
      override(ADDED_PARTS.drawing, "drawing") +
        override(ADDED_PARTS.chart, "drawingml.chart") +
        override(ADDED_PARTS.cacheDefinition, "spreadsheetml.pivotCacheDefinition") +
        override(ADDED_PARTS.cacheRecords, "spreadsheetml.pivotCacheRecords") +
        override(ADDED_PARTS.pivotTable, "spreadsheetml.pivotTable") +
        override(ADDED_PARTS.calcChain, "spreadsheetml.calcChain") +
        "</Types>",
    ),
  );
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(parts)) zippable[name] = data;
  return zipSync(zippable, { level: 6 });
}

function drawingXml(): string {
  const marker = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
    `<xdr:twoCellAnchor>${marker("from", 4, 1)}${marker("to", 10, 15)}<xdr:graphicFrame macro="">` +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}

function chartXml(): string {
  return (
    `${DECL}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}">` +
    `<c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>Data!$A$2:$A$3</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>Data!$B$2:$B$3</c:f></c:numRef></c:val></c:ser>` +
    `<c:axId val="1"/><c:axId val="2"/></c:barChart>` +
    `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>` +
    `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>` +
    `</c:plotArea></c:chart></c:chartSpace>`
  );
}

function cacheDefinitionXml(): string {
  return (
    `${DECL}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" r:id="rId1" refreshOnLoad="1" recordCount="2">` +
    `<cacheSource type="worksheet"><worksheetSource ref="A1:B3" sheet="Data"/></cacheSource>` +
    `<cacheFields count="2"><cacheField name="Group" numFmtId="0"><sharedItems count="2"><s v="A"/><s v="B"/></sharedItems></cacheField>` +
    `<cacheField name="Value" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="1" maxValue="2"/></cacheField></cacheFields>` +
    `</pivotCacheDefinition>`
  );
}

function pivotTableXml(): string {
  return (
    `${DECL}<pivotTableDefinition xmlns="${MAIN}" name="PivotTable1" cacheId="1" dataCaption="Values" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1">` +
    `<location ref="E20:F23" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>` +
    `<pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields>` +
    `<rowFields count="1"><field x="0"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems>` +
    `<colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Sum of Value" fld="1" baseField="0" baseItem="0"/></dataFields>` +
    `</pivotTableDefinition>`
  );
}
