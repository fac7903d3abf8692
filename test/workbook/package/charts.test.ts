/**
 * The .xlsx writer draws a plan's charts natively (SPEC 6): a drawing per PMO sheet, a DrawingML
 * chart part per ChartPlan whose series point at the plan's ranges and cache its values, wired
 * through relationships and content types, in the schema's element order; a second run replaces
 * them, and the user's own drawings and charts keep their bytes.
 */
import { strFromU8, strToU8, zipSync } from "fflate";
import { spliceSheets } from "../../../src/workbook/xlsx/package";
import { openZip } from "../../../src/workbook/xlsx/zip";
import { CHART_ORDER, DRAWING_ORDER, WORKSHEET_ORDER } from "./chart-schema";
import { childNames, expectedChart, Files, orderProblems, packageProblems, partsMatching, readChart, relsOf, sheetCharts, sheetPart, text, unzipFiles } from "./chart-package";
import { chartsPlan, historyPlan } from "./plans";
import { loadWithExcelJS } from "./read-back";
import { buildRichWorkbook } from "./rich-workbook";

const SUMMARY = "PMO Summary 2026-11";
const plan = chartsPlan();
const drawable = plan.charts.filter((chart) => chart.series.length > 0);
/** The rich workbook's own drawings (an image on Projects, a chart on Data) and chart. */
const USER_PARTS = ["xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels", "xl/drawings/drawing2.xml", "xl/drawings/_rels/drawing2.xml.rels", "xl/charts/chart1.xml", "xl/media/image1.png"];

let input: Uint8Array;
let once: Uint8Array;
let files: Files;
beforeAll(async () => {
  input = await buildRichWorkbook();
  once = spliceSheets(input, [plan, historyPlan(3)]);
  files = unzipFiles(once);
});

describe("native charts in the .xlsx", () => {
  test("one drawing for the sheet and a chart part of the right kind per drawable ChartPlan", () => {
    const { drawings, charts } = sheetCharts(files, sheetPart(files, SUMMARY));
    expect(drawings).toEqual(["xl/drawings/drawing3.xml"]);
    expect(charts).toEqual(["xl/charts/chart2.xml", "xl/charts/chart3.xml", "xl/charts/chart4.xml", "xl/charts/chart5.xml"]);
    expect(charts.map((chart) => readChart(text(files, chart)).group)).toEqual(["c:pieChart", "c:barChart", "c:barChart", "c:lineChart"]);
    expect(text(files, charts[1])).toContain(`<c:barDir val="col"/><c:grouping val="stacked"/>`);
    expect(text(files, charts[1])).toContain(`<c:overlap val="100"/>`);
    expect(text(files, charts[2])).toContain(`<c:barDir val="col"/><c:grouping val="clustered"/>`);
    expect(text(files, charts[2])).not.toContain("<c:overlap");
  });

  test("series point at the plan's ranges and cache its values; titles and names come back as written", () => {
    const { charts } = sheetCharts(files, sheetPart(files, SUMMARY));
    charts.forEach((chart, index) => expect(readChart(text(files, chart))).toEqual(expectedChart(plan, drawable[index])));
    expect(text(files, charts[0])).toContain(`<c:f>'PMO Summary 2026-11'!$B$12:$E$12</c:f>`);
    expect(text(files, charts[1])).toContain(`<a:t>Status by R&amp;D &lt;core&gt;</a:t>`);
  });

  test("sheet names with apostrophes are quoted with the apostrophes doubled", () => {
    const named = chartsPlan("O'Neil & Co's PMO");
    const output = unzipFiles(spliceSheets(input, [named]));
    const { charts } = sheetCharts(output, sheetPart(output, "O'Neil & Co's PMO"));
    expect(text(output, charts[2])).toContain(`<c:f>'O''Neil &amp; Co''s PMO'!$F$4:$F$6</c:f>`);
    charts.forEach((chart, index) => expect(readChart(text(output, chart))).toEqual(expectedChart(named, drawable[index])));
  });

  test("a sheet replaced under another case keeps its name, and the formulas use it", () => {
    const lower = spliceSheets(input, [chartsPlan("pmo summary 2026-11")]);
    const output = unzipFiles(spliceSheets(lower, [plan]));
    const { charts } = sheetCharts(output, sheetPart(output, "pmo summary 2026-11"));
    expect(text(output, charts[0])).toContain(`<c:f>'pmo summary 2026-11'!$B$12:$E$12</c:f>`);
    expect(text(output, charts[0])).not.toContain("PMO Summary");
  });

  test("series take the plan's colours, pie slices their status colours, the rest the Office accents", () => {
    const { charts } = sheetCharts(files, sheetPart(files, SUMMARY));
    const fills = (xml: string) => [...xml.matchAll(/<a:srgbClr val="(\w+)"\/>/g)].map(([, color]) => color);
    expect(fills(text(files, charts[0]))).toEqual(["C6EFCE", "FFEB9C", "FFC7CE", "E7E6E6"]);
    expect(fills(text(files, charts[2]))).toEqual(["1F4E79", "ED7D31"]);
    expect(text(files, charts[3])).toContain(`<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="C6EFCE"/></a:solidFill><a:round/></a:ln></c:spPr>`);
  });

  test("each frame is anchored to the cells of its plan's anchor", () => {
    const drawing = text(files, "xl/drawings/drawing3.xml");
    const markers = [...drawing.matchAll(/<xdr:(from|to)><xdr:col>(\d+)<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row>/g)].map(([, , col, row]) => [Number(col), Number(row)]);
    // Markers count from 0 and "to" is the corner after the last cell: the anchor's right and bottom.
    expect(markers).toEqual(drawable.flatMap(({ anchor }) => [[anchor.left - 1, anchor.top - 1], [anchor.right, anchor.bottom]]));
  });

  test("the sheet, drawing and chart parts follow the schema's element order", () => {
    const summary = sheetPart(files, SUMMARY);
    const { drawings, charts } = sheetCharts(files, summary);
    expect(orderProblems(text(files, summary), WORKSHEET_ORDER)).toEqual([]);
    expect(text(files, summary)).toMatch(/<\/headerFooter><drawing r:id="rId1"\/><\/worksheet>$/);
    expect(orderProblems(text(files, drawings[0]), DRAWING_ORDER)).toEqual([]);
    for (const chart of charts) expect([chart, orderProblems(text(files, chart), CHART_ORDER)]).toEqual([chart, []]);
    // Every sequence was put to the test by some part.
    const seen = new Set([...charts, ...drawings].flatMap((part) => [...childNames(text(files, part)).keys()]));
    expect([...Object.keys(CHART_ORDER), ...Object.keys(DRAWING_ORDER)].filter((key) => !seen.has(key))).toEqual([]);
  });

  test("the order check itself catches an element out of place or unknown", () => {
    const chart = text(files, sheetCharts(files, sheetPart(files, SUMMARY)).charts[1]);
    const swapped = chart.replace(`<c:idx val="0"/><c:order val="0"/>`, `<c:order val="0"/><c:idx val="0"/>`).replace(`<c:autoTitleDeleted val="0"/>`, `<c:autoTitleDeleted val="0"/><c:bogus/>`);
    expect(orderProblems(swapped, CHART_ORDER)).toEqual(["c:chart: c:bogus is not allowed", "c:barChart>c:ser: c:idx is out of order in [c:order, c:idx, c:tx, c:spPr, c:invertIfNegative, c:cat, c:val]"]);
  });

  test("relationships and content types agree, and a sheet without charts has no drawing", () => {
    expect(packageProblems(files)).toEqual([]);
    const history = sheetPart(files, "PMO History");
    expect(Object.keys(files)).not.toContain(relsOf(history));
    expect(text(files, history)).not.toContain("<drawing");
  });

  test("a second run replaces the charts: the same parts, no orphans, no stale overrides", () => {
    const twice = unzipFiles(spliceSheets(once, [plan, historyPlan(3)]));
    expect(partsMatching(twice, /^xl\/(charts|drawings)\//)).toEqual(partsMatching(files, /^xl\/(charts|drawings)\//));
    expect(packageProblems(twice)).toEqual([]);
    expect(sheetCharts(twice, sheetPart(twice, SUMMARY))).toEqual(sheetCharts(files, sheetPart(files, SUMMARY)));
    // Fewer charts the next time: the surplus parts go with their overrides.
    const fewer = unzipFiles(spliceSheets(once, [{ ...plan, charts: plan.charts.slice(0, 1) }]));
    expect(partsMatching(fewer, /^xl\/charts\//)).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml"]);
    expect(packageProblems(fewer)).toEqual([]);
    const none = unzipFiles(spliceSheets(once, [{ ...plan, charts: [] }]));
    expect(partsMatching(none, /^xl\/(charts|drawings)\/[^_]/)).toEqual(["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/drawings/drawing2.xml", "xl/drawings/vmlDrawing1.vml"]);
    expect(packageProblems(none)).toEqual([]);
  });

  test("the user's drawings and chart keep their bytes, first run and second", () => {
    const twice = spliceSheets(once, [plan, historyPlan(3)]);
    const source = openZip(input);
    for (const output of [once, twice]) {
      const zip = openZip(output);
      for (const name of USER_PARTS) {
        const before = source.find(name)!;
        const after = zip.find(name)!;
        expect([name, Buffer.from(zip.compressedData(after)).equals(Buffer.from(source.compressedData(before)))]).toEqual([name, true]);
      }
    }
    expect(text(unzipFiles(twice), "xl/worksheets/_rels/sheet3.xml.rels")).toBe(text(unzipFiles(input), "xl/worksheets/_rels/sheet3.xml.rels"));
  });

  test("an old drawing that another sheet shows too is kept on a second run", () => {
    // The user made the Data sheet show our drawing as well: it is no longer ours alone to remove.
    const shared = { ...files };
    const dataRels = "xl/worksheets/_rels/sheet3.xml.rels";
    shared[dataRels] = strToU8(strFromU8(shared[dataRels]).replace("</Relationships>", `<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing3.xml"/></Relationships>`));
    const twice = unzipFiles(spliceSheets(zipSync(shared), [plan]));
    expect(Buffer.from(twice["xl/drawings/drawing3.xml"]).equals(Buffer.from(files["xl/drawings/drawing3.xml"]))).toBe(true);
    expect(sheetCharts(twice, sheetPart(twice, SUMMARY)).drawings).toEqual(["xl/drawings/drawing4.xml"]);
    expect(packageProblems(twice)).toEqual([]);
  });

  test("ExcelJS loads the output, the image on Projects included", async () => {
    const workbook = await loadWithExcelJS(once);
    expect(workbook.getWorksheet(SUMMARY)?.getCell("A4").value).toBe("R&D <core>");
    expect(workbook.getWorksheet("Projects")?.getImages()).toHaveLength(1);
  });
});
