/**
 * SPEC 2: a figure with no data behind it is null (blank), never 0, and the summary says which
 * register or column is missing.
 */
import { emptyMapping } from "../../src/engine/config";
import { readPortfolio } from "../../src/engine/read-portfolio";
import { buildReport } from "../../src/engine/report/build-report";
import { DEFAULT_RULES } from "../../src/engine/rules";
import { sheetOf as sheet } from "../helpers/memory-sheets";
import { dayFromParts } from "../../src/engine/values";
import { summaryPlan } from "../../src/layout/summary-plan";

const NOV_30 = dayFromParts(2026, 11, 30)!;

function report(sheets: Parameters<typeof readPortfolio>[0]) {
  const { portfolio, findings } = readPortfolio(sheets, emptyMapping(), 1900, { asOf: NOV_30 });
  return buildReport({ portfolio, findings, rules: DEFAULT_RULES, ruleSet: "Default rules", month: "2026-11", history: [], capturedAt: "2026-12-01T09:00:00Z" });
}

describe("a register with budgets but no actual cost column, and no risk or milestone register", () => {
  const projects = sheet("Projects", [
    ["Project ID", "Project Name", "Budget", "% Complete"],
    ["P-1", "Portal", 1000, "50%"],
    ["P-2", "Payroll", 3000, "10%"],
  ]);
  const { json, missingData } = report({ projects });

  it("gives the figures it has and null for the others", () => {
    // BAC 1000 + 3000; EV from % complete: 0.5 x 1000 + 0.1 x 3000 = 800. No AC column: AC null,
    // so CPI null and EAC (CPI method, BAC where CPI is unknown) 1000 + 3000.
    expect(json.totals).toMatchObject({ bac: 4000, ev: 800, ac: null, cpi: null, eac: 4000, pv: null, spi: null });
    // No risk register: the counts are not known, not zero.
    expect(json.totals).toMatchObject({ openRisks: null, criticalRisks: null, highRisks: null, exposure: null });
    expect(json.rollup[0]).toMatchObject({ ac: null, openRisks: null, highRisks: null });
    expect(json.milestones).toEqual({ dueThisMonth: null, doneThisMonth: null, overdue: null, slipped: null });
  });

  it("says what is missing", () => {
    expect(missingData).toEqual([
      'No actual cost column on sheet "Projects": actual cost and CPI are blank.',
      'No planned value column, nor start, finish and budget on sheet "Projects": planned value and SPI are blank.',
      "No risk register: open risks, Critical and High counts, exposure and the heat map are blank.",
      "No milestone register: the milestone figures are blank.",
    ]);
  });

  it("writes the notes on the summary sheet and leaves the missing figures blank", () => {
    const plan = summaryPlan(report({ projects }), { sources: ["Projects"], generatedAt: "2026-12-01T09:00:00Z", groupLabel: "Programme" });
    const texts = plan.rows.flat().map((cell) => cell.value);
    expect(texts).toContain("Not in this workbook: No milestone register: the milestone figures are blank.");
    // The key figures' money row: BAC, Actual cost, Earned value, EAC ... (AC blank, never 0).
    const labelRow = plan.rows.findIndex((row) => row.some((cell) => cell.value === "Actual cost"));
    const column = plan.rows[labelRow].findIndex((cell) => cell.value === "Actual cost");
    expect(plan.rows[labelRow + 1][column - 1].value).toBe(4000);
    expect(plan.rows[labelRow + 1][column].value).toBeNull();
  });
});

describe("a risk register without a cost impact column", () => {
  it("counts and rates the risks, and leaves exposure null", () => {
    const projects = sheet("Projects", [
      ["Project ID", "Project Name", "BAC", "Actual Cost", "Earned Value", "Planned Value"],
      ["P-1", "Portal", 100, 50, 40, 50],
    ]);
    const risks = sheet("Risks", [
      ["Risk ID", "Project ID", "Probability", "Impact"],
      ["R-1", "P-1", 4, 5],
    ]);
    const milestones = sheet("Milestones", [["Milestone ID", "Project ID", "Milestone"]]);
    const { json, missingData } = report({ projects, risks, milestones });
    // 4 x 5 = 20: Critical (17-25).
    expect(json.totals).toMatchObject({ openRisks: 1, criticalRisks: 1, highRisks: 0, exposure: null });
    expect(json.milestones).toEqual({ dueThisMonth: 0, doneThisMonth: 0, overdue: 0, slipped: 0 });
    expect(missingData).toEqual(['No cost impact column on sheet "Risks": exposure is blank.']);
  });
});
