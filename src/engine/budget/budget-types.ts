/**
 * The budget review as `pmo report --json` prints it (SPEC 9, key `budget`), and as the summary
 * sheet's Budget review section and the task pane read it. Every amount is a sum over the lines
 * behind it: null when nothing but blanks was added (no data is not zero, SPEC 2), never NaN.
 * Variances are actual (or outturn) minus budget: positive is an overspend. A variancePct is the
 * variance as a percentage of the budget, null when the budget is 0 or missing.
 */
import { RagStatus } from "../constants";

export type Amount = number | null;

export interface MonthFigures {
  budget: Amount;
  actual: Amount;
  variance: Amount;
  variancePct: Amount;
}

export interface FullYearFigures {
  /** The fiscal year's budget: every one of its 12 months'. */
  budget: Amount;
  /** Actuals to the report month, then each later month's forecast, or its budget where it has none. */
  outturn: Amount;
  variance: Amount;
  variancePct: Amount;
}

export interface WholeLifeFigures {
  /** Every month's budget, whichever year. */
  budget: Amount;
  /** Actuals to the report month, then each later month's forecast, else its budget. */
  eac: Amount;
}

/** One cost type's share (SPEC 9, capex and opex). */
export interface CostTypeFigures {
  ytdBudget: Amount;
  ytdActual: Amount;
  fyBudget: Amount;
  outturn: Amount;
}

/** The figures the summary's group table and project table have in common. */
export interface BudgetLineFigures {
  fyBudget: Amount;
  ytdBudget: Amount;
  ytdActual: Amount;
  ytdVariance: Amount;
  ytdVariancePct: Amount;
  outturn: Amount;
  outturnVariance: Amount;
  outturnVariancePct: Amount;
}

export interface BudgetGroupLine extends BudgetLineFigures {
  group: string;
  /** The worst budget status of the group's projects; Grey when none has a budget this FY. */
  status: RagStatus;
}

/** An active project with any Financials line, in register order. */
export interface BudgetProjectLine {
  id: string;
  name: string;
  group: string;
  /** Its budget status: Grey when it has no budget in the FY. */
  status: RagStatus;
  ytdBudget: Amount;
  ytdActual: Amount;
  ytdVariance: Amount;
  ytdVariancePct: Amount;
  fyBudget: Amount;
  outturn: Amount;
  outturnVariance: Amount;
  outturnVariancePct: Amount;
  /** Why it is Red or Amber, in words; empty when Green or Grey. */
  reasons: string[];
  /** The comment(s) of the report month, joined; null when there is none. */
  comment: string | null;
}

/** One month of the fiscal year, over every active project. */
export interface BudgetMonth {
  /** YYYY-MM. */
  period: string;
  budget: Amount;
  actual: Amount;
  forecast: Amount;
  cumBudget: Amount;
  /** Cumulative actuals to the report month, then forecast (else budget) for the later months. */
  cumActualForecast: Amount;
}

export interface BudgetReview {
  /** `FY2026` or `FY2026-27` (SPEC 9). */
  fiscalYear: string;
  /** YYYY-MM of the fiscal year's first and last months. */
  fyStart: string;
  fyEnd: string;
  month: MonthFigures;
  ytd: MonthFigures;
  fullYear: FullYearFigures;
  wholeLife: WholeLifeFigures;
  capex: CostTypeFigures;
  opex: CostTypeFigures;
  byGroup: BudgetGroupLine[];
  projects: BudgetProjectLine[];
  /** The fiscal year's 12 months, in order. */
  months: BudgetMonth[];
}
