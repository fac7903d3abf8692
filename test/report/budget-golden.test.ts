/**
 * Golden test of the budget review (SPEC 9): the portfolio of test/helpers/budget-workbooks.ts,
 * its Financials sheet written once in the long layout and once in the wide one, read from .xlsx
 * files, reported for 2026-09 with the fiscal year starting in April and budget.minVariance 5,000.
 * Every figure below is worked out by hand from the phasing, not copied from output.
 *
 * Months: FY2026-27 is 2026-04 .. 2027-03; to date (TD) = April .. September, 6 months; later =
 * October .. March, 6 months. Per project (B budget, A actual, F forecast, a month each):
 * - P-1 Opex, two cost lines added together: B 60,000 + 40,000 = 100,000; A (TD) 66,000 + 44,000 =
 *   110,000; F (later) 55,000 + 40,000 = 95,000.
 *   ytd B 6 x 100,000 = 600,000, A 6 x 110,000 = 660,000, variance +60,000, 60,000 / 600,000 = 10.0 %
 *   -> Red (at budget.redPct 10). FY B 1,200,000; outturn 660,000 + 6 x 95,000 = 1,230,000, +30,000,
 *   2.5 % -> Green. Red from the YTD only. Comment for September: "Contractor rates up".
 * - P-2 Capex: B 50,000; A 47,500; F 45,200 for Oct-Dec, none Jan-Mar (budget used).
 *   ytd 300,000 / 285,000, -15,000, -5.0 % -> Amber (at budget.amberPct 5, an underspend).
 *   outturn 285,000 + 3 x 45,200 + 3 x 50,000 = 570,600, -29,400, -4.9 % -> Green. Amber.
 * - P-3 Capex B 40,000, A 44,000, F 50,000; Opex B 10,000, A 10,000, no F (budget used); and
 *   Jan-Mar 2026, before the FY, Capex B 40,000 and A 40,000 (whole life only).
 *   ytd B 6 x 50,000 = 300,000, A 6 x 54,000 = 324,000, +24,000, 8.0 % -> Amber.
 *   outturn: Capex 264,000 + 6 x 50,000 = 564,000, Opex 60,000 + 6 x 10,000 = 120,000: 684,000
 *   against 600,000, +84,000, 14.0 % -> Red. Red from the outturn.
 * - P-4 phased only in Jan-Mar 2026 (B 50,000, A 48,000): no budget this FY -> Grey, all FY figures null.
 * - P-5 Opex B 2,000, A 1,800, no F: ytd 12,000 / 10,800, -1,200, -10.0 %; outturn 10,800 +
 *   6 x 2,000 = 22,800, -1,200, -5.0 %: both under minVariance 5,000 -> Green.
 * - P-6 Opex B 100,000, A 104,900, F 114,900: ytd 600,000 / 629,400, +29,400, 4.9 % -> Green (just
 *   under Amber); outturn 629,400 + 6 x 114,900 = 1,318,800, +118,800, 9.9 % -> Amber (just under
 *   Red). Amber. Comment "Scope added".
 * - P-7 Capex B 25,000, A 22,000, F 23,050: ytd 150,000 / 132,000, -18,000, -12.0 % -> Red; outturn
 *   132,000 + 6 x 23,050 = 270,300, -29,700, -9.9 % -> Amber. Red from the YTD only.
 * - P-8 (Closed) and P-99 (not a project) are left out; P-9 has no phasing (budget Grey, not listed).
 */
import path from "node:path";
import { parseMonth } from "../../src/engine/values";
import { monthlySummary } from "../../src/layout/monthly-summary";
import { loadPortfolio } from "../../src/workbook/load-portfolio";
import { xlsxFileReader } from "../../src/workbook/xlsx/xlsx-reader";
import { temporaryFolder } from "../cli/run-pmo";
import { BUDGET_MONTH, budgetWorkbook, longRows, wideRows } from "../helpers/budget-workbooks";

/** Numbers to 1e-9 relative (a percentage such as 74,400 / 1,500,000 x 100 is not exact); the rest exactly. */
function expectClose(actual: unknown, expected: unknown, where = "budget"): void {
  if (typeof expected === "number") {
    expect({ where, actual }).toEqual({ where, actual: expect.any(Number) });
    expect({ where, close: Math.abs((actual as number) - expected) <= 1e-9 * Math.max(1, Math.abs(expected)) ? true : actual }).toEqual({ where, close: true });
  } else if (Array.isArray(expected)) {
    expect({ where, length: (actual as unknown[]).length }).toEqual({ where, length: expected.length });
    expected.forEach((item, index) => expectClose((actual as unknown[])[index], item, `${where}[${index}]`));
  } else if (expected !== null && typeof expected === "object") {
    expect({ where, keys: Object.keys(actual as object) }).toEqual({ where, keys: Object.keys(expected) });
    for (const [key, value] of Object.entries(expected)) expectClose((actual as Record<string, unknown>)[key], value, `${where}.${key}`);
  } else {
    expect({ where, actual }).toEqual({ where, actual: expected });
  }
}

const line = (id: string, name: string, group: string, status: string, ytd: [number | null, number | null, number | null, number | null], fy: [number | null, number | null, number | null, number | null], reasons: string[], comment: string | null = null) => ({
  id, name, group, status,
  ytdBudget: ytd[0], ytdActual: ytd[1], ytdVariance: ytd[2], ytdVariancePct: ytd[3],
  fyBudget: fy[0], outturn: fy[1], outturnVariance: fy[2], outturnVariancePct: fy[3],
  reasons, comment,
});

// Months: budget every FY month 100,000 + 50,000 + 50,000 + 2,000 + 100,000 + 25,000 = 327,000
// (P-1, P-2, P-3, P-5, P-6, P-7). Actual to date 110,000 + 47,500 + 54,000 + 1,800 + 104,900 +
// 22,000 = 340,200. Oct-Dec forecast 95,000 + 45,200 + 50,000 + 114,900 + 23,050 = 328,150, and
// forecast else budget 95,000 + 45,200 + (50,000 + 10,000) + 2,000 + 114,900 + 23,050 = 340,150.
// Jan-Mar forecast (no P-2) 95,000 + 50,000 + 114,900 + 23,050 = 282,950; forecast else budget
// 95,000 + 50,000 + 60,000 + 2,000 + 114,900 + 23,050 = 344,950.
const CUM_SPEND = [340_200, 680_400, 1_020_600, 1_360_800, 1_701_000, 2_041_200, 2_381_350, 2_721_500, 3_061_650, 3_406_600, 3_751_550, 4_096_500];
const PERIODS = ["2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12", "2027-01", "2027-02", "2027-03"];
const MONTHS = PERIODS.map((period, index) => ({
  period,
  budget: 327_000,
  actual: index < 6 ? 340_200 : null,
  forecast: index < 6 ? null : index < 9 ? 328_150 : 282_950,
  cumBudget: 327_000 * (index + 1),
  cumActualForecast: CUM_SPEND[index],
}));

const EXPECTED_BUDGET = {
  fiscalYear: "FY2026-27",
  fyStart: "2026-04",
  fyEnd: "2027-03",
  // September: the monthly figures above; 13,200 / 327,000 = 4.0367 %.
  month: { budget: 327_000, actual: 340_200, variance: 13_200, variancePct: (13_200 * 100) / 327_000 },
  // 6 x the month: 1,962,000 and 2,041,200, +79,200.
  ytd: { budget: 1_962_000, actual: 2_041_200, variance: 79_200, variancePct: (79_200 * 100) / 1_962_000 },
  // FY 12 x 327,000 = 3,924,000; outturn = sum of the projects' 1,230,000 + 570,600 + 684,000 +
  // 22,800 + 1,318,800 + 270,300 = 4,096,500 (= the last cumActualForecast), +172,500.
  fullYear: { budget: 3_924_000, outturn: 4_096_500, variance: 172_500, variancePct: (172_500 * 100) / 3_924_000 },
  // Whole life adds P-3's 120,000 and P-4's 150,000 of budget before the FY: 4,194,000. EAC: actuals to
  // September (P-3 120,000 + P-4 144,000 before the FY, 2,041,200 in it) + the later FY months'
  // 4,096,500 - 2,041,200 = 2,055,300: 4,360,500.
  wholeLife: { budget: 4_194_000, eac: 4_360_500 },
  // Capex P-2, P-3 Capex, P-7: ytd B 300,000 + 240,000 + 150,000, A 285,000 + 264,000 + 132,000,
  // FY B 600,000 + 480,000 + 300,000, outturn 570,600 + 564,000 + 270,300.
  capex: { ytdBudget: 690_000, ytdActual: 681_000, fyBudget: 1_380_000, outturn: 1_404_900 },
  // Opex: the rest (P-1, P-3 Opex, P-5, P-6): 1,962,000 - 690,000; 2,041,200 - 681,000; 3,924,000 -
  // 1,380,000; 4,096,500 - 1,404,900.
  opex: { ytdBudget: 1_272_000, ytdActual: 1_360_200, fyBudget: 2_544_000, outturn: 2_691_600 },
  byGroup: [
    // Alpha: P-1, P-2, P-6 (P-8 is Closed). FY 1,200,000 + 600,000 + 1,200,000; ytd B 600,000 +
    // 300,000 + 600,000, A 660,000 + 285,000 + 629,400; outturn 1,230,000 + 570,600 + 1,318,800.
    { group: "Alpha", fyBudget: 3_000_000, ytdBudget: 1_500_000, ytdActual: 1_574_400, ytdVariance: 74_400, ytdVariancePct: 4.96, outturn: 3_119_400, outturnVariance: 119_400, outturnVariancePct: 3.98, status: "Red" },
    // Beta: P-3, P-4 (no FY figures), P-7 (P-9 has no phasing). FY 600,000 + 300,000; ytd B 300,000 +
    // 150,000, A 324,000 + 132,000; outturn 684,000 + 270,300.
    { group: "Beta", fyBudget: 900_000, ytdBudget: 450_000, ytdActual: 456_000, ytdVariance: 6_000, ytdVariancePct: (6_000 * 100) / 450_000, outturn: 954_300, outturnVariance: 54_300, outturnVariancePct: (54_300 * 100) / 900_000, status: "Red" },
    { group: "(none)", fyBudget: 24_000, ytdBudget: 12_000, ytdActual: 10_800, ytdVariance: -1_200, ytdVariancePct: -10, outturn: 22_800, outturnVariance: -1_200, outturnVariancePct: -5, status: "Green" },
  ],
  projects: [
    line("P-1", "Ledger", "Alpha", "Red", [600_000, 660_000, 60_000, 10], [1_200_000, 1_230_000, 30_000, 2.5], ["Budget Red: YTD spend 10.0 % over budget (+60,000)"], "Contractor rates up"),
    line("P-2", "Portal", "Alpha", "Amber", [300_000, 285_000, -15_000, -5], [600_000, 570_600, -29_400, -4.9], ["Budget Amber: YTD spend 5.0 % under budget (-15,000)"]),
    line("P-3", "Data Hub", "Beta", "Red", [300_000, 324_000, 24_000, 8], [600_000, 684_000, 84_000, 14], ["Budget Red: outturn 14.0 % over the FY budget (+84,000)"]),
    line("P-4", "Archive", "Beta", "Grey", [null, null, null, null], [null, null, null, null], []),
    line("P-5", "Mobile", "(none)", "Green", [12_000, 10_800, -1_200, -10], [24_000, 22_800, -1_200, -5], []),
    line("P-6", "Website", "Alpha", "Amber", [600_000, 629_400, 29_400, 4.9], [1_200_000, 1_318_800, 118_800, 9.9], ["Budget Amber: outturn 9.9 % over the FY budget (+118,800)"], "Scope added"),
    line("P-7", "Training", "Beta", "Red", [150_000, 132_000, -18_000, -12], [300_000, 270_300, -29_700, -9.9], ["Budget Red: YTD spend 12.0 % under budget (-18,000)"]),
  ],
  months: MONTHS,
};

async function reportOf(rows: unknown[][], name: string) {
  const file = path.join(temporaryFolder(), `${name}.xlsx`);
  await budgetWorkbook(file, rows);
  const loaded = await loadPortfolio(xlsxFileReader(file), { asOf: parseMonth(BUDGET_MONTH)!.last });
  return { loaded, report: monthlySummary(loaded, { month: BUDGET_MONTH, now: "2026-10-01T09:00:00.000Z", mappingGiven: false }).report };
}

describe("the budget review, FY from April, September 2026", () => {
  it.each([
    ["long", longRows],
    ["wide", wideRows],
  ])("gives the figures worked out by hand from the %s layout", async (name, rows) => {
    const { loaded, report } = await reportOf(rows(), name);
    expect(loaded.portfolio.financials?.layout).toBe(name);
    expectClose(report.json.budget, EXPECTED_BUDGET);
  });

  it("gives the same report from both layouts, budget as the fourth dimension", async () => {
    const long = (await reportOf(longRows(), "long")).report.json;
    const wide = (await reportOf(wideRows(), "wide")).report.json;
    expect(wide).toEqual(long);
    // The other dimensions have no data here (no EVM, risks or milestones): overall is the budget status.
    expect(long.projects.map((project) => `${project.id} ${project.rag} ${project.budget}`)).toEqual([
      "P-1 Red Red", "P-2 Amber Amber", "P-3 Red Red", "P-4 Grey Grey", "P-5 Green Green", "P-6 Amber Amber", "P-7 Red Red", "P-9 Grey Grey",
    ]);
    expect(long.exceptions.map((item) => [item.id, item.reasons])).toEqual([
      ["P-1", ["Budget Red: YTD spend 10.0 % over budget (+60,000)"]],
      ["P-3", ["Budget Red: outturn 14.0 % over the FY budget (+84,000)"]],
      ["P-7", ["Budget Red: YTD spend 12.0 % under budget (-18,000)"]],
      ["P-2", ["Budget Amber: YTD spend 5.0 % under budget (-15,000)"]],
      ["P-6", ["Budget Amber: outturn 9.9 % over the FY budget (+118,800)"]],
    ]);
    expect(long.rollup.map((row) => [row.group, row.red, row.amber, row.green, row.grey, row.worst])).toEqual([
      ["Alpha", 1, 2, 0, 0, "Red"],
      ["Beta", 2, 0, 0, 2, "Red"],
      ["(none)", 0, 0, 1, 0, "Green"],
    ]);
    // P-99 unknown (error); P-3's phased 720,000 against its BAC of 1,000,000; P-2, P-3 and P-7 flagged
    // without a September comment; no Risks and no Milestones sheet.
    expect(long.governance).toEqual({
      errors: 1,
      warnings: 6,
      byRule: { "unknown-project": 1, "phased-budget-not-bac": 1, "budget-variance-without-comment": 3, "missing-sheet": 2 },
    });
  });
});
