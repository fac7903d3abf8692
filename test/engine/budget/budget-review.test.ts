/** The budget review's edges (SPEC 9), on a few lines worked out by hand; calendar fiscal year, report month 2026-03. */
import { budgetReview } from "../../../src/engine/budget/budget-review";
import { readFinancials } from "../../../src/engine/budget/read-financials";
import { Project } from "../../../src/engine/model";
import { DEFAULT_RULES } from "../../../src/engine/rules";
import { monthNumber } from "../../../src/engine/values";
import { sheetOf } from "../../helpers/memory-sheets";

const project = (id: string): Project => ({ row: 2, id, name: id, status: "Active" });

function review(rows: unknown[][], ids = ["P-1"]) {
  const { financials } = readFinancials(sheetOf("Financials", [["Project ID", "Month", "Cost Type", "Budget", "Actual", "Forecast"], ...rows]), new Map(), 1900);
  return budgetReview(financials, ids.map((id) => ({ project: project(id), group: "G" })), monthNumber(2026, 3), DEFAULT_RULES);
}

describe("the budget review", () => {
  it("takes the whole life past the fiscal year: actuals to M, then forecast, else budget", () => {
    const { review: result } = review([
      ["P-1", "2025-12", null, 100, 90, null], // before the FY: budget 100, actual 90
      ["P-1", "2026-03", null, 50, 55, 999], // M: the actual counts, not the forecast
      ["P-1", "2026-06", null, 40, null, 45], // later in the FY: forecast 45
      ["P-1", "2027-02", null, 30, null, null], // after the FY: budget 30, no forecast
      ["P-1", "2027-03", null, null, 12, 20], // after the FY: forecast 20 (its actual is not counted)
    ]);
    // Budget 100 + 50 + 40 + 30 = 220; EAC 90 + 55 + 45 + 30 + 20 = 240.
    expect(result.wholeLife).toEqual({ budget: 220, eac: 240 });
    // FY2026: budget 50 + 40 = 90; outturn 55 + 45 = 100.
    expect(result.fullYear).toEqual({ budget: 90, outturn: 100, variance: 10, variancePct: (10 * 100) / 90 });
    expect(result.month).toEqual({ budget: 50, actual: 55, variance: 5, variancePct: 10 });
  });

  it("keeps a sum of nothing but blanks null, and a YTD without budget leaves the status to the outturn", () => {
    const { review: result, assessments } = review([
      ["P-1", "2026-02", "Capex", null, null, null],
      ["P-1", "2026-08", "Capex", 100, null, 130],
    ]);
    expect(result.ytd).toEqual({ budget: null, actual: null, variance: null, variancePct: null });
    expect(result.opex).toEqual({ ytdBudget: null, ytdActual: null, fyBudget: null, outturn: null });
    expect(result.capex).toEqual({ ytdBudget: null, ytdActual: null, fyBudget: 100, outturn: 130 });
    expect(assessments[0]).toEqual({ status: "Red", reasons: ["Budget Red: outturn 30.0 % over the FY budget (+30)"] });
  });

  it("counts a missing actual as 0 against a budget, and leaves out lines of projects not given", () => {
    const { review: result, assessments } = review(
      [
        ["P-1", "2026-01", null, 100, null, null],
        ["P-2", "2026-01", null, 500, 500, null],
      ],
      ["P-1", "P-3"],
    );
    expect(result.ytd).toEqual({ budget: 100, actual: null, variance: -100, variancePct: -100 });
    expect(result.projects.map((line) => line.id)).toEqual(["P-1"]);
    expect(assessments.map((assessment) => assessment.status)).toEqual(["Red", "Grey"]);
  });
});
