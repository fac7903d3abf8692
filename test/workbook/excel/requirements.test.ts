/**
 * The adapter uses charts, conditional formats, freeze panes, tab colours, page layout and
 * RangeAreas without guards: manifest.xml requires ExcelApi 1.9, so every host that loads the
 * add-in has them (test/build/manifest.test.ts checks the declaration).
 */
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

it("writes charts, conditional formats, freeze panes, tab colour, page layout and style areas", async () => {
  const fake = new FakeExcel({ apiVersion: "1.9" });
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
