/**
 * The summary sheet's Budget review section (SPEC 9) on the golden budget workbook of
 * budget-golden.test.ts (FY2026-27 from April, report month 2026-09): after the key figures and
 * before the roll-up; the flagged projects Red first, then Amber, the largest outturn variance
 * first; the FY month by month with its line chart, and nothing of the next section under it.
 */
import path from "node:path";
import { parseMonth } from "../../src/engine/values";
import { monthlySummary } from "../../src/layout/monthly-summary";
import { PlanCell, SheetPlan } from "../../src/layout/sheet-plan";
import { loadPortfolio } from "../../src/workbook/load-portfolio";
import { xlsxFileReader } from "../../src/workbook/xlsx/xlsx-reader";
import { temporaryFolder } from "../cli/run-pmo";
import { BUDGET_MONTH, budgetWorkbook, longRows } from "../helpers/budget-workbooks";

let plan: SheetPlan;

beforeAll(async () => {
  const file = path.join(temporaryFolder(), "budget-section.xlsx");
  await budgetWorkbook(file, longRows());
  const loaded = await loadPortfolio(xlsxFileReader(file), { asOf: parseMonth(BUDGET_MONTH)!.last });
  plan = monthlySummary(loaded, { month: BUDGET_MONTH, now: "2026-10-01T09:00:00.000Z", mappingGiven: false }).plans[0];
});

const valueOf = (cell: PlanCell | undefined) => cell?.value;
/** 1-based row of the first row whose first cell is `text`. */
const rowOf = (text: string | RegExp) => plan.rows.findIndex((row) => (typeof text === "string" ? valueOf(row[0]) === text : text.test(String(valueOf(row[0]) ?? "")))) + 1;
const rowValues = (row: number) => plan.rows[row - 1].map(valueOf);

test("comes after the key figures and before the roll-up, titled with the FY and month", () => {
  const keyFigures = rowOf("Key figures");
  const budget = rowOf("Budget review: FY2026-27, September 2026");
  expect(keyFigures).toBeGreaterThan(0);
  expect(budget).toBeGreaterThan(keyFigures);
  expect(rowOf(/^Roll-up by /)).toBeGreaterThan(budget);
  expect(rowValues(budget + 1)).toEqual(["FY budget", "YTD budget", "YTD actual", "YTD variance", "YTD variance %", "Outturn", "Outturn variance", "Outturn variance %"]);
});

test("lists the projects to explain a variance: Red, then Amber, the largest outturn variance either way first", () => {
  // Red: P-3 (+84,000), P-1 (+30,000), P-7 (-29,700); Amber: P-6 (+118,800), P-2 (-29,400).
  const header = rowOf("Project ID");
  expect(rowValues(header).slice(0, 7)).toEqual(["Project ID", "Project", "Budget status", "YTD variance", "Outturn variance", "Reasons", "Comment"]);
  const listed = [1, 2, 3, 4, 5].map((offset) => rowValues(header + offset).slice(0, 3));
  expect(listed.map(([id, , status]) => `${id} ${status}`)).toEqual(["P-3 Red", "P-1 Red", "P-7 Red", "P-6 Amber", "P-2 Amber"]);
  expect(String(valueOf(plan.rows[header + 5]?.[0]) ?? "")).not.toMatch(/^P-/);
  // P-1's September comment is written; P-7 has none.
  expect(rowValues(header + 2)[6]).toBe("Contractor rates up");
  expect(rowValues(header + 3)[6]).toBe("(no comment)");
});

test("shows the FY month by month, actuals to September and forecast (else budget) after, beside its line chart", () => {
  const header = rowOf("Month");
  expect(rowValues(header)).toEqual(["Month", "Budget", "Actual or forecast", "Cumulative budget", "Cumulative actual, then forecast"]);
  expect([1, 6, 7, 12].map((offset) => rowValues(header + offset)[0])).toEqual(["2026-04", "2026-09", "2026-10", "2027-03"]);
  const chart = plan.charts.find((candidate) => candidate.kind === "line" && candidate.title.startsWith("FY2026-27"))!;
  expect(chart.categories).toEqual({ top: header + 1, left: 1, bottom: header + 12, right: 1 });
  expect(chart.series.map((series) => series.name)).toEqual(["Cumulative budget", "Cumulative actual, then forecast"]);
  // The next section starts below the chart.
  expect(rowOf(/^Roll-up by /)).toBeGreaterThan(chart.anchor.bottom);
  // The key figures' pie sits right of the budget tables, not over them.
  const pie = plan.charts.find((candidate) => candidate.kind === "pie")!;
  expect(pie.anchor.left).toBeGreaterThan(15);
});
