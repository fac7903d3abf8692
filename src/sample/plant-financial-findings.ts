/**
 * The budget review's planted findings (SPEC 5 with SPEC 9), one of each, so that `pmo check` on a
 * fresh sample shows them and tests know what it must find:
 *
 *   - a row for project "PRJ-9999", which does not exist (appended at the end of the sheet);
 *   - a row whose period is the text "TBC" (appended after it);
 *   - an actual booked for the month after the report month;
 *   - a whole-life phased budget 5 % above the project's BAC;
 *   - a project Red on budget (YTD spend 15 % over) with no comment for the report month.
 *
 * Each of the last three goes to the first project, in register order, that carries no other
 * planted finding and can hold it (active, under way, with the months it needs), so every sample
 * of 20 or more projects has each exactly once whatever its seed and month.
 */
import { PROJECT_STATUS } from "../engine/constants";
import { fiscalYearOf } from "../engine/fiscal-year";
import { firstDayOfMonth, MonthNumber } from "../engine/values";
import { OPEX } from "./financial-phasing";
import { budgetPosition, explainVariances, financialRecords, ProjectFinancials, reportMonthRow, sampleFinancials } from "./financials";
import { unknownProjectId } from "./plant-findings";
import { PLANTED_PROJECT_INDEX } from "./planted-findings";
import { SampleProject, SampleRecord } from "./projects";
import { SampleContext } from "./sample-context";

export const PLANTED_BUDGET_OVER_BAC = 1.05;
export const PLANTED_YTD_OVERSPEND = 1.15;
/** The budget and actual of the row for a project that does not exist. */
const ORPHAN_AMOUNTS = { budget: 12_000, actual: 11_400 };

export type PlantedFinancialKey = "financialsUnknownProject" | "financialsUnreadablePeriod" | "actualAfterReportMonth" | "phasedBudgetDiffersFromBac" | "budgetVarianceWithoutComment";

/** Which project carries each planted finding that belongs to a project (by register index). */
export type PlantedFinancialProjects = Partial<Record<Exclude<PlantedFinancialKey, "financialsUnknownProject" | "financialsUnreadablePeriod">, number>>;

const TAKEN: ReadonlySet<number> = new Set(Object.values(PLANTED_PROJECT_INDEX));

function isUnderWay(entry: ProjectFinancials): boolean {
  return entry.lines.length > 0 && entry.project.plan.started && entry.project.plan.status === PROJECT_STATUS.active;
}

/** Plants the three findings that change a project's own rows; returns who got which. */
export function plantProjectFinancialFindings(financials: ProjectFinancials[], reportMonth: MonthNumber): PlantedFinancialProjects {
  const planted: PlantedFinancialProjects = {};
  const used = new Set<number>(TAKEN);
  const take = (key: keyof PlantedFinancialProjects, fits: (entry: ProjectFinancials) => boolean, plant: (entry: ProjectFinancials) => void) => {
    const index = financials.findIndex((entry, at) => !used.has(at) && isUnderWay(entry) && fits(entry));
    if (index < 0) return;
    used.add(index);
    planted[key] = index;
    plant(financials[index]);
  };
  take(
    "actualAfterReportMonth",
    (entry) => entry.lines[0].months.some((month) => month.month === reportMonth + 1),
    (entry) => {
      const next = entry.lines[0].months.find((month) => month.month === reportMonth + 1)!;
      next.actual = next.forecast ?? next.budget;
    },
  );
  take(
    "phasedBudgetDiffersFromBac",
    () => true,
    (entry) => entry.lines.forEach((line) => line.months.forEach((month) => (month.budget = month.budget === null ? null : Math.round(month.budget * PLANTED_BUDGET_OVER_BAC)))),
  );
  take(
    "budgetVarianceWithoutComment",
    (entry) => budgetPosition(entry.lines, reportMonth).ytdBudget > 0,
    (entry) => {
      // Every month of the year to date booked at 15 % over its budget: YTD spend 15 % over, Red.
      const fy = fiscalYearOf(reportMonth);
      for (const line of entry.lines) for (const month of line.months) if (month.month >= fy.first && month.month <= reportMonth) month.actual = Math.round((month.budget ?? 0) * PLANTED_YTD_OVERSPEND);
    },
  );
  return planted;
}

/** After the variances are explained: the planted Red project's report month says nothing. */
export function removePlantedComment(financials: ProjectFinancials[], planted: PlantedFinancialProjects, reportMonth: MonthNumber): void {
  const index = planted.budgetVarianceWithoutComment;
  if (index !== undefined) reportMonthRow(financials[index].lines, reportMonth).comment = null;
}

/** The two rows appended at the end of the sheet: an unknown project, then an unreadable period. */
export function plantedFinancialRows(context: SampleContext, financials: readonly ProjectFinancials[], reportMonth: MonthNumber): SampleRecord[] {
  const known = financials.find((entry) => entry.lines.length > 0);
  const period = context.date(firstDayOfMonth(reportMonth));
  const rows: SampleRecord[] = [{ projectId: unknownProjectId(financials.length), period, costType: OPEX, ...ORPHAN_AMOUNTS, forecast: null, comment: null }];
  if (known) rows.push({ projectId: known.project.cells.id, period: "TBC", costType: OPEX, budget: null, actual: null, forecast: ORPHAN_AMOUNTS.budget, comment: null });
  return rows;
}

/** The sample's Financials rows, findings planted and variances explained, and who carries which planted finding. */
export function financialsSample(context: SampleContext, projects: readonly SampleProject[], reportMonth: MonthNumber): { records: SampleRecord[]; planted: PlantedFinancialProjects } {
  const financials = sampleFinancials(context, projects, reportMonth);
  const planted = plantProjectFinancialFindings(financials, reportMonth);
  explainVariances(context.random, financials, reportMonth);
  removePlantedComment(financials, planted, reportMonth);
  return { records: [...financialRecords(context, financials), ...plantedFinancialRows(context, financials, reportMonth)], planted };
}
