/**
 * `pmo report` on the sample workbook draws the summary's charts natively in the .xlsx it writes
 * (SPEC 6): every ChartPlan of the summary becomes a chart part whose series point at the plan's
 * ranges and cache its values; reruns replace them; ExcelJS and LibreOffice open the result.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { parseMonth } from "../../src/engine/values";
import { monthlySummary } from "../../src/layout/monthly-summary";
import { SheetPlan } from "../../src/layout/sheet-plan";
import { loadPortfolio } from "../../src/workbook/load-portfolio";
import { xlsxFileReader } from "../../src/workbook/xlsx/xlsx-reader";
import { expectedChart, Files, packageProblems, partsMatching, readChart, sheetCharts, sheetPart, text, unzipFiles } from "../workbook/package/chart-package";
import { pmo, temporaryFolder } from "./run-pmo";

const SOFFICE = "/usr/bin/soffice";
const folder = temporaryFolder();
const sample = path.join(folder, "sample.xlsx");
const november = path.join(folder, "november.xlsx");
const rerun = path.join(folder, "rerun.xlsx");
const december = path.join(folder, "december.xlsx");

/** The summary plan the CLI writes for `month` from `input`, made in-process the same way. */
async function summaryPlanOf(input: string, month: string): Promise<SheetPlan> {
  const loaded = await loadPortfolio(xlsxFileReader(input), { asOf: parseMonth(month)!.last });
  return monthlySummary(loaded, { month, now: new Date().toISOString(), mappingGiven: false }).plans[0];
}

const read = (file: string): Files => unzipFiles(new Uint8Array(readFileSync(file)));

function expectChartsOfPlan(files: Files, plan: SheetPlan): string[] {
  const { drawings, charts } = sheetCharts(files, sheetPart(files, plan.name));
  expect(drawings).toHaveLength(1);
  expect(charts.map((chart) => readChart(text(files, chart)))).toEqual(plan.charts.map((chart) => expectedChart(plan, chart)));
  return charts;
}

beforeAll(() => {
  expect(pmo("init", sample, "--sample", "--projects", "60", "--seed", "11", "--month", "2026-11").status).toBe(0);
  expect(pmo("report", sample, "--month", "2026-11", "--out", november).status).toBe(0);
  expect(pmo("report", november, "--month", "2026-11", "--out", rerun).status).toBe(0);
  expect(pmo("report", november, "--month", "2026-12", "--out", december).status).toBe(0);
});

describe("pmo report draws native charts", () => {
  test("every ChartPlan of the summary is a chart part of its kind over the plan's ranges, with the plan's values cached", async () => {
    const plan = await summaryPlanOf(sample, "2026-11");
    // The budget review's month-by-month line (issue 13) follows the key figures' pie.
    expect(plan.charts.map((chart) => chart.kind)).toEqual(["pie", "line", "columnStacked", "columnClustered", "line"]);
    const files = read(november);
    const charts = expectChartsOfPlan(files, plan);
    expect(partsMatching(files, /^xl\/charts\/.*\.xml$/)).toEqual([...charts].sort());
    expect(text(files, charts[0])).toContain(`<c:f>'PMO Summary 2026-11'!$B$7:$E$7</c:f>`);
    expect(packageProblems(files)).toEqual([]);
  });

  test("a second report of the same month replaces the charts instead of adding more", async () => {
    const first = read(november);
    const second = read(rerun);
    expectChartsOfPlan(second, await summaryPlanOf(november, "2026-11"));
    expect(partsMatching(second, /^xl\/(charts|drawings)\//)).toEqual(partsMatching(first, /^xl\/(charts|drawings)\//));
    expect(packageProblems(second)).toEqual([]);
  });

  test("the next month's summary has a drawing of its own, and the earlier month's charts keep their bytes", async () => {
    const before = read(november);
    const after = read(december);
    const earlier = sheetCharts(before, sheetPart(before, "PMO Summary 2026-11"));
    expect(sheetCharts(after, sheetPart(after, "PMO Summary 2026-11"))).toEqual(earlier);
    for (const part of [...earlier.drawings, ...earlier.charts]) expect([part, Buffer.from(after[part]).equals(Buffer.from(before[part]))]).toEqual([part, true]);
    const later = expectChartsOfPlan(after, await summaryPlanOf(november, "2026-12"));
    expect(later.filter((chart) => earlier.charts.includes(chart))).toEqual([]);
    expect(packageProblems(after)).toEqual([]);
  });

  test("ExcelJS still loads the report", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(december);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(["PMO Summary 2026-11", "PMO Summary 2026-12"]));
  });

  test("LibreOffice opens the report and saves it again with its charts", () => {
    if (!existsSync(SOFFICE)) {
      console.log(`${SOFFICE} is not installed: the LibreOffice round trip was not checked (the other tests still ran).`);
      expect(existsSync(SOFFICE)).toBe(false);
      return;
    }
    const out = path.join(folder, "libreoffice");
    // A profile of its own, so that a LibreOffice the user (or another test) runs does not interfere.
    const profile = `-env:UserInstallation=file://${path.join(folder, "lo-profile")}`;
    execFileSync(SOFFICE, [profile, "--headless", "--convert-to", "xlsx", "--outdir", out, november], { timeout: 120_000, stdio: "ignore" });
    expect(readdirSync(out)).toEqual(["november.xlsx"]);
    const files = read(path.join(out, "november.xlsx"));
    const charts = partsMatching(files, /^xl\/charts\/chart\d+\.xml$/);
    expect(charts.map((chart) => readChart(text(files, chart)).group).sort()).toEqual(["c:barChart", "c:barChart", "c:lineChart", "c:lineChart", "c:pieChart"]);
    // LibreOffice read our series references and wrote them back.
    const formulas = charts.flatMap((chart) => readChart(text(files, chart)).series.map((series) => series.values?.formula));
    expect(formulas).toContain("'PMO Summary 2026-11'!$B$7:$E$7");
  }, 150_000);
});
