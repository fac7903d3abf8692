/**
 * A project's budget status (SPEC 9), the fourth RAG dimension: for the year to date and for the
 * outturn, Red when the variance is `budget.redPct` % of budget or more either way, Amber at
 * `budget.amberPct` %, but never flagged when the variance is under `budget.minVariance`; the worse
 * of the two, Grey when the project has no budget this fiscal year. The reasons say which way:
 * `Budget Red: outturn 12.5 % over the FY budget (+1,250,000)`.
 */
import { RAG, RAG_SEVERITY, RagStatus } from "../constants";
import { Assessment, NOT_ASSESSED, ON_TRACK_ASSESSMENT } from "../rag";
import { RuleSet } from "../rules";

/** One of the two figures a budget status is judged on. */
export interface BudgetVariance {
  /** NaN when there is no variance (nothing on either side). */
  variance: number;
  /** NaN when the budget is 0 or missing. */
  variancePct: number;
}

/** Whole units with thousands separators and a sign: +1,250,000, -60,000. */
export function signedAmountText(value: number): string {
  const rounded = Math.round(value);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return rounded > 0 ? `+${digits}` : rounded < 0 ? `-${digits}` : digits;
}

/**
 * A percentage at or over a threshold, with enough digits that it still reads as at or over it,
 * and one below the next threshold still reads as below it: 9.996 % Amber shows as 9.996, not 10.0.
 */
function percentText(percent: number, below: number | undefined): string {
  for (let digits = 1; digits < 6; digits += 1) {
    const shown = percent.toFixed(digits);
    if (below === undefined || Number(shown) < below) return shown;
  }
  return String(percent);
}

export function varianceStatus(figure: BudgetVariance, rules: RuleSet): RagStatus | undefined {
  const { variance, variancePct } = figure;
  if (variancePct !== variancePct) return undefined;
  if (Math.abs(variance) < rules["budget.minVariance"]) return RAG.green;
  const size = Math.abs(variancePct);
  return size >= rules["budget.redPct"] ? RAG.red : size >= rules["budget.amberPct"] ? RAG.amber : RAG.green;
}

/** The variance's size in per cent as a reason shows it, and which way it goes. */
function sizeAndWay(status: RagStatus, figure: BudgetVariance, rules: RuleSet): { percent: string; way: string } {
  const percent = percentText(Math.abs(figure.variancePct), status === RAG.amber ? rules["budget.redPct"] : undefined);
  return { percent, way: figure.variance > 0 ? "over" : "under" };
}

/** The year-to-date reason: "YTD spend 6.0 % under budget (-60,000)". */
function ytdReason(status: RagStatus, figure: BudgetVariance, rules: RuleSet): string {
  const { percent, way } = sizeAndWay(status, figure, rules);
  return `Budget ${status}: YTD spend ${percent} % ${way} budget (${signedAmountText(figure.variance)})`;
}

/** The full-year reason: "outturn 12.5 % over the FY budget (+1,250,000)". */
function outturnReason(status: RagStatus, figure: BudgetVariance, rules: RuleSet): string {
  const { percent, way } = sizeAndWay(status, figure, rules);
  return `Budget ${status}: outturn ${percent} % ${way} the FY budget (${signedAmountText(figure.variance)})`;
}

/** `hasFyBudget`: the project has a budget (not 0) in the fiscal year. */
export function assessBudget(hasFyBudget: boolean, ytd: BudgetVariance, fullYear: BudgetVariance, rules: RuleSet): Assessment {
  if (!hasFyBudget) return NOT_ASSESSED;
  const ytdStatus = varianceStatus(ytd, rules);
  const fullYearStatus = varianceStatus(fullYear, rules) ?? RAG.green;
  const status = ytdStatus !== undefined && RAG_SEVERITY[ytdStatus] > RAG_SEVERITY[fullYearStatus] ? ytdStatus : fullYearStatus;
  if (status === RAG.green) return ON_TRACK_ASSESSMENT;
  const reasons: string[] = [];
  if (ytdStatus === status) reasons.push(ytdReason(status, ytd, rules));
  if (fullYearStatus === status) reasons.push(outturnReason(status, fullYear, rules));
  return { status, reasons };
}
