import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { generateSamplePortfolio, PLANTED_FINDINGS, plantedFinancialFindings, PlantedFinancialKey, PlantedFindingKey } from "../../src/sample";
import { FIXTURES, pmo, temporaryFolder } from "./run-pmo";

/** The rule each planted sample problem must raise (SPEC 5). */
const RULE_OF_PLANTED: Record<PlantedFindingKey, string> = {
  overrideWithoutReason: "override-without-reason",
  openRiskOnClosedProject: "risk-on-inactive-project",
  finishBeforeStart: "finish-before-start",
  riskOnUnknownProject: "unknown-project",
  costWithoutBudget: "cost-without-budget",
  criticalRiskWithoutOwner: "risk-without-owner",
  staleLastUpdated: "stale-update",
  milestoneDoneInFuture: "milestone-done-in-future",
  textInDateColumn: "invalid-value",
  excelErrorInCost: "excel-error",
  duplicateId: "duplicate-id",
};

/** The rule each planted budget-review problem must raise (SPEC 5 with SPEC 9). */
const RULE_OF_PLANTED_BUDGET: Record<PlantedFinancialKey, string> = {
  financialsUnknownProject: "unknown-project",
  financialsUnreadablePeriod: "unreadable-period",
  actualAfterReportMonth: "actual-after-report-month",
  phasedBudgetDiffersFromBac: "phased-budget-not-bac",
  budgetVarianceWithoutComment: "budget-variance-without-comment",
};

const digest = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("pmo init", () => {
  const folder = temporaryFolder();
  const sample = path.join(folder, "sample.xlsx");

  it("creates a sample whose findings are exactly the planted ones", () => {
    const created = pmo("init", sample, "--sample", "--projects", "40", "--seed", "7", "--month", "2026-11");
    expect(created.status).toBe(0);
    expect(created.stdout).toMatch(/^Created .*sample\.xlsx with a sample portfolio of 40 projects, \d+ risks, \d+ milestones, \d+ Financials rows \(as of 2026-11\)\.$/m);
    const checked = pmo("check", sample, "--month", "2026-11", "--json");
    expect(checked.status).toBe(1);
    const findings = (JSON.parse(checked.stdout) as { findings: { rule: string; sheet: string; cell: string }[] }).findings;
    const found = findings.map((item) => `${item.sheet}!${item.cell} ${item.rule}`).sort();
    const budgetPlanted = plantedFinancialFindings(generateSamplePortfolio({ projects: 40, seed: 7, month: "2026-11" }), "2026-11");
    expect(budgetPlanted.map((item) => item.key).sort()).toEqual(Object.keys(RULE_OF_PLANTED_BUDGET).sort());
    const planted = [
      ...PLANTED_FINDINGS.map((item) => `${item.sheet}!${item.cell} ${RULE_OF_PLANTED[item.key]}`),
      ...budgetPlanted.map((item) => `${item.sheet}!${item.cell} ${RULE_OF_PLANTED_BUDGET[item.key]}`),
    ].sort();
    expect(found).toEqual(planted);
  });

  it("never overwrites a file unless told to", () => {
    const before = digest(sample);
    const again = pmo("init", sample, "--month", "2026-11");
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("already exists; choose another name or add --force");
    expect(digest(sample)).toBe(before);
  });

  it("creates an empty governed workbook that checks clean", () => {
    const empty = path.join(folder, "empty.xlsx");
    expect(pmo("init", empty).status).toBe(0);
    const checked = pmo("check", empty, "--json");
    expect(checked.status).toBe(0);
    expect(JSON.parse(checked.stdout)).toEqual({ findings: [] });
  });

  it.each([
    [["init", path.join(folder, "x.csv")], "the workbook name must end in .xlsx"],
    [["init", path.join(folder, "x.xlsx"), "--projects", "5"], "--projects, --seed and --no-financials go with --sample"],
    [["init", path.join(folder, "x.xlsx"), "--sample", "--projects", "0"], "--projects must be a whole number from 1 to 100000"],
    [["init", path.join(folder, "x.xlsx"), "--sample", "--projects", "ten"], '--projects must be a whole number from 1 to 100000, not "ten"'],
  ])("refuses %j", (args, message) => {
    const run = pmo(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });
});

describe("pmo report", () => {
  const folder = temporaryFolder();
  const input = path.join(folder, "golden.xlsx");
  writeFileSync(input, readFileSync(path.join(FIXTURES, "golden.xlsx")));
  const inputDigest = digest(input);

  it("writes a copy beside the input and leaves the input as it was", async () => {
    const run = pmo("report", input, "--month", "2026-11");
    expect(run.status).toBe(0);
    const output = path.join(folder, "golden-PMO-2026-11.xlsx");
    expect(run.stdout).toContain(`to ${output}`);
    expect(run.stdout).toMatch(/Active projects 11 of 13: Green 3, Amber 3, Red 4, Grey 1/);
    expect(digest(input)).toBe(inputDigest);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Projects", "Risks", "Milestones", "PMO History", "PMO Summary 2026-11", "PMO Config"]);
  });

  it("prints exactly the JSON keys of SPEC 6", () => {
    const run = pmo("report", input, "--month", "2026-11", "--json", "--out", path.join(folder, "json.xlsx"));
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(["month", "asOf", "groupBy", "totals", "rollup", "projects", "exceptions", "topRisks", "heatmap", "milestones", "changes", "governance", "raid", "budget"]);
    // No Financials sheet: SPEC 6 has budget null, and SPEC 9 no projects[].budget (checked below).
    expect(report.budget).toBeNull();
    expect(Object.keys(report.totals)).toEqual(["projects", "active", "green", "amber", "red", "grey", "bac", "ac", "ev", "pv", "eac", "cpi", "spi", "openRisks", "criticalRisks", "highRisks", "exposure"]);
    expect(Object.keys(report.rollup[0])).toEqual(["group", "projects", "green", "amber", "red", "grey", "worst", "bac", "ac", "ev", "pv", "eac", "cpi", "spi", "openRisks", "highRisks"]);
    expect(Object.keys(report.projects[0])).toEqual(["id", "name", "group", "status", "rag", "schedule", "cost", "risk", "overridden", "reportedRag", "optimistic", "reasons", "spi", "cpi", "eac", "slipDays"]);
    expect(Object.keys(report.exceptions[0])).toEqual(["id", "name", "rag", "overridden", "reportedRag", "optimistic", "reasons"]);
    expect(Object.keys(report.topRisks[0])).toEqual(["id", "projectId", "title", "score", "rating", "exposure", "owner"]);
    expect(Object.keys(report.milestones)).toEqual(["dueThisMonth", "doneThisMonth", "overdue", "slipped"]);
    expect(Object.keys(report.changes[0])).toEqual(["id", "name", "from", "to"]);
    expect(Object.keys(report.governance)).toEqual(["errors", "warnings", "byRule"]);
  });

  it("replaces the month's history rows on a rerun in place", async () => {
    const copy = path.join(folder, "rerun.xlsx");
    expect(pmo("report", input, "--month", "2026-11", "--out", copy).status).toBe(0);
    expect(pmo("report", copy, "--month", "2026-11", "--in-place").status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(copy);
    expect(workbook.worksheets.filter((sheet) => sheet.name.startsWith("PMO Summary")).map((sheet) => sheet.name)).toEqual(["PMO Summary 2026-11"]);
    const months: string[] = [];
    workbook.getWorksheet("PMO History")!.eachRow((row, number) => {
      if (number > 1) months.push(String(row.getCell(1).value));
    });
    // 2026-09: 1, 2026-10: 11, 2026-11: 11 (replaced, not doubled), 2026-12: 1.
    expect(months.filter((month) => month === "2026-11")).toHaveLength(11);
    expect(months).toHaveLength(24);
  });

  it.each([
    [["--out", "SAME"], "--out is the input workbook itself; add --in-place"],
    [["--in-place", "--out", "x.xlsx"], "--in-place and --out cannot go together"],
    [["--by", "colour"], "--by colour: group by one of"],
    [["--out", "report.csv"], "the output must be an .xlsx file"],
  ])("refuses %j and writes nothing", (extra, message) => {
    const before = readdirSync(folder).sort();
    const args = extra.map((arg) => (arg === "SAME" ? input : arg));
    const run = pmo("report", input, "--month", "2026-11", ...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(readdirSync(folder).sort()).toEqual(before);
    expect(digest(input)).toBe(inputDigest);
  });

  it("leaves no file behind when the output folder does not exist", () => {
    const run = pmo("report", input, "--month", "2026-11", "--out", path.join(folder, "missing", "out.xlsx"));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("pmo: Output folder not found:");
    expect(existsSync(path.join(folder, "missing"))).toBe(false);
  });
});
