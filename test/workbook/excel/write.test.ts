/** Writing plans through the Office adapter: sync budget, payload limit, text kept as text, all or nothing. */
import { parseMonth } from "../../../src/engine/values";
import { monthlySummary } from "../../../src/layout/monthly-summary";
import { governedSheetPlan } from "../../../src/layout/governed-plan";
import { SheetPlan } from "../../../src/layout/sheet-plan";
import { createExcelPort } from "../../../src/workbook/excel";
import { MAX_SYNC_BYTES } from "../../../src/workbook/excel/limits";
import { loadPortfolio } from "../../../src/workbook/load-portfolio";
import { FakeExcel, uninstallFake } from "./fake-excel";
import { MONTH, sampleWorkbook } from "./sample-workbook";

afterEach(uninstallFake);

/** A failure that happens once: the roll-back that follows can then do its work. */
function once(matches: (action: string) => boolean): (action: string) => boolean {
  let failed = false;
  return (action) => {
    if (failed || !matches(action)) return false;
    failed = true;
    return true;
  };
}

/** A register-like sheet of `rows` rows: ids, names, money, dates, statuses. */
function largePlan(rows: number): SheetPlan {
  const body = Array.from({ length: rows }, (_, i) => [
    { value: `PRJ-${i}`, style: "text" as const },
    { value: `A project with a longer name, number ${i}`, style: "text" as const },
    { value: 1_000 + i, style: "money" as const },
    { value: { date: 20_000 + (i % 365) } },
    { value: ["Green", "Amber", "Red", "Grey"][i % 4], style: (["statusGreen", "statusAmber", "statusRed", "statusGrey"] as const)[i % 4] },
  ]);
  return { name: "Large", rows: [[{ value: "Large", style: "title" }], ...body], columnWidths: [12, 40, 12, 12, 10], merges: [], conditionalFormats: [], charts: [], print: { landscape: true, fitToWidth: true } };
}

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

describe("writing sheets", () => {
  it("writes a 10,000-project report in at most 6 syncs plus one per 4 MB, none over 4 MB", async () => {
    const fake = new FakeExcel();
    sampleWorkbook(fake, 10_000);
    fake.install();
    const port = createExcelPort();
    const loaded = await loadPortfolio(port, { asOf: parseMonth(MONTH)!.last });
    const { plans } = monthlySummary(loaded, { month: MONTH, now: "2026-12-01T09:00:00Z", mappingGiven: false });
    const before = fake.syncs.length;

    const progress: number[] = [];
    await port.writeSheets(plans, (_message, fraction) => fraction !== undefined && progress.push(fraction));

    const syncs = fake.syncs.slice(before);
    const written = syncs.reduce((sum, sync) => sum + sync.requestBytes, 0);
    expect(syncs.length).toBeLessThanOrEqual(6 + Math.ceil(written / MAX_SYNC_BYTES));
    expect(Math.max(...syncs.map((sync) => sync.requestBytes))).toBeLessThanOrEqual(MAX_SYNC_BYTES);
    expect(progress[progress.length - 1]).toBeCloseTo(1);

    const names = fake.sheets.map((sheet) => sheet.name);
    expect(names).toEqual(["Projects", "Risks", "Milestones", `PMO Summary ${MONTH}`, "PMO History", "PMO Config"]);
    const summary = fake.sheetByName(`PMO Summary ${MONTH}`);
    expect(summary.values[0][0]).toEqual({ value: "PMO Summary: November 2026", formula: false });
    expect(summary.log.filter((line) => line.startsWith("charts.add("))).toHaveLength(plans[0].charts.length);
    expect(summary.merges.length).toBe(plans[0].merges.length);
    expect(fake.logged(summary.name, "conditionalFormats.add").length).toBeGreaterThan(0);
    const history = fake.sheetByName("PMO History");
    expect(history.values.length).toBe(plans[1].rows.length);
    expect(history.values[1][1]?.value).toBe(plans[1].rows[1][1].value);
  }, 30_000);

  it("gives the governed sheets it creates drop-down lists", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Other", [["x"]]);
    fake.install();
    await createExcelPort().writeSheets([governedSheetPlan("projects")]);
    const rules = fake.logged("Projects", "dataValidation.rule");
    expect(rules).toContain('range(H2:H5000).dataValidation.rule = {"list":{"inCellDropDown":true,"source":"Active,On Hold,Closed,Cancelled"}}');
    expect(rules.length).toBe(governedSheetPlan("projects").validations!.length);
  });

  it("splits a sheet larger than one request into row blocks that fill each sync", async () => {
    const fake = new FakeExcel();
    fake.install();
    const plan = largePlan(120_000);
    await createExcelPort().writeSheets([plan]);

    const written = fake.syncs.reduce((sum, sync) => sum + sync.requestBytes, 0);
    expect(written).toBeGreaterThan(3 * MAX_SYNC_BYTES);
    expect(Math.max(...fake.syncs.map((sync) => sync.requestBytes))).toBeLessThanOrEqual(MAX_SYNC_BYTES);
    // Names, then the build in full requests (each row where it fits), then the swap.
    expect(fake.syncs.length).toBeLessThanOrEqual(2 + Math.ceil(written / MAX_SYNC_BYTES) + 1);
    const sheet = fake.sheetByName("Large");
    expect(sheet.values).toHaveLength(120_001);
    expect(sheet.values[120_000][1]?.value).toBe("A project with a longer name, number 119999");
    expect(sheet.formats[120_000][3]).toBe("yyyy-mm-dd");
  }, 30_000);

  it("keeps text as text: formulas, signs and @ are written with the Text format first", async () => {
    const fake = new FakeExcel();
    fake.install();
    await createExcelPort().writeSheets([textPlan("Text")]);
    const sheet = fake.sheetByName("Text");
    for (const [r, c, text] of [[1, 0, '=HYPERLINK("http://evil.example","click")'], [2, 0, "+1"], [2, 1, "@cmd"], [2, 2, "-5"], [3, 0, "2026-01-31"]] as const) {
      expect(sheet.values[r][c]).toEqual({ value: text, formula: false });
      expect(sheet.formats[r][c]).toBe("@");
    }
    expect(sheet.values[1][1]).toEqual({ value: 1200, formula: false });
    expect(sheet.formats[1][1]).toBe("#,##0;[Red]-#,##0");
    // 20,000 days after 1970-01-01 is 2024-10-04: serial 45569 in the 1900 system.
    expect(sheet.values[1][2]?.value).toBe(45_569);
    expect(sheet.formats[1][2]).toBe("yyyy-mm-dd");
    expect(sheet.values[3][1]?.value).toBe(true);
    expect(sheet.values[3][2]?.value).toBe("#NUM!");
  });

  it("writes dates in the workbook's 1904 date system", async () => {
    const fake = new FakeExcel({ date1904: true });
    fake.install();
    await createExcelPort().writeSheets([textPlan("Text")]);
    expect(fake.sheetByName("Text").values[1][2]?.value).toBe(45_569 - 1_462);
  });

  it("replaces a sheet in place, keeping its position among the others", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Projects", [["id"]]);
    fake.addSheet("Text", [["old"]]);
    fake.addSheet("Other", [["keep"]]);
    fake.install();
    await createExcelPort().writeSheets([textPlan("Text"), textPlan("New")]);
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(["Projects", "Text", "Other", "New"]);
    expect(fake.sheetByName("Text").values[0][0]?.value).toBe("Project");
  });

  describe.each([
    ["the chart is refused", { failOn: (action: string) => action.startsWith("charts.add") }],
    ["the third sync is lost", { failAtSync: 3 }],
    ["the swap fails half-way", { failOn: once((action: string) => action === "sheet.delete") }],
    ["the sheet cannot be added", { failOn: (action: string) => action.startsWith("worksheets.add") }],
  ])("when %s", (_case, options) => {
    it("leaves no temporary sheet and the old sheet untouched, and rethrows", async () => {
      const fake = new FakeExcel(options);
      fake.addSheet("Projects", [["id"]]);
      const old = fake.addSheet("Text", [["old value"]]);
      fake.addSheet("Other", [["keep"]]);
      const oldValues = JSON.stringify(old.values);
      fake.install();

      await expect(createExcelPort().writeSheets([textPlan("Text"), textPlan("New")])).rejects.toThrow(/failed/);

      expect(fake.sheets.map((sheet) => sheet.name)).toEqual(["Projects", "Text", "Other"]);
      expect(fake.sheetByName("Text")).toBe(old);
      expect(JSON.stringify(old.values)).toBe(oldValues);
      expect(old.log).toEqual([]);
    });
  });
});
