/**
 * @jest-environment jsdom
 */
/**
 * Frozen panes on sheets that are not active (OfficeDev/office-js#3148): freezeAt on such a sheet
 * makes Excel report it as the active one while the user still sees theirs. The host does the
 * same (freeze-panes.ts); the adapter, which freezes sheets it builds or rewrites, leaves the
 * sheet the user was on as the one Excel reports active.
 */
import { SheetPlan } from "../../src/layout/sheet-plan";
import { createExcelPort } from "../../src/workbook/excel";
import { SimulatedExcel } from "./host";
import { newContentPlan } from "./plans";

let host: SimulatedExcel;
afterEach(() => host.uninstall());

/** Rows 1 and column A frozen: freezeAt(A1). */
const plan = (name: string): SheetPlan => newContentPlan(name, { freeze: { row: 2, column: 2 } });

async function activeSheetName(): Promise<string> {
  return Excel.run(async (context) => {
    const active = context.workbook.worksheets.getActiveWorksheet().load("name");
    await context.sync();
    return active.name;
  });
}

describe("frozen panes on a sheet that is not active", () => {
  it("on the host: freezeAt on another sheet makes it the sheet Excel reports active (office-js#3148); freezeRows does not", async () => {
    host = new SimulatedExcel().install();
    host.addSheet("Shown");
    host.addSheet("Other");
    await Excel.run(async (context) => {
      const other = context.workbook.worksheets.getItem("Other");
      other.freezePanes.freezeRows(1);
      await context.sync();
    });
    expect(await activeSheetName()).toBe("Shown");
    await Excel.run(async (context) => {
      const other = context.workbook.worksheets.getItem("Other");
      other.freezePanes.freezeAt(other.getRange("A1"));
      await context.sync();
    });
    expect(await activeSheetName()).toBe("Other");
    expect(host.sheet("Other").log).toEqual(["freezePanes.freezeRows(1)", "freezePanes.freezeAt(Range)"]);
  });

  it("leaves the user's sheet the active one after writing a new sheet and rewriting a hidden one, both frozen with freezeAt", async () => {
    host = new SimulatedExcel().install();
    host.addSheet("Projects");
    host.addSheet("PMO History", [["old"]]).visibility = "Hidden";
    host.model.activeSheetId = host.addSheet("Mine").id;
    await createExcelPort().writeSheets([plan("New"), plan("PMO History")]);
    expect(host.sheet("New").log).toContain("freezePanes.freezeAt(Range)");
    expect(host.sheet("PMO History").log).toContain("freezePanes.freezeAt(Range)");
    expect(await activeSheetName()).toBe("Mine");
  });

  it("leaves the user's sheet the active one when the write fails after a sheet was frozen", async () => {
    host = new SimulatedExcel({ failOn: (member) => member === "ChartCollection.Add" }).install();
    host.addSheet("Projects");
    host.model.activeSheetId = host.addSheet("Mine").id;
    const charted: SheetPlan = { ...plan("New"), rows: [[{ value: 1 }, { value: 2 }]], charts: [{ kind: "pie", title: "t", categories: { top: 1, left: 1, bottom: 1, right: 2 }, series: [{ name: "s", values: { top: 1, left: 1, bottom: 1, right: 2 } }], anchor: { top: 3, left: 1, bottom: 9, right: 4 } }] };
    await expect(createExcelPort().writeSheets([charted])).rejects.toThrow(/ChartCollection.Add failed/);
    expect(host.model.sheets.map((sheet) => sheet.name)).toEqual(["Projects", "Mine"]);
    expect(await activeSheetName()).toBe("Mine");
  });
});
