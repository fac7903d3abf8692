/**
 * A hand-made register and the month's returns (March 2026) for the returns tests. The register's
 * cells, by sheet (header on row 1, so a project's row is its place + 1):
 *   Projects   A Project ID, B Project Name, C Project Manager, D Status, E Forecast Finish,
 *              F % Complete, G Last Updated, H BAC
 *   Risks      A Risk ID, B Project ID, C Title, D Owner, E Status, F Probability, G Impact
 *   Milestones A Milestone ID, B Project ID, C Milestone, D Baseline Date, E Forecast Date, F Actual Date
 *   Financials A Project ID, B Month, C Cost Type, D Budget, E Actual, F Forecast, G Comment
 */
import { SheetData } from "../../../src/engine/sheet";
import { GovernedWorkbook, ProjectReturnInput } from "../../../src/engine/returns";
import { dayFromParts, monthNumber, serialFromDay } from "../../../src/engine/values";

export const MARCH_2026 = monthNumber(2026, 3);

export function sheet(name: string, rows: unknown[][]): SheetData {
  return { name, rows, firstRow: 1, firstColumn: 1 };
}

export const day = (year: number, month: number, date: number) => dayFromParts(year, month, date)!;

export const PROJECT_HEADER = ["Project ID", "Project Name", "Project Manager", "Status", "Forecast Finish", "% Complete", "Last Updated", "BAC"];
export const RISK_HEADER = ["Risk ID", "Project ID", "Title", "Owner", "Status", "Probability", "Impact"];
export const MILESTONE_HEADER = ["Milestone ID", "Project ID", "Milestone", "Baseline Date", "Forecast Date", "Actual Date"];
export const FINANCIAL_HEADER = ["Project ID", "Month", "Cost Type", "Budget", "Actual", "Forecast", "Comment"];

export function register(): GovernedWorkbook {
  return {
    file: "Portfolio.xlsx",
    dateSystem: 1900,
    sheets: {
      projects: sheet("Projects", [
        PROJECT_HEADER,
        ["P1", "Alpha", "Alice", "Active", "2026-06-30", 0.4, "2026-02-28", 1000],
        ["P2", "Beta", "Alice", "Active", "2026-09-30", 0.45, "2026-02-28", 2000],
        ["P3", "Gamma", "Bob", "Active", "2026-12-31", 0.2, "2026-02-28", 500],
        ["P4", "Delta", "Carol", "Active", "2026-10-31", 0.1, "2026-02-28", 300],
        ["P5", "Epsilon", "Dan", "Closed", "2025-12-31", 1, "2026-01-31", 100],
        ["P6", "Zeta", "Erin", "On Hold", "2026-11-30", 0.3, "2026-02-28", 400],
        ["P7", "Eta", "Bob", "", "2026-08-31", 0.5, "2026-02-28", 600],
      ]),
      risks: sheet("Risks", [
        RISK_HEADER,
        ["R1", "P1", "Supplier late", "Alice", "Open", 3, 3],
        ["R2", "P1", "Scope creep", "Alice", "Open", 2, 2],
        ["R3", "P2", "Budget cut", "Alice", "Open", 2, 3],
        ["R7", "P7", "Vendor", "Bob", "Open", 2, 2],
      ]),
      milestones: sheet("Milestones", [MILESTONE_HEADER, ["M1", "P1", "Design done", "2026-03-15", "2026-03-20", null]]),
      financials: sheet("Financials", [
        FINANCIAL_HEADER,
        ["P1", "2026-03", "Opex", 100, null, 100, null],
        ["P1", "2026-04", "Opex", 100, null, 100, null],
      ]),
    },
  };
}

export const HYPERLINK = '=HYPERLINK("http://example.com","Beta")';

/** Alice's return in the canonical layout: P1 and P2 are hers, P3 is Bob's, P9 the register does not know. */
export function aliceReturn(): ProjectReturnInput {
  return {
    file: "alice.xlsx",
    date: day(2026, 3, 28),
    submittedBy: "Alice",
    dateSystem: 1900,
    sheets: {
      projects: sheet("Projects", [
        ["Project ID", "Project Name", "Status", "Forecast Finish", "% Complete", "BAC"],
        ["P1", "Alpha", null, "2026-07-31", "60%", "1,000"],
        ["P2", HYPERLINK, "Active", null, "45%", null],
        ["P3", "Gamma", null, null, 30, null],
        ["P9", "Omega", "Active", null, 10, null],
      ]),
      risks: sheet("Risks", [
        RISK_HEADER,
        ["R1", "P1", "Supplier late", "Alice", "Closed", 3, 3],
        ["R2", "P1", "Scope creep", "Alice", "Open", 2, 2],
        ["R10", "P1", "Key engineer leaves", "Alice", "Open", 2, 4],
      ]),
      financials: sheet("Financials", [
        FINANCIAL_HEADER,
        ["P1", "2026-03", "Opex", 100, null, 120, null],
        ["P1", "2026-05", "Opex", 100, null, 110, null],
      ]),
    },
  };
}

/**
 * The same return as Alice's in a PM's own layout: title rows above the header, synonym headers
 * ("Proj ID", "Percent Complete", "Expected Finish", "Risk Ref", "Likelihood" ...), other column
 * orders and sheet names ("Project List", "Risk Log", "Cost Plan"), money as text.
 */
export function aliceOwnLayout(): ProjectReturnInput {
  return {
    ...aliceReturn(),
    file: "alice own.xlsx",
    sheets: {
      projects: sheet("Project List", [
        ["Monthly return: Alice"],
        ["March 2026"],
        [],
        ["Percent Complete", "Proj ID", "Budget", "Expected Finish", "Proj Name", "Project Status"],
        [0.6, "P1", 1000, serialFromDay(day(2026, 7, 31)), "Alpha", null],
        [0.45, "P2", null, null, HYPERLINK, "active"],
        ["30%", "P3", null, null, "Gamma", null],
        [0.1, "P9", null, null, "Omega", "Active"],
      ]),
      risks: sheet("Risk Log", [
        ["Risks"],
        ["Risk Ref", "Likelihood", "Severity", "Project Ref", "Risk Owner", "Risk Title", "Risk Status"],
        ["R1", "M", 3, "P1", "Alice", "Supplier late", "closed"],
        ["R2", "Low", "L", "P1", "Alice", "Scope creep", "Open"],
        ["R10", 2, 4, "P1", "Alice", "Key engineer leaves", "Open"],
      ]),
      financials: sheet("Cost Plan", [
        ["Forecast", "Budget", "Period", "Project", "Capex/Opex"],
        ["£120", "100", "Mar 2026", "P1", "opex"],
        [110, 100, "2026-05", "P1", null],
      ]),
    },
  };
}

/** Bob's return, in his own layout: P7 with a probability of 7 (a governance error), and P6, which Erin returns too. */
export function bobReturn(): ProjectReturnInput {
  return {
    file: "bob.xlsx",
    date: day(2026, 3, 30),
    submittedBy: "Bob",
    dateSystem: 1900,
    sheets: {
      projects: sheet("Project List", [
        ["Bob's return"],
        [],
        ["Proj Name", "Proj ID", "Percent Complete", "PM"],
        ["Eta", "P7", 55, "Bob"],
        ["Zeta", "P6", 35, "Bob"],
      ]),
      risks: sheet("Risk Log", [
        ["Risk Ref", "Likelihood", "Severity", "Project Ref", "Risk Owner", "Risk Title"],
        ["R7", 7, 2, "P7", "Bob", "Vendor"],
      ]),
    },
  };
}

export function erinReturn(): ProjectReturnInput {
  return {
    file: "erin.xlsx",
    date: day(2026, 3, 29),
    dateSystem: 1900,
    sheets: { projects: sheet("Projects", [["Project ID", "Project Name", "% Complete"], ["P6", "Zeta", 50]]) },
  };
}
