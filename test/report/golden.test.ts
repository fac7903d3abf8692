/**
 * Golden test: the report for test/fixtures/golden.xlsx against the figures worked out by hand in
 * golden.expected.json. Every key the expected file names must match (numbers to 1e-6); keys it
 * leaves out are not compared.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseMonth } from "../../src/engine/values";
import { monthlySummary } from "../../src/layout/monthly-summary";
import { loadPortfolio } from "../../src/workbook/load-portfolio";
import { xlsxFileReader } from "../../src/workbook/xlsx/xlsx-reader";

const FIXTURES = path.join(__dirname, "..", "fixtures");

function expectMatches(actual: unknown, expected: unknown, where: string): void {
  if (typeof expected === "number") {
    expect({ where, value: typeof actual }).toEqual({ where, value: "number" });
    expect({ where, close: Math.abs((actual as number) - expected) < 1e-6 * Math.max(1, Math.abs(expected)) ? true : actual }).toEqual({ where, close: true });
  } else if (Array.isArray(expected)) {
    expect({ where, length: (actual as unknown[]).length }).toEqual({ where, length: expected.length });
    expected.forEach((item, index) => expectMatches((actual as unknown[])[index], item, `${where}[${index}]`));
  } else if (expected !== null && typeof expected === "object") {
    for (const [key, value] of Object.entries(expected)) {
      if (key === "why") continue;
      expect({ where: `${where}.${key}`, present: actual !== null && typeof actual === "object" && key in (actual as object) }).toEqual({ where: `${where}.${key}`, present: true });
      expectMatches((actual as Record<string, unknown>)[key], value, `${where}.${key}`);
    }
  } else {
    expect({ where, value: actual }).toEqual({ where, value: expected });
  }
}

describe("the golden portfolio, November 2026", () => {
  const expected = JSON.parse(readFileSync(path.join(FIXTURES, "golden.expected.json"), "utf8"));

  it("gives the report worked out by hand", async () => {
    const loaded = await loadPortfolio(xlsxFileReader(path.join(FIXTURES, "golden.xlsx")), { asOf: parseMonth("2026-11")!.last });
    const { report } = monthlySummary(loaded, { month: "2026-11", now: "2026-12-01T09:00:00.000Z", mappingGiven: false });
    expectMatches(report.json, expected, "report");
    expect(Object.keys(report.json)).toEqual(["month", "asOf", "groupBy", "totals", "rollup", "projects", "exceptions", "topRisks", "heatmap", "milestones", "changes", "governance", "raid", "budget"]);
    // No Financials sheet: the budget review is null, and no project has a budget dimension (SPEC 9).
    expect(report.json.budget).toBeNull();
    expect(report.json.projects.every((project) => !("budget" in project))).toBe(true);
    expect(report.previousMonth).toBe("2026-10");
  });

  it("replaces this month's history rows and keeps the others", async () => {
    const loaded = await loadPortfolio(xlsxFileReader(path.join(FIXTURES, "golden.xlsx")), { asOf: parseMonth("2026-11")!.last });
    const { plans } = monthlySummary(loaded, { month: "2026-11", now: "2026-12-01T09:00:00.000Z", mappingGiven: false });
    const history = plans.find((plan) => plan.name === "PMO History")!;
    const rows = history.rows.slice(1).map((row) => `${row[0].value} ${row[1].value} ${row[4].value}`);
    // 2026-09: 1 row; 2026-10: 11 rows; 2026-11: the 11 active projects now (the old G-1 Red row is gone); 2026-12: 1 row.
    expect(rows.filter((row) => row.startsWith("2026-09"))).toEqual(["2026-09 G-1 Red"]);
    expect(rows.filter((row) => row.startsWith("2026-10"))).toHaveLength(11);
    expect(rows.filter((row) => row.startsWith("2026-11"))).toEqual([
      "2026-11 G-1 Green", "2026-11 G-2 Amber", "2026-11 G-3 Red", "2026-11 G-4 Red", "2026-11 G-5 Amber", "2026-11 G-6 Red",
      "2026-11 G-7 Red", "2026-11 G-8 Green", "2026-11 G-9 Amber", "2026-11 G-10 Grey", "2026-11 G-12 Green",
    ]);
    expect(rows.filter((row) => row.startsWith("2026-12"))).toEqual(["2026-12 G-1 Amber"]);
    expect(plans.map((plan) => plan.name)).toEqual(["PMO Summary 2026-11", "PMO History", "PMO Config"]);
  });

  it("groups by another field when asked", async () => {
    const loaded = await loadPortfolio(xlsxFileReader(path.join(FIXTURES, "golden.xlsx")), { asOf: parseMonth("2026-11")!.last });
    const { report } = monthlySummary(loaded, { month: "2026-11", by: "Status", now: "2026-12-01T09:00:00.000Z", mappingGiven: false });
    expect(report.json.groupBy).toBe("status");
    expect(report.json.rollup.map((row) => [row.group, row.projects])).toEqual([
      ["Active", 10],
      ["On Hold", 1],
    ]);
  });
});
