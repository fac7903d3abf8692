/**
 * The monthly summary model (SPEC 6) from a read portfolio. Linear in the size of the portfolio:
 * risks and milestones are grouped by project once, so 50,000 projects with 400,000 risks and
 * milestones take well under a second.
 */
import { compareIds } from "../compare";
import { RAG, RagStatus } from "../constants";
import { countFindings, Finding } from "../findings";
import { addToHeatMap, emptyHeatMap } from "../heatmap";
import { HistoryRow, previousMonth } from "../history";
import { IdMap } from "../id-map";
import { isActiveProject, Milestone, Portfolio, Project, Risk } from "../model";
import { computeProjectStatus, ProjectStatus } from "../project-status";
import { isOpenRisk } from "../risk";
import { RuleSet } from "../rules";
import { GroupNames } from "../status-rollup";
import { DayNumber, isoFromDay, monthOfDay, parseMonth } from "../values";
import { budgetReview } from "../budget/budget-review";
import { milestoneFigures, NO_MILESTONE_FIGURES } from "./milestone-figures";
import { missingData, riskData } from "./missing-data";
import { statusChanges } from "./changes";
import { buildRollup, buildTotals } from "./totals";
import { GroupedRisk, HIGH_OR_CRITICAL, riskFigures } from "./risk-figures";
import { statusTrend } from "./trend";
import { raidFigures } from "./raid-figures";
import { Report, ExceptionLine, ProjectLine } from "./report-types";
import { computedBeforeOverride, isOptimistic } from "../watermelon";

export interface ReportInput {
  portfolio: Portfolio;
  findings: readonly Finding[];
  rules: RuleSet;
  ruleSet: string;
  month: string;
  /** Defaults to the month's last day. */
  asOf?: DayNumber;
  /** A Projects text field; default program. */
  groupBy?: string;
  history: readonly HistoryRow[];
  /** ISO timestamp stamped on the history rows. */
  capturedAt: string;
}

export const DEFAULT_GROUP_BY = "program";

interface ProjectBucket {
  project: Project;
  group: string;
  risks: Risk[];
  milestones: Milestone[];
}

/** Active projects with their risks and milestones, in one pass over each register. */
function bucketsOf(portfolio: Portfolio, groupBy: string): ProjectBucket[] {
  const buckets: ProjectBucket[] = [];
  const byId = new IdMap<ProjectBucket>();
  const groups = new GroupNames();
  for (const project of portfolio.projects) {
    if (!isActiveProject(project)) continue;
    const bucket = { project, group: groups.of((project as unknown as Record<string, unknown>)[groupBy] as string | undefined), risks: [], milestones: [] };
    buckets.push(bucket);
    byId.set(project.id, bucket);
  }
  for (const risk of portfolio.risks) byId.get(risk.projectId)?.risks.push(risk);
  for (const milestone of portfolio.milestones) byId.get(milestone.projectId)?.milestones.push(milestone);
  return buckets;
}

function projectLine(status: ProjectStatus, group: string): ProjectLine {
  const { project, assessment } = status;
  const line: ProjectLine = {
    id: project.id,
    name: project.name,
    group,
    status: project.status,
    rag: assessment.status,
    schedule: assessment.schedule.status,
    cost: assessment.cost.status,
    risk: assessment.risk.status,
    overridden: assessment.overridden,
    reportedRag: project.reportedRag ?? null,
    optimistic: isOptimistic(project.reportedRag, computedBeforeOverride(assessment).status),
    reasons: assessment.reasons,
    spi: status.spi,
    cpi: status.cpi,
    eac: status.eac,
    slipDays: status.slipDays,
  };
  return assessment.budget ? withBudget(line, assessment.budget.status) : line;
}

/** The line with the budget dimension after risk (SPEC 9), only when the workbook has a Financials sheet. */
function withBudget(line: ProjectLine, budget: RagStatus): ProjectLine {
  const { id, name, group, status, rag, schedule, cost, risk, overridden, reportedRag, optimistic, reasons, spi, cpi, eac, slipDays } = line;
  return { id, name, group, status, rag, schedule, cost, risk, budget, overridden, reportedRag, optimistic, reasons, spi, cpi, eac, slipDays };
}

/** Red first, then Amber, then a project shown Green by its override but reporting optimistically. */
const SEVERITY_ORDER = { Red: 0, Amber: 1 } as Record<string, number>;
const exceptionOrder = (rag: string) => SEVERITY_ORDER[rag] ?? 2;

/**
 * Exceptions: every Red and Amber project, and every optimistic one (SPEC 2). An optimistic
 * project is Amber or Red by its figures, so it is here unless an override shows it Green.
 */
function isException(line: ProjectLine): boolean {
  return line.rag === RAG.red || line.rag === RAG.amber || line.optimistic;
}

export function buildReport(input: ReportInput): Report {
  const { portfolio, rules, month } = input;
  const range = parseMonth(month);
  if (!range) throw new Error(`Not a month: ${month}`);
  const asOf = input.asOf ?? range.last;
  const groupBy = input.groupBy ?? DEFAULT_GROUP_BY;
  const buckets = bucketsOf(portfolio, groupBy);
  // The budget dimension first: it takes part in each project's overall status (SPEC 9).
  const budget = portfolio.financials ? budgetReview(portfolio.financials, buckets, monthOfDay(range.last), rules) : undefined;
  const statuses = buckets.map((bucket, index) => computeProjectStatus(bucket.project, bucket.risks, bucket.milestones, asOf, rules, budget?.assessments[index]));
  const lines = statuses.map((status, index) => projectLine(status, buckets[index].group));
  const openRisks: GroupedRisk[] = [];
  for (const { project, group, risks: projectRisks } of buckets) {
    for (const risk of projectRisks) if (isOpenRisk(risk.status)) openRisks.push({ risk, project, group });
  }
  const risks = riskFigures(openRisks);
  const data = riskData(portfolio);
  const heatmap = emptyHeatMap();
  for (const threat of risks.ratedThreats) addToHeatMap(heatmap, threat.risk.probability!.band, threat.risk.impact!);

  const exceptions: ExceptionLine[] = lines
    .filter(isException)
    .sort((a, b) => exceptionOrder(a.rag) - exceptionOrder(b.rag) || compareIds(a.id, b.id))
    .map(({ id, name, rag, overridden, reportedRag, optimistic, reasons }) => ({ id, name, rag, overridden, reportedRag, optimistic, reasons }));

  const previous = previousMonth(input.history, month) ?? null;
  const highRisksByProject = new Map<Project, number>();
  for (const threat of risks.ratedThreats) {
    if (HIGH_OR_CRITICAL.includes(threat.rating)) highRisksByProject.set(threat.project, (highRisksByProject.get(threat.project) ?? 0) + 1);
  }
  const historyRows: HistoryRow[] = statuses.map((status, index) => ({
    month,
    id: status.project.id,
    name: status.project.name,
    group: lines[index].group,
    overall: lines[index].rag,
    schedule: lines[index].schedule,
    cost: lines[index].cost,
    risk: lines[index].risk,
    budget: lines[index].budget ?? null,
    spi: status.spi,
    cpi: status.cpi,
    bac: status.project.bac ?? null,
    eac: status.eac,
    forecastFinish: status.project.forecastFinish === undefined ? null : isoFromDay(status.project.forecastFinish),
    highRisks: highRisksByProject.get(status.project) ?? 0,
    capturedAt: input.capturedAt,
  }));

  return {
    json: {
      month,
      asOf: isoFromDay(asOf),
      groupBy,
      totals: buildTotals(portfolio.projects.length, statuses, risks, data),
      rollup: buildRollup(statuses, lines, risks, data),
      projects: lines,
      exceptions,
      topRisks: risks.topRisks,
      heatmap,
      milestones: portfolio.layouts.milestones ? milestoneFigures(buckets.flatMap((bucket) => bucket.milestones), range, asOf) : NO_MILESTONE_FIGURES,
      changes: statusChanges(lines, input.history, previous),
      governance: countFindings(input.findings),
      raid: raidFigures(portfolio, asOf),
      budget: budget?.review ?? null,
    },
    ruleSet: input.ruleSet,
    missingData: missingData(portfolio),
    previousMonth: previous,
    historyRows,
    trend: statusTrend(input.history, month, lines),
  };
}
