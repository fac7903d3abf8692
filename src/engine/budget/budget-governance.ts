/**
 * Governance checks of the Financials sheet (SPEC 5, with SPEC 9): lines for a project the
 * register does not know (error), an actual booked for a month after the report month, a
 * whole-life phased budget more than 1 % away from the project's BAC, and a project Red or Amber
 * on budget with no comment for the report month (warnings). An unreadable period is found while
 * reading (read-financials.ts).
 */
import { RAG } from "../constants";
import { finding, Finding, GOVERNANCE_RULES } from "../findings";
import { Portfolio, Project } from "../model";
import { Assessment } from "../rag";
import { fieldAddress } from "../schema/read-table";
import { cellAddress } from "../sheet";
import { MonthNumber, monthText } from "../values";
import { signedAmountText } from "./budget-status";
import { plus } from "./budget-sums";
import { Financials } from "./financial-lines";

/** How far the phased whole-life budget may be from the BAC before it is flagged: 1 % of the BAC. */
export const PHASED_BUDGET_TOLERANCE = 0.01;

const amountText = (value: number) => signedAmountText(value).replace(/^\+/, "");

/** A line's cell of `field`: its own column in the long layout, its month's column in the wide one. */
function lineCell(financials: Financials, line: number, field: string): string {
  const { lines, table } = financials;
  const column = lines.column[line];
  return column > 0 ? cellAddress(lines.row[line], column) : fieldAddress(table, lines.row[line], field);
}

function unknownProjects(financials: Financials, known: (id: string) => Project | undefined): Finding[] {
  const { lines, table } = financials;
  const firstLine = new Int32Array(lines.projectIds.length).fill(-1);
  const rows = new Map<number, Set<number>>();
  for (let line = 0; line < lines.count; line += 1) {
    const project = lines.project[line];
    if (firstLine[project] < 0) firstLine[project] = line;
    let seen = rows.get(project);
    if (!seen) rows.set(project, (seen = new Set()));
    seen.add(lines.row[line]);
  }
  const findings: Finding[] = [];
  lines.projectIds.forEach((id, project) => {
    if (firstLine[project] < 0 || known(id)) return;
    const count = rows.get(project)!.size;
    const message = `Project ${id} (${count} row${count === 1 ? "" : "s"} of phasing) is not on the Projects sheet; its amounts are left out of the budget review.`;
    findings.push(finding(GOVERNANCE_RULES.unknownProject, table.sheet, fieldAddress(table, lines.row[firstLine[project]], "projectId"), message));
  });
  return findings;
}

/** An actual for a month after the report month has not been booked yet: a 0 there is a placeholder, not a booking. */
function futureActuals(financials: Financials, month: MonthNumber): Finding[] {
  const { lines, table } = financials;
  const findings: Finding[] = [];
  for (let line = 0; line < lines.count; line += 1) {
    const actual = lines.actual[line];
    if (lines.month[line] <= month || actual !== actual || actual === 0) continue;
    const id = lines.projectIds[lines.project[line]];
    const message = `Project ${id}: an actual of ${amountText(actual)} is booked for ${monthText(lines.month[line])}, after the report month ${monthText(month)}; actuals are only known up to the report month.`;
    findings.push(finding(GOVERNANCE_RULES.actualAfterReportMonth, table.sheet, lineCell(financials, line, "actual"), message));
  }
  return findings;
}

function phasedBudgetAgainstBac(financials: Financials, projects: readonly Project[], known: (id: string) => Project | undefined, projectLayout: Portfolio["layouts"]["projects"]): Finding[] {
  const { lines } = financials;
  const phased = new Map<Project, number>();
  for (let line = 0; line < lines.count; line += 1) {
    const budget = lines.budget[line];
    if (budget !== budget) continue;
    const project = known(lines.projectIds[lines.project[line]]);
    if (project) phased.set(project, plus(phased.get(project) ?? NaN, budget));
  }
  const findings: Finding[] = [];
  for (const project of projects) {
    const total = phased.get(project);
    if (total === undefined || project.bac === undefined || Math.abs(total - project.bac) <= PHASED_BUDGET_TOLERANCE * project.bac) continue;
    const share = project.bac === 0 ? "" : ` (${((Math.abs(total - project.bac) / project.bac) * 100).toFixed(1)} %)`;
    const message = `Project ${project.id}: its budget phased on the ${financials.table.sheet} sheet adds up to ${amountText(total)} over every month, ${signedAmountText(total - project.bac)}${share} from its BAC of ${amountText(project.bac)} (more than 1 %); phase the approved budget, or correct the BAC.`;
    findings.push(finding(GOVERNANCE_RULES.phasedBudgetNotBac, projectLayout.sheet, fieldAddress(projectLayout, project.row, "bac"), message));
  }
  return findings;
}

/** Red or Amber on budget, and no line of the report month says why. */
function variancesWithoutComment(financials: Financials, budgets: ReadonlyMap<Project, Assessment>, comments: ReadonlyMap<Project, string | null>, known: (id: string) => Project | undefined, month: MonthNumber): Finding[] {
  const { lines, table } = financials;
  // Where the comment belongs: the project's first line for the month (long), else its first row.
  const place = new Map<Project, number>();
  for (let line = 0; line < lines.count; line += 1) {
    const project = known(lines.projectIds[lines.project[line]]);
    if (!project) continue;
    const taken = place.get(project);
    if (taken === undefined || (financials.layout === "long" && lines.month[taken] !== month && lines.month[line] === month)) place.set(project, line);
  }
  const commentField = table.columns.has("comment") ? "comment" : "projectId";
  const findings: Finding[] = [];
  for (const [project, assessment] of budgets) {
    if ((assessment.status !== RAG.red && assessment.status !== RAG.amber) || comments.get(project)) continue;
    const line = place.get(project);
    if (line === undefined) continue;
    const message = `Project ${project.id} is ${assessment.reasons.join("; ")}, and no ${financials.table.sheet} line for ${monthText(month)} has a comment explaining it.`;
    findings.push(finding(GOVERNANCE_RULES.budgetVarianceWithoutComment, table.sheet, fieldAddress(table, lines.row[line], commentField), message));
  }
  return findings;
}

export interface BudgetChecksInput {
  financials: Financials;
  portfolio: Portfolio;
  known: (id: string) => Project | undefined;
  month: MonthNumber;
  /** Each active project's budget dimension and comment for the month. */
  budgets: ReadonlyMap<Project, Assessment>;
  comments: ReadonlyMap<Project, string | null>;
}

export function budgetChecks(input: BudgetChecksInput): Finding[] {
  const { financials, portfolio, known, month } = input;
  return [
    ...unknownProjects(financials, known),
    ...futureActuals(financials, month),
    ...phasedBudgetAgainstBac(financials, portfolio.projects, known, portfolio.layouts.projects),
    ...variancesWithoutComment(financials, input.budgets, input.comments, known, month),
  ];
}
