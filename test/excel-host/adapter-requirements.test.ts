/**
 * @jest-environment jsdom
 */
/**
 * Requirement sets on the simulated host: the adapter needs ExcelApi 1.9 (manifest.xml); on a host
 * at 1.9 it writes everything; on an older one the first newer member is refused, and the
 * workbook is rolled back.
 */
import { SheetPlan } from "../../src/layout/sheet-plan";
import { createExcelPort } from "../../src/workbook/excel";
import { SimulatedExcel } from "./host";

let host: SimulatedExcel;
afterEach(() => host.uninstall());

const plan: SheetPlan = {
  name: "Summary",
  rows: [[{ value: "Title", style: "title" }], [{ value: "Green", style: "statusGreen" }, { value: "Red", style: "statusRed" }]],
  columnWidths: [20, 10],
  merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
  freeze: { row: 2, column: 1 },
  conditionalFormats: [{ kind: "statusFill", range: { top: 2, left: 1, bottom: 2, right: 2 } }],
  charts: [{ kind: "pie", title: "Mix", categories: { top: 2, left: 1, bottom: 2, right: 2 }, series: [{ name: "n", values: { top: 2, left: 1, bottom: 2, right: 2 } }], anchor: { top: 4, left: 1, bottom: 10, right: 4 } }],
  print: { landscape: true, fitToWidth: true, title: "Summary" },
  tabColor: "1F4E79",
};

describe("requirement sets on the simulated host", () => {
  it("writes charts, conditional formats, freeze panes, tab colour, page layout and style areas at ExcelApi 1.9", async () => {
    host = new SimulatedExcel({ apiVersion: "1.9" }).install();
    host.addSheet("Projects");
    await createExcelPort().writeSheets([plan]);
    const sheet = host.sheet("Summary");
    expect(sheet.log.some((line) => line.startsWith("charts.add("))).toBe(true);
    expect(sheet.log.filter((line) => line.endsWith('conditionalFormats.add("CellValue")'))).toHaveLength(4);
    expect(sheet.log).toContain("freezePanes.freezeRows(1)");
    expect(sheet.tabColor).toBe("#1F4E79");
    expect(sheet.log).toContain(`pageLayout.zoom = {"horizontalFitToPages":1,"verticalFitToPages":0}`);
    expect(sheet.cell(1, 0)?.format).toMatchObject({ fill: "#C6EFCE", bold: true });
    // Widths in characters become points: (20 × 7 px + 5 px) × 0.75 = 108.75, (10 × 7 + 5) × 0.75 = 56.25.
    expect(sheet.columnWidths.get(0)).toBe(108.75);
    expect(sheet.columnWidths.get(1)).toBe(56.25);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
  });

  it("on a host at ExcelApi 1.8 Excel refuses the first 1.9 member with ApiNotFound, and the workbook is left as it was", async () => {
    host = new SimulatedExcel({ apiVersion: "1.8" }).install();
    host.addSheet("Projects");
    const error = await createExcelPort().writeSheets([plan]).catch((e: OfficeExtension.Error) => e);
    expect(error).toMatchObject({ code: "ApiNotFound" });
    expect((error as Error).message).toMatch(/needs ExcelApi 1\.9/);
    expect(host.model.sheets.map((sheet) => sheet.name)).toEqual(["Projects"]);
  });
});
