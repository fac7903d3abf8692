import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { listSheets, spliceSheets } from "../../../src/workbook/xlsx/package";
import { buildRichWorkbook } from "./rich-workbook";
import { historyPlan, summaryPlan } from "./plans";
import { loadWithExcelJS, unzipText } from "./read-back";

let input: Uint8Array;
beforeAll(async () => {
  input = await buildRichWorkbook();
});

describe("spliceSheets", () => {
  test("adds the summary at the end and replaces PMO History in place", async () => {
    expect(listSheets(input)).toEqual(["Projects", "PMO History", "Data"]);
    const output = spliceSheets(input, [summaryPlan(), historyPlan(3)]);
    expect(listSheets(output)).toEqual(["Projects", "PMO History", "Data", "PMO Summary 2026-11"]);
    const workbook = await loadWithExcelJS(output);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Projects", "PMO History", "Data", "PMO Summary 2026-11"]);
    const history = workbook.getWorksheet("PMO History") as ExcelJS.Worksheet;
    expect(history.getCell("A1").value).toBe("Month");
    expect(history.getCell("B4").value).toBe("P-3");
    // The old history's D2 (empty, filled red) is now our SPI with no fill: replaced, not merged.
    expect(history.getCell("D2").value).toBe(1);
    expect(history.getCell("D3").value).toBe(1.01);
    expect(history.getCell("D2").fill).not.toMatchObject({ pattern: "solid" });
    expect(history.rowCount).toBe(4);
    // Same part and sheetId as before.
    const workbookXml = unzipText(output).get("xl/workbook.xml") as string;
    expect(workbookXml).toContain('<sheet sheetId="2" name="PMO History" state="visible" r:id="rId5"/>');
    expect(workbookXml).toContain('<sheet name="PMO Summary 2026-11" sheetId="4" r:id="rId92"/>');
  });

  test("values, styles and number formats read back with ExcelJS", async () => {
    const workbook = await loadWithExcelJS(spliceSheets(input, [summaryPlan()]));
    const sheet = workbook.getWorksheet("PMO Summary 2026-11") as ExcelJS.Worksheet;
    expect(sheet.getCell("A1").value).toBe("PMO Summary November 2026");
    expect(sheet.getCell("A1").font).toMatchObject({ bold: true, size: 16, color: { argb: "FF1F4E79" } });
    expect(sheet.getCell("A5").value).toBe("=1+1");
    expect(sheet.getCell("A5").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("A5").formula).toBeUndefined();
    expect(sheet.getCell("A6").value).toBe("R&D <core>");
    expect(sheet.getCell("A7").value).toBe("@cmd");
    expect(sheet.getCell("B5").value).toBe("Green");
    expect(sheet.getCell("B5").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFC6EFCE" } });
    expect(sheet.getCell("B5").font).toMatchObject({ bold: true, color: { argb: "FF006100" } });
    expect(sheet.getCell("B5").alignment).toMatchObject({ horizontal: "center" });
    expect(sheet.getCell("B6").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(sheet.getCell("C5").value).toBe(1234567);
    expect(sheet.getCell("C5").numFmt).toBe("#,##0;[Red]-#,##0");
    expect(sheet.getCell("D5").numFmt).toBe("0.00");
    expect(sheet.getCell("E5").value).toBe(true);
    expect(sheet.getCell("E6").value).toBe(false);
    // A date cell comes back as a Date (ExcelJS reads dates as UTC) with the date format.
    expect(sheet.getCell("B2").value).toEqual(new Date(Date.UTC(2026, 10, 30)));
    expect(sheet.getCell("B2").numFmt).toBe("yyyy-mm-dd");
    expect(sheet.getCell("A4").border?.bottom?.style).toBe("thin");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 4 });
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.getCell("A1").isMerged).toBe(true);
    expect(sheet.getCell("E1").master.address).toBe("A1");
  });

  test("the user's cell styles keep their indexes (bold blue B2 on Projects)", async () => {
    const workbook = await loadWithExcelJS(spliceSheets(input, [summaryPlan()]));
    const projects = workbook.getWorksheet("Projects") as ExcelJS.Worksheet;
    expect(projects.getCell("B2").font).toMatchObject({ bold: true, color: { argb: "FF0000FF" } });
  });

  test("a second run reuses the styles the first one added instead of appending again", () => {
    const once = spliceSheets(input, [summaryPlan()]);
    const twice = spliceSheets(once, [summaryPlan()]);
    const styles = (bytes: Uint8Array) => unzipText(bytes).get("xl/styles.xml");
    expect(styles(twice)).toBe(styles(once));
    expect(listSheets(twice)).toEqual(listSheets(once));
  });

  test("sheet names match case-insensitively and are escaped in XML", async () => {
    const renamed = spliceSheets(input, [{ ...historyPlan(), name: "pmo history" }]);
    expect(listSheets(renamed)).toEqual(["Projects", "PMO History", "Data"]);
    const odd = spliceSheets(input, [{ ...historyPlan(), name: `R&D "<Q4>"` }]);
    expect(listSheets(odd)).toEqual(["Projects", "PMO History", "Data", `R&D "<Q4>"`]);
    expect((await loadWithExcelJS(odd)).getWorksheet(`R&D "<Q4>"`)?.getCell("A1").value).toBe("Month");
  });

  test("refuses bad input with a message, not a broken file", () => {
    expect(() => spliceSheets(new TextEncoder().encode("hello"), [summaryPlan()])).toThrow("not an .xlsx workbook");
    expect(() => spliceSheets(input, [{ ...summaryPlan(), name: "a/b" }])).toThrow("bad sheet name");
    expect(() => spliceSheets(input, [summaryPlan(), summaryPlan()])).toThrow("planned twice");
  });

  test("new parts come after the original ones, which keep their order", () => {
    const before = Object.keys(unzipSync(input));
    const after = Object.keys(unzipSync(spliceSheets(input, [summaryPlan()])));
    expect(after.slice(0, before.length)).toEqual(before);
    // The summary's chart takes the first free chart and drawing numbers (the input has chart1, drawing1-2).
    expect(after.slice(before.length)).toEqual(["xl/worksheets/sheet4.xml", "xl/charts/chart2.xml", "xl/drawings/drawing3.xml", "xl/drawings/_rels/drawing3.xml.rels", "xl/worksheets/_rels/sheet4.xml.rels"]);
  });
});
