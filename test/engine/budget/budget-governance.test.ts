/** The governance rules of a Financials sheet (SPEC 5 with SPEC 9), each on a few rows worked out by hand. */
import { emptyMapping } from "../../../src/engine/config";
import { checkGovernance } from "../../../src/engine/governance";
import { readPortfolio } from "../../../src/engine/read-portfolio";
import { DEFAULT_RULES, RuleSet } from "../../../src/engine/rules";
import { SheetData } from "../../../src/engine/sheet";
import { parseMonth } from "../../../src/engine/values";
import { sheetOf } from "../../helpers/memory-sheets";

/** Report month 2026-09, calendar fiscal year: FY2026, to date January to September. */
const SEP_30 = parseMonth("2026-09")!.last;

function findingsOf(projects: SheetData, financials: SheetData, rules: RuleSet = DEFAULT_RULES, prefix = "") {
  const read = readPortfolio({ projects, financials }, emptyMapping(), 1900, { asOf: SEP_30 });
  const all = [...read.findings, ...checkGovernance(read.portfolio, { asOf: SEP_30, rules })];
  return all.filter((item) => item.rule.startsWith(prefix) && item.rule !== "missing-sheet").map(({ rule, severity, sheet, cell, message }) => `${severity} ${rule} ${sheet}!${cell}: ${message}`);
}

const projects = sheetOf("Projects", [
  ["Project ID", "Project Name", "BAC", "Reported RAG"],
  ["P-1", "Ledger", 1_200, "Green"],
]);

describe("Financials governance", () => {
  it("an unknown project is one error at its first row, naming how many rows it has", () => {
    const financials = sheetOf("Financials", [
      ["Project ID", "Month", "Budget"],
      ["P-1", "2026-01", 100],
      ["P-7", "2026-01", 5],
      ["P-7", "2026-02", 5],
    ]);
    expect(findingsOf(projects, financials, DEFAULT_RULES, "unknown")).toEqual([
      "error unknown-project Financials!A3: Project P-7 (2 rows of phasing) is not on the Projects sheet; its amounts are left out of the budget review.",
    ]);
  });

  it("an unreadable period is an error, and its row is left out", () => {
    const financials = sheetOf("Financials", [
      ["Project ID", "Month", "Budget"],
      ["P-1", "Sometime", 100],
    ]);
    expect(findingsOf(projects, financials, DEFAULT_RULES, "unreadable")).toEqual([
      'error unreadable-period Financials!B2: Month: "Sometime" is not a month (write it as 2026-04, Apr-26 or a date); the row is left out.',
    ]);
  });

  it("an actual booked after the report month is a warning at its cell, in either layout; a 0 is no booking", () => {
    const long = sheetOf("Financials", [
      ["Project ID", "Month", "Budget", "Actual"],
      ["P-1", "2026-09", 100, 100],
      ["P-1", "2026-10", 100, 40],
      ["P-1", "2026-11", 100, 0],
    ]);
    expect(findingsOf(projects, long, DEFAULT_RULES, "actual-after")).toEqual([
      "warning actual-after-report-month Financials!D3: Project P-1: an actual of 40 is booked for 2026-10, after the report month 2026-09; actuals are only known up to the report month.",
    ]);
    const wide = sheetOf("Financials", [
      ["Project ID", "Measure", "Sep-26", "Oct-26", "Nov-26"],
      ["P-1", "Actual", 100, 0, 1_500],
    ]);
    expect(findingsOf(projects, wide, DEFAULT_RULES, "actual-after")).toEqual([
      "warning actual-after-report-month Financials!E2: Project P-1: an actual of 1,500 is booked for 2026-11, after the report month 2026-09; actuals are only known up to the report month.",
    ]);
  });

  it("a whole-life phased budget more than 1 % from the BAC is a warning at the BAC", () => {
    // 1,200 x 1 % = 12: 1,212 is within it, 1,213 is not.
    const within = sheetOf("Financials", [["Project ID", "Month", "Budget"], ["P-1", "2025-12", 612], ["P-1", "2026-06", 600]]);
    expect(findingsOf(projects, within, DEFAULT_RULES, "phased")).toEqual([]);
    const beyond = sheetOf("Financials", [["Project ID", "Month", "Budget"], ["P-1", "2025-12", 613], ["P-1", "2026-06", 600]]);
    expect(findingsOf(projects, beyond, DEFAULT_RULES, "phased")).toEqual([
      "warning phased-budget-not-bac Projects!C2: Project P-1: its budget phased on the Financials sheet adds up to 1,213 over every month, +13 (1.1 %) from its BAC of 1,200 (more than 1 %); phase the approved budget, or correct the BAC.",
    ]);
  });

  it("a project Red or Amber on budget needs a comment for the report month", () => {
    // YTD budget 100, actual 110: +10 %, Red. FY budget 100 (September only), outturn 110.
    const rows = (comment: string | null, month = "2026-09") => sheetOf("Financials", [
      ["Project ID", "Month", "Budget", "Actual", "Comment"],
      ["P-1", "2026-08", null, null, month === "2026-08" ? comment : null],
      ["P-1", "2026-09", 100, 110, month === "2026-09" ? comment : null],
    ]);
    expect(findingsOf(projects, rows(null), DEFAULT_RULES, "budget-variance")).toEqual([
      "warning budget-variance-without-comment Financials!E3: Project P-1 is Budget Red: YTD spend 10.0 % over budget (+10); Budget Red: outturn 10.0 % over the FY budget (+10), and no Financials line for 2026-09 has a comment explaining it.",
    ]);
    expect(findingsOf(projects, rows("Licence bought early"), DEFAULT_RULES, "budget-variance")).toEqual([]);
    // A comment for another month does not explain this one.
    expect(findingsOf(projects, rows("Licence bought early", "2026-08"), DEFAULT_RULES, "budget-variance")).toHaveLength(1);
    // Under budget.minVariance, nothing is flagged, so nothing needs explaining.
    expect(findingsOf(projects, rows(null), { ...DEFAULT_RULES, "budget.minVariance": 11 }, "budget-variance")).toEqual([]);
  });

  it("the watermelon check counts the budget: a project reporting Green that is Red on budget is optimistic", () => {
    const financials = sheetOf("Financials", [["Project ID", "Month", "Budget", "Actual", "Comment"], ["P-1", "2026-09", 1_200, 1_500, "Rates"]]);
    const optimistic = findingsOf(projects, financials, DEFAULT_RULES, "optimistic");
    expect(optimistic).toHaveLength(1);
    expect(optimistic[0]).toContain("reports Green but its figures give Red (Budget Red: YTD spend 25.0 % over budget (+300)");
  });
});
