/**
 * @jest-environment jsdom
 */
/**
 * A sheet the adapter writes again is rewritten in place (SPEC 6, DESIGN): the same sheet, cleared
 * and filled, so that what points at it keeps working; and a failure in the final request puts its
 * old cells back from the backup.
 */
import { SheetPlan } from "../../src/layout/sheet-plan";
import { createExcelPort } from "../../src/workbook/excel";
import { writeValue } from "./cell-values";
import { HostOptions, SimulatedExcel } from "./host";
import { SheetModel } from "./model";

let host: SimulatedExcel;
afterEach(() => host.uninstall());

const plan: SheetPlan = {
  name: "PMO Summary 2026-11",
  rows: [[{ value: "Summary", style: "title" }], [{ value: "Status", style: "header" }, { value: "Count", style: "header" }], [{ value: "Green", style: "statusGreen" }, { value: 3 }]],
  columnWidths: [20, 10],
  merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
  conditionalFormats: [{ kind: "statusFill", range: { top: 3, left: 1, bottom: 3, right: 1 } }],
  charts: [{ kind: "pie", title: "Mix", categories: { top: 3, left: 1, bottom: 3, right: 1 }, series: [{ name: "Count", values: { top: 3, left: 2, bottom: 3, right: 2 } }], anchor: { top: 5, left: 1, bottom: 15, right: 5 } }],
  print: { landscape: false, fitToWidth: false },
};

/** [Projects, the summary of last time, Other with a user's formula on the summary]. */
function workbook(options: HostOptions = {}): { old: SheetModel; other: SheetModel } {
  host = new SimulatedExcel(options).install();
  host.addSheet("Projects", [["id"]]);
  const old = host.addSheet(plan.name, [["Old summary"], ["Status", "Count"], ["Red", 9]]);
  old.edit(0, 0).format = { bold: true, fontSize: 16 };
  old.edit(19, 9).value = "a cell the new plan does not write";
  old.merges.push({ top: 0, left: 0, bottom: 0, right: 3 });
  old.columnWidths.set(9, 120);
  old.tabColor = "#FF0000";
  old.charts.push({ id: host.model.chartId(), name: "Chart 1", line: "old chart" });
  const other = host.addSheet("Other");
  writeValue(other.edit(0, 0), `='${plan.name}'!B3*2`);
  return { old, other };
}

describe("rewriting a sheet in place on the simulated host", () => {
  it("keeps the sheet (id, position, what points at it) and replaces everything on it", async () => {
    const { old, other } = workbook();
    const { id } = old;
    await createExcelPort().writeSheets([plan]);

    const sheet = host.sheet(plan.name);
    expect(sheet).toBe(old);
    expect(sheet.id).toBe(id);
    expect(host.model.sheets.map((s) => s.name)).toEqual(["Projects", plan.name, "Other"]);
    expect(other.cell(0, 0)?.formula).toBe(`='${plan.name}'!B3*2`);
    expect(sheet.cell(2, 0)?.value).toBe("Green");
    expect(sheet.cell(19, 9)).toBeUndefined();
    expect(host.model.sheets.some((s) => s.name.startsWith("~PMO"))).toBe(false);
    expect(host.contextSyncs).toHaveLength(3);
    // Cell for cell, merge for merge, width for width what the plan gives on a new sheet.
    const rewritten = { cells: JSON.stringify([...sheet.cells]), merges: sheet.merges, widths: [...sheet.columnWidths], tabColor: sheet.tabColor };
    host.uninstall();
    host = new SimulatedExcel().install();
    host.addSheet("Projects");
    await createExcelPort().writeSheets([plan]);
    const fresh = host.sheet(plan.name);
    expect(rewritten).toEqual({ cells: JSON.stringify([...fresh.cells]), merges: fresh.merges, widths: [...fresh.columnWidths], tabColor: fresh.tabColor });
    // The old chart is gone; the new one is made on this sheet, from its own cells.
    expect(sheet.charts.map((chart) => chart.name)).toEqual(["Chart 2"]);
    expect(sheet.log.filter((line) => line.endsWith('conditionalFormats.add("CellValue")'))).toHaveLength(4);
    expect(sheet.log).toContain("freezePanes.unfreeze()");
  });

  it("puts the old cells, merges, tab colour and charts back when the final request fails after the cells were replaced", async () => {
    const { old, other } = workbook({ failOn: (member) => member === "ChartCollection.Add" });
    const cells = JSON.stringify([...old.cells]);

    await expect(createExcelPort().writeSheets([plan])).rejects.toThrow(/ChartCollection.Add failed/);

    expect(host.sheet(plan.name)).toBe(old);
    expect(JSON.stringify([...old.cells])).toBe(cells);
    expect(old.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(old.tabColor).toBe("#FF0000");
    expect(old.charts.map((chart) => chart.name)).toEqual(["Chart 1"]);
    expect(other.cell(0, 0)?.formula).toBe(`='${plan.name}'!B3*2`);
    expect(host.model.sheets.map((s) => s.name)).toEqual(["Projects", plan.name, "Other"]);
    expect(host.executor.liveReferences).toBe(0);
  });
});
