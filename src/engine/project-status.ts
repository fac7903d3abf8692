/**
 * Everything the report says about one project (SPEC 3.3, 3.4): earned value with EV and PV
 * derived where blank, EAC, slippage, and the RAG status of each dimension with its reasons.
 */
import { RAG, RagStatus, RISK_TYPE } from "./constants";
import { costPerformanceIndex, derivedEarnedValue, Figure, plannedValue, ratio, schedulePerformanceIndex } from "./evm";
import { Milestone, Project, Risk } from "./model";
import { Assessment, assessCost, assessOverall, assessRisk, assessSchedule, OverallAssessment, OverdueMilestone } from "./rag";
import { isOpenRisk, riskScore } from "./risk";
import { RuleSet } from "./rules";
import { DayNumber } from "./values";

export interface ProjectFigures {
  ev: Figure;
  pv: Figure;
  spi: Figure;
  cpi: Figure;
  /** EAC by the CPI method; the BAC where CPI is not available; null without a BAC. */
  eac: Figure;
  slipDays: Figure;
}

export interface ProjectStatus extends ProjectFigures {
  project: Project;
  assessment: OverallAssessment;
}

/** A milestone's due date: its forecast, else its baseline. */
export function milestoneDue(milestone: Milestone): DayNumber | undefined {
  return milestone.forecastDate ?? milestone.baselineDate;
}

export function isDone(milestone: Milestone): boolean {
  return milestone.actualDate !== undefined;
}

export function projectFigures(project: Project, asOf: DayNumber): ProjectFigures {
  const bac = project.bac ?? null;
  const ev = derivedEarnedValue(project.ev ?? null, project.percentComplete ?? null, bac);
  let pv: Figure = project.pv ?? null;
  if (pv === null && bac !== null && project.start !== undefined && project.finish !== undefined && project.finish >= project.start) {
    pv = plannedValue(bac, project.start, project.finish, asOf);
  }
  const ac = project.ac ?? null;
  const cpi = costPerformanceIndex(ev, ac);
  const spi = schedulePerformanceIndex(ev, pv);
  // CPI method (SPEC 3.6); the budget itself where CPI is not available.
  const eac = bac === null ? null : (ratio(bac, cpi) ?? bac);
  const slipDays = project.finish !== undefined && project.forecastFinish !== undefined ? project.forecastFinish - project.finish : null;
  return { ev, pv, spi, cpi, eac, slipDays };
}

function overdueMilestones(milestones: readonly Milestone[], asOf: DayNumber): { open: boolean; overdue: OverdueMilestone[] } {
  let open = false;
  const overdue: OverdueMilestone[] = [];
  for (const milestone of milestones) {
    const due = milestoneDue(milestone);
    if (isDone(milestone) || due === undefined) continue;
    open = true;
    if (due < asOf) overdue.push({ id: milestone.id, daysOverdue: asOf - due });
  }
  return { open, overdue };
}

/** Scores of the open threats that have both a probability and an impact. */
export function openThreatScores(risks: readonly Risk[]): { id: string; score: number }[] {
  const scores: { id: string; score: number }[] = [];
  for (const risk of risks) {
    if (risk.type !== RISK_TYPE.threat || !isOpenRisk(risk.status) || !risk.probability || risk.impact === undefined) continue;
    scores.push({ id: risk.id, score: riskScore(risk.probability.band, risk.impact) });
  }
  return scores;
}

/** An override counts only with a reason, and only as Green, Amber or Red. */
export function validOverride(project: Project): { status: RagStatus; reason: string } | undefined {
  if (!project.ragOverride || project.ragOverride === RAG.grey || !project.overrideReason) return undefined;
  return { status: project.ragOverride, reason: project.overrideReason };
}

/** `budget`: the project's budget dimension (SPEC 9), given only when the workbook has a Financials sheet. */
export function computeProjectStatus(project: Project, risks: readonly Risk[], milestones: readonly Milestone[], asOf: DayNumber, rules: RuleSet, budget?: Assessment): ProjectStatus {
  const figures = projectFigures(project, asOf);
  const { open, overdue } = overdueMilestones(milestones, asOf);
  const schedule = assessSchedule({ spi: figures.spi, slipDays: figures.slipDays, hasOpenMilestones: open, overdueMilestones: overdue }, rules);
  const cost = assessCost(figures.cpi, rules);
  const risk = assessRisk(openThreatScores(risks), rules);
  return { ...figures, project, assessment: assessOverall(budget ? { schedule, cost, risk, budget } : { schedule, cost, risk }, validOverride(project)) };
}
