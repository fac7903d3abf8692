/**
 * The summary's `Budget review` section (SPEC 9), after the key figures, when the workbook has a
 * Financials sheet: the FY's key figures, the table by group, capex and opex, the projects that
 * must explain a variance, and the FY month by month with its line chart.
 */
import { NOT_AVAILABLE } from "../engine/constants";
import { flaggedBudgetProjects } from "../engine/budget/flagged-projects";
import type { BudgetReview } from "../engine/budget/budget-types";
import { columnOf, PlanBuilder, statusStyle } from "./plan-builder";
import { PlanValue, range } from "./sheet-plan";
import { BRAND_COLOR, STATUS_COLORS } from "./styles";
import { monthTitle } from "./summary-sections";

/** The month-by-month chart's height in rows, beside its 13-row table. */
const CHART_ROWS = 16;

/** variancePct is in percentage points (12.5); the sheet holds the fraction, shown as 12.5%. */
function percentCell(points: number | null): PlanValue {
  return points === null ? NOT_AVAILABLE : points / 100;
}

function moneyCell(amount: number | null): PlanValue {
  return amount ?? NOT_AVAILABLE;
}

function keyFigures(builder: PlanBuilder, budget: BudgetReview): void {
  const { ytd, fullYear } = budget;
  builder.row(["FY budget", "YTD budget", "YTD actual", "YTD variance", "YTD variance %", "Outturn", "Outturn variance", "Outturn variance %"].map((value) => ({ value, style: "label" as const })));
  const values = builder.row([
    { value: moneyCell(fullYear.budget), style: "kpiMoney" },
    { value: moneyCell(ytd.budget), style: "kpiMoney" },
    { value: moneyCell(ytd.actual), style: "kpiMoney" },
    { value: moneyCell(ytd.variance), style: "kpiMoney" },
    { value: percentCell(ytd.variancePct), style: "kpiPercent" },
    { value: moneyCell(fullYear.outturn), style: "kpiMoney" },
    { value: moneyCell(fullYear.variance), style: "kpiMoney" },
    { value: percentCell(fullYear.variancePct), style: "kpiPercent" },
  ]);
  builder.fitColumnsTo(values);
}

function byGroup(builder: PlanBuilder, budget: BudgetReview, groupLabel: string): void {
  if (budget.byGroup.length === 0) return;
  const { data } = builder.table(
    [groupLabel, "FY budget", "YTD budget", "YTD actual", "YTD variance", "YTD %", "Outturn", "Outturn variance", "Outturn %", "Budget status"],
    budget.byGroup.map((group) => [group.group, moneyCell(group.fyBudget), moneyCell(group.ytdBudget), moneyCell(group.ytdActual), moneyCell(group.ytdVariance), percentCell(group.ytdVariancePct), moneyCell(group.outturn), moneyCell(group.outturnVariance), percentCell(group.outturnVariancePct), group.status]),
    ["text", "money", "money", "money", "money", "percentOneDecimal", "money", "money", "percentOneDecimal", statusStyle],
  );
  if (data) builder.format({ kind: "statusFill", range: columnOf(data, 10) });
}

function capexOpex(builder: PlanBuilder, budget: BudgetReview): void {
  builder.table(
    ["Cost type", "YTD budget", "YTD actual", "FY budget", "Outturn"],
    [
      ["Capex", moneyCell(budget.capex.ytdBudget), moneyCell(budget.capex.ytdActual), moneyCell(budget.capex.fyBudget), moneyCell(budget.capex.outturn)],
      ["Opex", moneyCell(budget.opex.ytdBudget), moneyCell(budget.opex.ytdActual), moneyCell(budget.opex.fyBudget), moneyCell(budget.opex.outturn)],
    ],
    ["label", "money", "money", "money", "money"],
  );
}

function flagged(builder: PlanBuilder, budget: BudgetReview): void {
  const projects = flaggedBudgetProjects(budget);
  if (projects.length === 0) {
    builder.line("No project is Red or Amber on budget.", "note");
    return;
  }
  const { data } = builder.table(
    ["Project ID", "Project", "Budget status", "YTD variance", "Outturn variance", "Reasons", "Comment"],
    projects.map((project) => [project.id, project.name, project.status, moneyCell(project.ytdVariance), moneyCell(project.outturnVariance), project.reasons.join("; "), project.comment ?? "(no comment)"]),
    ["text", "text", statusStyle, "money", "money", "text", (value) => (value === "(no comment)" ? "note" : "text")],
  );
  if (data) builder.format({ kind: "statusFill", range: columnOf(data, 3) });
}

/**
 * The FY month by month. "Actual or forecast" is what cumActualForecast adds up: the month's
 * actual up to the report month, then its forecast, else its budget.
 */
function months(builder: PlanBuilder, budget: BudgetReview, reportMonth: string): void {
  const { header, data } = builder.table(
    ["Month", "Budget", "Actual or forecast", "Cumulative budget", "Cumulative actual, then forecast"],
    budget.months.map((month) => [month.period, moneyCell(month.budget), moneyCell(month.period <= reportMonth ? month.actual : (month.forecast ?? month.budget)), moneyCell(month.cumBudget), moneyCell(month.cumActualForecast)]),
    ["text", "money", "money", "money", "money"],
  );
  if (!data) return;
  builder.chart({
    kind: "line",
    title: `${budget.fiscalYear}: cumulative budget and actual, then forecast`,
    categories: columnOf(data, 1),
    series: [
      { name: "Cumulative budget", values: columnOf(data, 4), color: BRAND_COLOR },
      { name: "Cumulative actual, then forecast", values: columnOf(data, 5), color: STATUS_COLORS.Amber.font },
    ],
    anchor: range(header, 7, header + CHART_ROWS - 1, 14),
  });
  // The next section starts below the chart, not under it.
  while (builder.nextRow <= header + CHART_ROWS) builder.blank();
}

export function budgetSection(builder: PlanBuilder, budget: BudgetReview | null, reportMonth: string, groupLabel: string): void {
  if (!budget) return;
  builder.section(`Budget review: ${budget.fiscalYear}, ${monthTitle(reportMonth)}`);
  keyFigures(builder, budget);
  builder.blank();
  byGroup(builder, budget, groupLabel);
  builder.blank();
  capexOpex(builder, budget);
  builder.section(`Budget review: projects to explain a variance, ${monthTitle(reportMonth)}`);
  flagged(builder, budget);
  builder.section(`Budget review: ${budget.fiscalYear} month by month`);
  months(builder, budget, reportMonth);
}
