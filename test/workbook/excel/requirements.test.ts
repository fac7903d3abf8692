/** On an older Excel (ExcelApi 1.1) the adapter still writes every value, leaving out what the host lacks. */
import { SheetPlan } from "../../../src/layout/sheet-plan";
import { createExcelPort } from "../../../src/workbook/excel";
import { columnWidthPoints } from "../../../src/workbook/excel/sheet-layout";
import { FakeExcel, uninstallFake } from "./fake-excel";

afterEach(uninstallFake);

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

it("uses the newer APIs when the host has them", async () => {
  const fake = new FakeExcel({ apiVersion: "1.17" });
  fake.install();
  await createExcelPort().writeSheets([plan]);
  const log = fake.sheetByName("Summary").log;
  expect(log.some((line) => line.startsWith("charts.add("))).toBe(true);
  expect(log.filter((line) => line.includes('conditionalFormats.add("CellValue")'))).toHaveLength(4);
  expect(log).toContain("freezePanes.freezeRows(1)");
  expect(log).toContain("tabColor = #1F4E79");
  expect(log).toContain(`pageLayout.zoom = {"horizontalFitToPages":1,"verticalFitToPages":0}`);
  expect(log).toContain(`range(A:A).format.columnWidth = ${columnWidthPoints(20)}`);
  expect(log.some((line) => line.startsWith("areas(A2).format.fill.color"))).toBe(true);
});

it("skips charts, conditional formats, freeze, tab colour and page set-up on ExcelApi 1.1", async () => {
  const fake = new FakeExcel({ apiVersion: "1.1" });
  fake.install();
  await createExcelPort().writeSheets([plan]);
  const sheet = fake.sheetByName("Summary");
  expect(sheet.values[1].map((cell) => cell?.value)).toEqual(["Green", "Red"]);
  expect(sheet.log.filter((line) => /charts|conditionalFormats|freezePanes|tabColor|pageLayout|areas\(/.test(line))).toEqual([]);
  // Styles fall back to one range per rectangle.
  expect(sheet.log).toContain(`range(A2).format.fill.color = "#C6EFCE"`);
});
