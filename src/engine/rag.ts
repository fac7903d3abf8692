/**
 * RAG status with reasons (SPEC 3.4). Each dimension is Green, Amber or Red when it has data and
 * Grey (not assessed) when it has none; overall is the worst assessed dimension. Reasons are
 * written for a PMO analyst: "Cost Red: CPI 0.86 < 0.90".
 */
import { RAG, RAG_SEVERITY, RagStatus, RISK_RATING } from "./constants";
import { RuleSet } from "./rules";
import { appendAll } from "./arrays";

export interface Assessment {
  status: RagStatus;
  /** Why the status is not Green, one sentence a cause; empty when Green or Grey. */
  reasons: string[];
}

export const NOT_ASSESSED: Assessment = Object.freeze({ status: RAG.grey, reasons: Object.freeze([]) as unknown as string[] });
/** Shared, frozen: most dimensions of most projects are Green, and need no object of their own. */
export const ON_TRACK_ASSESSMENT: Assessment = Object.freeze({ status: RAG.green, reasons: Object.freeze([]) as unknown as string[] });

export function worstStatus(statuses: Iterable<RagStatus>): RagStatus {
  let worst: RagStatus = RAG.grey;
  for (const status of statuses) if (RAG_SEVERITY[status] > RAG_SEVERITY[worst]) worst = status;
  return worst;
}

/**
 * An index below its threshold, with enough digits that it still reads as below: 0.8999 against
 * 0.90 shows as "0.8999", not "0.90".
 */
export function formatIndexAgainst(value: number, threshold: number): string {
  for (let digits = 2; digits < 8; digits += 1) {
    const shown = value.toFixed(digits);
    if (Number(shown) < threshold) return shown;
  }
  return String(value);
}

/*
 * Each rule is stated once, as a status (the *Status functions). The assessments add the reasons;
 * a caller that wants only the status (PMO.RAG) asks for it without building any text.
 */

/** Index below a threshold: Red below `red`, Amber below `amber`, else Green. */
export function indexStatus(value: number, amber: number, red: number): RagStatus {
  return value < red ? RAG.red : value < amber ? RAG.amber : RAG.green;
}

/** A count of days at or over a limit: Red at `red` or more, Amber at `amber` or more, else Green. */
export function daysStatus(days: number, amber: number, red: number): RagStatus {
  return days >= red ? RAG.red : days >= amber ? RAG.amber : RAG.green;
}

/** The worst open threat's score: Green below the High score, else Red at the Critical score or more, else Amber. */
export function riskScoreStatus(worstScore: number, rules: RuleSet): RagStatus {
  if (worstScore < rules["risk.amberScore"]) return RAG.green;
  return worstScore >= rules["risk.redScore"] ? RAG.red : RAG.amber;
}

/** Thresholds as reasons show them ("0.90"), kept: a rule set has few, and toFixed is slow beside the rest of a reason. */
const thresholdTexts = new Map<number, string>();

function thresholdText(threshold: number): string {
  let text = thresholdTexts.get(threshold);
  if (text === undefined) {
    if (thresholdTexts.size >= 64) thresholdTexts.clear();
    text = threshold.toFixed(2);
    thresholdTexts.set(threshold, text);
  }
  return text;
}

function indexAssessment(dimension: string, label: string, value: number, amber: number, red: number): Assessment {
  const status = indexStatus(value, amber, red);
  if (status === RAG.green) return ON_TRACK_ASSESSMENT;
  const threshold = status === RAG.red ? red : amber;
  return { status, reasons: [`${dimension} ${status}: ${label} ${formatIndexAgainst(value, threshold)} < ${thresholdText(threshold)}`] };
}

function daysAssessment(dimension: string, what: string, days: number, amber: number, red: number): Assessment {
  const status = daysStatus(days, amber, red);
  if (status === RAG.green) return ON_TRACK_ASSESSMENT;
  const threshold = status === RAG.red ? red : amber;
  return { status, reasons: [`${dimension} ${status}: ${what} ${days} days (>= ${threshold})`] };
}

/** The worst of several assessments of one dimension, with the reasons of those that are worst. */
export function combineAssessments(parts: readonly Assessment[]): Assessment {
  if (parts.length === 0) return NOT_ASSESSED;
  if (parts.length === 1) return parts[0];
  let status: RagStatus = RAG.grey;
  for (const part of parts) if (RAG_SEVERITY[part.status] > RAG_SEVERITY[status]) status = part.status;
  if (status === RAG.green) return ON_TRACK_ASSESSMENT;
  const reasons: string[] = [];
  for (const part of parts) if (part.status === status) appendAll(reasons, part.reasons);
  return { status, reasons };
}

export interface OverdueMilestone {
  id: string;
  daysOverdue: number;
}

export interface ScheduleFacts {
  spi?: number | null;
  slipDays?: number | null;
  /** Whether the project has any milestone not done with a due date (overdue or not). */
  hasOpenMilestones?: boolean;
  /** Milestones not done whose due date is before the as-of date. */
  overdueMilestones?: readonly OverdueMilestone[];
}

export function assessSchedule(facts: ScheduleFacts, rules: RuleSet): Assessment {
  const parts: Assessment[] = [];
  if (facts.spi !== undefined && facts.spi !== null) {
    parts.push(indexAssessment("Schedule", "SPI", facts.spi, rules["spi.amber"], rules["spi.red"]));
  }
  if (facts.slipDays !== undefined && facts.slipDays !== null) {
    parts.push(daysAssessment("Schedule", "finish slipped", facts.slipDays, rules["slip.amberDays"], rules["slip.redDays"]));
  }
  for (const milestone of facts.overdueMilestones ?? []) {
    const red = milestone.daysOverdue >= rules["milestone.redDays"];
    const status = red ? RAG.red : RAG.amber;
    parts.push({ status, reasons: [`Schedule ${status}: milestone ${milestone.id} overdue ${milestone.daysOverdue} days`] });
  }
  if (parts.length === 0 && facts.hasOpenMilestones) parts.push(ON_TRACK_ASSESSMENT);
  return combineAssessments(parts);
}

export function assessCost(cpi: number | null | undefined, rules: RuleSet): Assessment {
  if (cpi === undefined || cpi === null) return NOT_ASSESSED;
  return indexAssessment("Cost", "CPI", cpi, rules["cpi.amber"], rules["cpi.red"]);
}

export interface ScoredThreat {
  id?: string;
  score: number;
}

/**
 * Risk from the open threats: any at or above the Critical score Red, any at or above the High
 * score Amber, else Green; Grey with no open threat.
 */
export function assessRisk(openThreats: readonly ScoredThreat[], rules: RuleSet): Assessment {
  if (openThreats.length === 0) return NOT_ASSESSED;
  let worstScore = 0;
  for (const threat of openThreats) if (threat.score > worstScore) worstScore = threat.score;
  const status = riskScoreStatus(worstScore, rules);
  if (status === RAG.green) return ON_TRACK_ASSESSMENT;
  const limit = status === RAG.red ? rules["risk.redScore"] : rules["risk.amberScore"];
  const rating = status === RAG.red ? RISK_RATING.critical : RISK_RATING.high;
  const reasons: string[] = [];
  for (const threat of openThreats) {
    if (threat.score < limit) continue;
    reasons.push(`Risk ${status}: ${threat.id ? `open threat ${threat.id}` : "risk"} score ${threat.score} (${rating}, >= ${limit})`);
  }
  return { status, reasons };
}

export interface OverallAssessment extends Assessment {
  schedule: Assessment;
  cost: Assessment;
  risk: Assessment;
  /** The fourth dimension (SPEC 9), present only when the workbook has a Financials sheet. */
  budget?: Assessment;
  overridden: boolean;
}

export interface Dimensions {
  schedule: Assessment;
  cost: Assessment;
  risk: Assessment;
  budget?: Assessment;
}

/** Overall: the worst assessed dimension, unless a status override with a reason replaces it. */
export function assessOverall(dimensions: Dimensions, override?: { status: RagStatus; reason: string }): OverallAssessment {
  const { schedule, cost, risk, budget } = dimensions;
  const computed = worstOfDimensions(dimensions);
  const status = override ? override.status : computed.status;
  const reasons = override ? [`Overridden to ${override.status} (computed ${computed.status}): ${override.reason}`, ...computed.reasons] : computed.reasons;
  // Without a Financials sheet the budget key is left out, not Grey: nothing changes (SPEC 9).
  // Two literals, not a spread: one object shape each, for the loops over 50,000 projects.
  return budget ? { schedule, cost, risk, budget, status, overridden: override !== undefined, reasons } : { schedule, cost, risk, status, overridden: override !== undefined, reasons };
}

/** The worst assessed dimension and every dimension's reasons, in the order schedule, cost, risk, budget. */
export function worstOfDimensions({ schedule, cost, risk, budget }: Dimensions): Assessment {
  let status: RagStatus = schedule.status;
  if (RAG_SEVERITY[cost.status] > RAG_SEVERITY[status]) status = cost.status;
  if (RAG_SEVERITY[risk.status] > RAG_SEVERITY[status]) status = risk.status;
  if (budget && RAG_SEVERITY[budget.status] > RAG_SEVERITY[status]) status = budget.status;
  const reasons = [...schedule.reasons, ...cost.reasons, ...risk.reasons];
  if (budget) appendAll(reasons, budget.reasons);
  return { status, reasons };
}

/** One project's figures as PMO.RAG takes them; a missing one is not assessed. */
export interface ProjectFigures {
  spi?: number;
  cpi?: number;
  slipDays?: number;
  /** The highest open threat's score. */
  riskScore?: number;
}

/** The figures assessed by schedule, cost and risk, with reasons. */
export function assessFigures(figures: ProjectFigures, rules: RuleSet): OverallAssessment {
  return assessOverall({
    schedule: assessSchedule({ spi: figures.spi, slipDays: figures.slipDays }, rules),
    cost: assessCost(figures.cpi, rules),
    risk: assessRisk(figures.riskScore === undefined ? [] : [{ score: figures.riskScore }], rules),
  });
}

function worse(a: RagStatus, b: RagStatus): RagStatus {
  return RAG_SEVERITY[b] > RAG_SEVERITY[a] ? b : a;
}

/**
 * assessFigures(figures, rules).status, by the same rules, without building reasons: the worst of
 * the statuses of the figures given (each dimension is the worst of its own), Grey if none is.
 */
export function overallStatusOf(figures: ProjectFigures, rules: RuleSet): RagStatus {
  let status: RagStatus = RAG.grey;
  if (figures.spi !== undefined) status = worse(status, indexStatus(figures.spi, rules["spi.amber"], rules["spi.red"]));
  if (figures.slipDays !== undefined) status = worse(status, daysStatus(figures.slipDays, rules["slip.amberDays"], rules["slip.redDays"]));
  if (figures.cpi !== undefined) status = worse(status, indexStatus(figures.cpi, rules["cpi.amber"], rules["cpi.red"]));
  if (figures.riskScore !== undefined) status = worse(status, riskScoreStatus(figures.riskScore, rules));
  return status;
}

export const ON_TRACK = "On track";
export const NOT_ASSESSED_TEXT = "Not assessed: no schedule, cost or risk data";

/** Reasons as one line for a cell. */
export function reasonText(assessment: Assessment): string {
  if (assessment.reasons.length > 0) return assessment.reasons.join("; ");
  return assessment.status === RAG.grey ? NOT_ASSESSED_TEXT : ON_TRACK;
}
