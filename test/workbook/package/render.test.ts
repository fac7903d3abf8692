/* eslint-disable @typescript-eslint/no-explicit-any -- fast-xml-parser output is untyped; the tests check its shape. */
import { XMLParser } from "fast-xml-parser";
import { renderSheetXml } from "../../../src/workbook/xlsx/package/sheet-xml";
import { CellStyleName } from "../../../src/layout/styles";
import { summaryPlan, AS_OF_DAY } from "./plans";
import { serialFromDay } from "../../../src/engine/values/date";

// Style i is the i-th name asked for + 10, so indexes in the XML are predictable by name.
const names: CellStyleName[] = [];
const styleIndex = (name: CellStyleName) => {
  if (!names.includes(name)) names.push(name);
  return 10 + names.indexOf(name);
};
const dxfIds = { Green: 4, Amber: 5, Red: 6, Grey: 7 };

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["row", "c", "cfRule", "conditionalFormatting", "mergeCell", "col", "cfvo", "color"].includes(name), parseTagValue: false });

function render() {
  const xml = renderSheetXml(summaryPlan(), styleIndex, dxfIds);
  return { xml, sheet: parser.parse(xml).worksheet };
}

function cell(sheet: any, ref: string): any {
  for (const row of sheet.sheetData.row) for (const c of row.c) if (c["@r"] === ref) return c;
  return undefined;
}

describe("renderSheetXml", () => {
  test("elements come in CT_Worksheet order", () => {
    const { xml } = render();
    const order = ["<sheetPr", "<dimension", "<sheetViews", "<sheetFormatPr", "<cols", "<sheetData", "<mergeCells", "<conditionalFormatting", "<pageMargins", "<pageSetup", "<headerFooter"];
    const positions = order.map((tag) => xml.indexOf(tag));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test("sheet properties, dimension, freeze pane, columns", () => {
    const { sheet } = render();
    expect(sheet.sheetPr.tabColor["@rgb"]).toBe("FF1F4E79");
    expect(sheet.sheetPr.pageSetUpPr["@fitToPage"]).toBe("1");
    expect(sheet.dimension["@ref"]).toBe("A1:E7");
    const pane = sheet.sheetViews.sheetView.pane;
    expect(pane).toEqual({ "@xSplit": "1", "@ySplit": "4", "@topLeftCell": "B5", "@activePane": "bottomRight", "@state": "frozen" });
    expect(sheet.sheetViews.sheetView["@tabSelected"]).toBeUndefined();
    expect(sheet.cols.col.map((c: any) => [c["@min"], c["@width"]])).toEqual([["1", "30"], ["2", "12"], ["3", "14"], ["4", "8"], ["5", "8"]]);
  });

  test("cells: inline strings, numbers, booleans, dates, styles; text that looks like a formula stays text", () => {
    const { xml, sheet } = render();
    expect(xml).not.toContain("<f>");
    expect(cell(sheet, "A5")).toEqual({ "@r": "A5", "@s": String(styleIndex("text")), "@t": "inlineStr", is: { t: { "#text": "=1+1", "@xml:space": "preserve" } } });
    expect(cell(sheet, "A6").is.t["#text"]).toBe("R&D <core>");
    expect(xml).toContain("R&amp;D &lt;core&gt;");
    expect(cell(sheet, "A7").is.t["#text"]).toBe("@cmd");
    expect(cell(sheet, "C5")).toEqual({ "@r": "C5", "@s": String(styleIndex("money")), v: "1234567" });
    expect(cell(sheet, "C6").v).toBe("-500");
    expect(cell(sheet, "E5")).toEqual({ "@r": "E5", "@t": "b", v: "1" });
    expect(cell(sheet, "E6").v).toBe("0");
    // 2026-11-30 is serial 46356 in the 1900 system.
    expect(serialFromDay(AS_OF_DAY)).toBe(46356);
    expect(cell(sheet, "B2")).toEqual({ "@r": "B2", "@s": String(styleIndex("date")), v: "46356" });
    // null without style: no cell; null with a style: a styled blank.
    expect(cell(sheet, "C7")).toBeUndefined();
    expect(cell(sheet, "D7")).toEqual({ "@r": "D7", "@s": String(styleIndex("ratio")) });
    // Row 3 is empty and is not written.
    expect(sheet.sheetData.row.map((r: any) => r["@r"])).toEqual(["1", "2", "4", "5", "6", "7"]);
  });

  test("merges and conditional formats", () => {
    const { sheet } = render();
    expect(sheet.mergeCells["@count"]).toBe("1");
    expect(sheet.mergeCells.mergeCell[0]["@ref"]).toBe("A1:E1");
    const [status, bar, scale] = sheet.conditionalFormatting;
    expect(status["@sqref"]).toBe("B5:B7");
    expect(status.cfRule.map((r: any) => [r["@type"], r["@operator"], r["@dxfId"], r["@priority"], r.formula])).toEqual([
      ["cellIs", "equal", "4", "1", '"Green"'],
      ["cellIs", "equal", "5", "2", '"Amber"'],
      ["cellIs", "equal", "6", "3", '"Red"'],
      ["cellIs", "equal", "7", "4", '"Grey"'],
    ]);
    expect(bar["@sqref"]).toBe("C5:C7");
    expect(bar.cfRule[0]["@type"]).toBe("dataBar");
    expect(bar.cfRule[0]["@priority"]).toBe("5");
    expect(bar.cfRule[0].dataBar.cfvo.map((c: any) => c["@type"])).toEqual(["min", "max"]);
    expect(bar.cfRule[0].dataBar.color[0]["@rgb"]).toBe("FF5B9BD5");
    expect(scale.cfRule[0]["@type"]).toBe("colorScale");
    expect(scale.cfRule[0].colorScale.color.map((c: any) => c["@rgb"])).toEqual(["FFFFFFFF", "FFF8696B"]);
  });

  test("landscape, one page wide, title in the header", () => {
    const { sheet } = render();
    expect(sheet.pageSetup).toEqual({ "@orientation": "landscape", "@fitToWidth": "1", "@fitToHeight": "0" });
    expect(sheet.pageMargins["@left"]).toBe("0.7");
    expect(sheet.headerFooter.oddHeader).toBe('&C&"-,Bold"PMO Summary 2026-11');
  });

  test("freeze of rows only uses the bottom-left pane; no freeze writes no pane", () => {
    const rowsOnly = parser.parse(renderSheetXml({ ...summaryPlan(), freeze: { row: 3, column: 1 } }, styleIndex, dxfIds)).worksheet;
    expect(rowsOnly.sheetViews.sheetView.pane).toEqual({ "@ySplit": "2", "@topLeftCell": "A3", "@activePane": "bottomLeft", "@state": "frozen" });
    const none = parser.parse(renderSheetXml({ ...summaryPlan(), freeze: undefined }, styleIndex, dxfIds)).worksheet;
    expect(none.sheetViews.sheetView.pane).toBeUndefined();
  });

  test("dates follow the 1904 system when asked; a non-finite number becomes #NUM!", () => {
    const plan = { ...summaryPlan(), rows: [[{ value: { date: AS_OF_DAY } }, { value: Number.NaN }]] };
    const sheet = parser.parse(renderSheetXml(plan, styleIndex, dxfIds, { dateSystem: 1904 })).worksheet;
    expect(cell(sheet, "A1").v).toBe(String(46356 - 1462));
    expect(cell(sheet, "A1")["@s"]).toBe(String(styleIndex("date")));
    expect(cell(sheet, "B1")).toEqual({ "@r": "B1", "@t": "e", v: "#NUM!" });
  });
});
