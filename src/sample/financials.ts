/**
 * The sample's Financials sheet (SPEC 9) in the long layout: one row per project, month and cost
 * line. Every project that is Red or Amber on budget (or close to it) explains its variance in the
 * report month's comment, as a PMO asks; the budget review's findings are planted separately
 * (plantFinancialFindings), and nothing else in the sheet breaks a rule.
 */
import { fiscalYearOf } from "../engine/fiscal-year";
import { firstDayOfMonth, MonthNumber } from "../engine/values";
import { CostLine, phaseProject } from "./financial-phasing";
import { SampleProject, SampleRecord } from "./projects";
import { SampleContext } from "./sample-context";
import { SampleRandom } from "./sample-random";

/** Comments explain a variance from this share on, below the Amber threshold (5 %), so that none is missed. */
const EXPLAIN_FROM = 0.04;

const OVERSPEND_REASONS = [
  "Contractor day rates above plan; recovery plan agreed with the sponsor",
  "Licence renewal brought forward from next year",
  "Extra test cycle after defects found in UAT",
  "Change request approved by the programme board adds scope",
  "Supplier price increase on hardware",
] as const;

const UNDERSPEND_REASONS = [
  "Recruitment delayed: two roles filled from next month",
  "Supplier invoice not yet received; accrual raised",
  "Hardware delivery slipped to next quarter",
  "Phase 2 re-planned: spend moves to next year",
  "Vendor milestone payment held until acceptance",
] as const;

export interface ProjectFinancials {
  project: SampleProject;
  lines: CostLine[];
}

interface BudgetPosition {
  ytdBudget: number;
  ytdActual: number;
  fyBudget: number;
  outturn: number;
}

/** The FY (January start, the default) to date and outturn, over every cost line: SPEC 9's arithmetic. */
export function budgetPosition(lines: readonly CostLine[], reportMonth: MonthNumber): BudgetPosition {
  const fy = fiscalYearOf(reportMonth);
  const position = { ytdBudget: 0, ytdActual: 0, fyBudget: 0, outturn: 0 };
  for (const line of lines) {
    for (const month of line.months) {
      if (month.month < fy.first || month.month > fy.last) continue;
      position.fyBudget += month.budget ?? 0;
      if (month.month <= reportMonth) {
        position.ytdBudget += month.budget ?? 0;
        position.ytdActual += month.actual ?? 0;
        position.outturn += month.actual ?? 0;
      } else position.outturn += month.forecast ?? month.budget ?? 0;
    }
  }
  return position;
}

/** The larger of the YTD and outturn variances, as a share of their budgets, with its sign. */
export function largestVariance(position: BudgetPosition): number {
  const ytd = position.ytdBudget > 0 ? (position.ytdActual - position.ytdBudget) / position.ytdBudget : 0;
  const year = position.fyBudget > 0 ? (position.outturn - position.fyBudget) / position.fyBudget : 0;
  return Math.abs(ytd) >= Math.abs(year) ? ytd : year;
}

/** The report month's row of the project's first cost line, made when the line has none. */
export function reportMonthRow(lines: CostLine[], reportMonth: MonthNumber) {
  const line = lines[0];
  let row = line.months.find((month) => month.month === reportMonth);
  if (!row) {
    row = { month: reportMonth, budget: null, actual: null, forecast: null, comment: null };
    line.months.push(row);
    line.months.sort((a, b) => a.month - b.month);
  }
  return row;
}

/** A comment on the report month of every project whose spend is off its budget by EXPLAIN_FROM or more. */
export function explainVariances(random: SampleRandom, financials: readonly ProjectFinancials[], reportMonth: MonthNumber): void {
  for (const { lines } of financials) {
    if (lines.length === 0) continue;
    const variance = largestVariance(budgetPosition(lines, reportMonth));
    if (Math.abs(variance) < EXPLAIN_FROM) continue;
    reportMonthRow(lines, reportMonth).comment = random.pick(variance > 0 ? OVERSPEND_REASONS : UNDERSPEND_REASONS);
  }
}

/**
 * Each project's cost lines. A project whose id repeats another's (the planted duplicate) has
 * none, its rows would be taken for the other project's; nor has one whose register shows no BAC
 * (there is no budget to phase).
 */
export function sampleFinancials(context: SampleContext, projects: readonly SampleProject[], reportMonth: MonthNumber): ProjectFinancials[] {
  const seen = new Set<unknown>();
  return projects.map((project) => {
    const duplicate = seen.has(project.cells.id);
    seen.add(project.cells.id);
    const budgeted = typeof project.cells.bac === "number";
    return { project, lines: duplicate || !budgeted ? [] : phaseProject(context.random, project.plan, reportMonth) };
  });
}

/** The rows of the sheet, by project, month and cost line; periods as the first day of their month. */
export function financialRecords(context: SampleContext, financials: readonly ProjectFinancials[]): SampleRecord[] {
  const records: SampleRecord[] = [];
  for (const { project, lines } of financials) {
    const byMonth = new Map<MonthNumber, { costType: string | null; row: CostLine["months"][number] }[]>();
    for (const line of lines) for (const row of line.months) byMonth.set(row.month, [...(byMonth.get(row.month) ?? []), { costType: line.costType, row }]);
    for (const month of [...byMonth.keys()].sort((a, b) => a - b)) {
      const period = context.date(firstDayOfMonth(month));
      for (const { costType, row } of byMonth.get(month)!) {
        records.push({ projectId: project.cells.id, period, costType, budget: row.budget, actual: row.actual, forecast: row.forecast, comment: row.comment });
      }
    }
  }
  return records;
}
