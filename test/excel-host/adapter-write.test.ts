/**
 * @jest-environment jsdom
 */
/**
 * The Office adapter's writeSheets on the simulated host: through
 * the real Office.js client, the sync budget and the 5 MB limit held on the real serialised requests.
 */
import { parseMonth } from "../../src/engine/values";
import { governedSheetPlan } from "../../src/layout/governed-plan";
import { monthlySummary } from "../../src/layout/monthly-summary";
import { SheetPlan } from "../../src/layout/sheet-plan";
import { createExcelPort } from "../../src/workbook/excel";
import { MAX_SYNC_BYTES } from "../../src/workbook/excel/limits";
import { loadPortfolio } from "../../src/workbook/load-portfolio";
import { PAYLOAD_LIMIT_BYTES } from "./executor";
import { HostOptions, SimulatedExcel } from "./host";
import { sampleSheets } from "./sample";

let host: SimulatedExcel;
afterEach(() => host.uninstall());

const MONTH = "2026-11";

function textPlan(name: string): SheetPlan {
  return {
    name,
    rows: [
      [{ value: "Project", style: "header" }, { value: "Budget", style: "header" }, { value: "Due", style: "header" }],
      [{ value: '=HYPERLINK("http://evil.example","click")', style: "text" }, { value: 1200, style: "money" }, { value: { date: 20_000 } }],
      [{ value: "+1" }, { value: "@cmd" }, { value: "-5" }],
      [{ value: "2026-01-31" }, { value: true }, { value: Number.NaN }],
    ],
    columnWidths: [30, 12, 12],
    merges: [],
    conditionalFormats: [{ kind: "statusFill", range: { top: 2, left: 1, bottom: 4, right: 1 } }],
    charts: [{ kind: "pie", title: "Mix", categories: { top: 1, left: 1, bottom: 1, right: 3 }, series: [{ name: "Budget", values: { top: 2, left: 1, bottom: 2, right: 3 } }], anchor: { top: 6, left: 1, bottom: 20, right: 6 } }],
    print: { landscape: true, fitToWidth: true, title: "Text" },
  };
}

/** A failure that happens once: the roll-back that follows can then do its work. */
function once(matches: (member: string) => boolean): (member: string) => boolean {
  let failed = false;
  return (member) => {
    if (failed || !matches(member)) return false;
    failed = true;
    return true;
  };
}

describe("writing sheets on the simulated host", () => {
  it("keeps text as text: formulas, signs and @ are written with the Text format first", async () => {
    host = new SimulatedExcel().install();
    host.addSheet("Sheet1"); // a workbook always has a sheet, and one of them is active
    await createExcelPort().writeSheets([textPlan("Text")]);
    const sheet = host.sheet("Text");
    for (const [r, c, text] of [[1, 0, '=HYPERLINK("http://evil.example","click")'], [2, 0, "+1"], [2, 1, "@cmd"], [2, 2, "-5"], [3, 0, "2026-01-31"]] as const) {
      expect(sheet.cell(r, c)).toMatchObject({ value: text, numberFormat: "@" });
      expect(sheet.cell(r, c)?.formula).toBeUndefined();
    }
    expect(sheet.cell(1, 1)).toMatchObject({ value: 1200, numberFormat: "#,##0;[Red]-#,##0" });
    // 20,000 days after 1970-01-01 is 2024-10-04: serial 45569 in the 1900 system.
    expect(sheet.cell(1, 2)).toMatchObject({ value: 45_569, numberFormat: "yyyy-mm-dd" });
    expect(sheet.cell(3, 1)?.value).toBe(true);
    expect(sheet.cell(3, 2)?.value).toBe("#NUM!");
  });

  it("writes a 10,000-project report in at most 6 syncs plus one per 4 MB, no request over 5 MB", async () => {
    host = new SimulatedExcel().install();
    sampleSheets(host, 10_000, MONTH);
    const port = createExcelPort();
    const loaded = await loadPortfolio(port, { asOf: parseMonth(MONTH)!.last });
    const { plans } = monthlySummary(loaded, { month: MONTH, now: "2026-12-01T09:00:00Z", mappingGiven: false });
    const before = host.syncs.length;

    const progress: number[] = [];
    await port.writeSheets(plans, (_message, fraction) => fraction !== undefined && progress.push(fraction));

    const syncs = host.syncs.slice(before).filter((sync) => !sync.cleanup);
    expect(syncs.every((sync) => sync.error === undefined)).toBe(true);
    const written = syncs.reduce((sum, sync) => sum + sync.requestBytes, 0);
    expect(syncs.length).toBeLessThanOrEqual(6 + Math.ceil(written / MAX_SYNC_BYTES));
    expect(Math.max(...syncs.map((sync) => sync.requestBytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(Math.max(...syncs.map((sync) => sync.requestBytes))).toBeLessThanOrEqual(MAX_SYNC_BYTES);
    expect(progress[progress.length - 1]).toBeCloseTo(1);

    expect(host.model.sheets.map((sheet) => sheet.name)).toEqual(["Projects", "Risks", "Milestones", "Financials", `PMO Summary ${MONTH}`, "PMO History", "PMO Config"]);
    const summary = host.sheet(`PMO Summary ${MONTH}`);
    expect(summary.cell(0, 0)?.value).toBe("PMO Summary: November 2026");
    expect(summary.log.filter((line) => /^charts\.add\([^)]*\)$/.test(line))).toHaveLength(plans[0].charts.length);
    expect(summary.merges.length).toBe(plans[0].merges.length);
    expect(summary.log.some((line) => line.includes("conditionalFormats.add"))).toBe(true);
    const history = host.sheet("PMO History");
    expect(history.usedBounds(true)!.bottom + 1).toBe(plans[1].rows.length);
    expect(history.cell(1, 1)?.value).toBe(plans[1].rows[1][1].value);
  });

  it("gives the governed sheets it creates drop-down lists", async () => {
    host = new SimulatedExcel().install();
    host.addSheet("Other", [["x"]]);
    await createExcelPort().writeSheets([governedSheetPlan("projects")]);
    const rules = host.sheet("Projects").log.filter((line) => line.includes("dataValidation.rule"));
    expect(rules).toContain('H2:H5000.dataValidation.rule = {"list":{"inCellDropDown":true,"source":"Active,On Hold,Closed,Cancelled"}}');
    expect(rules.length).toBe(governedSheetPlan("projects").validations!.length);
  });

  it("writes dates in the workbook's 1904 date system", async () => {
    host = new SimulatedExcel({ date1904: true }).install();
    host.addSheet("Sheet1"); // a workbook always has a sheet, and one of them is active
    await createExcelPort().writeSheets([textPlan("Text")]);
    expect(host.sheet("Text").cell(1, 2)?.value).toBe(45_569 - 1_462);
  });

  it("replaces a sheet under its name, keeping its position among the others", async () => {
    host = new SimulatedExcel().install();
    host.addSheet("Projects", [["id"]]);
    host.addSheet("Text", [["old"]]);
    host.addSheet("Other", [["keep"]]);
    await createExcelPort().writeSheets([textPlan("Text"), textPlan("New")]);
    expect(host.model.sheets.map((sheet) => sheet.name)).toEqual(["Projects", "Text", "Other", "New"]);
    expect(host.sheet("Text").cell(0, 0)?.value).toBe("Project");
  });

  describe.each<[string, HostOptions]>([
    ["the chart is refused", { failOn: (member) => member === "ChartCollection.Add" }],
    ["the third sync is lost", { failAtSync: 3 }],
    // The final request stops at its first deletion (of a temporary sheet), after the old sheet was cleared and refilled.
    ["the final request fails half-way", { failOn: once((member) => member === "Worksheet.Delete") }],
    ["the sheet cannot be added", { failOn: (member) => member === "WorksheetCollection.Add" }],
  ])("when %s", (_case, options) => {
    it("leaves no temporary sheet and the old sheet untouched, and rethrows", async () => {
      host = new SimulatedExcel(options).install();
      host.addSheet("Projects", [["id"]]);
      const old = host.addSheet("Text", [["old value"]]);
      host.addSheet("Other", [["keep"]]);
      const oldCells = JSON.stringify([...old.cells]);

      await expect(createExcelPort().writeSheets([textPlan("Text"), textPlan("New")])).rejects.toThrow(/failed/);

      expect(host.model.sheets.map((sheet) => sheet.name)).toEqual(["Projects", "Text", "Other"]);
      expect(host.sheet("Text")).toBe(old);
      expect(JSON.stringify([...old.cells])).toBe(oldCells);
      expect(old.log).toEqual([]);
      expect(host.executor.liveReferences).toBe(0);
    });
  });
});
