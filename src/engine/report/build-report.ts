/**
 * The monthly summary model (SPEC 6) from a read portfolio. Linear in the size of the portfolio:
 * risks and milestones are grouped by project once, so 50,000 projects with 400,000 risks and
 * milestones take well under a second.
 */
import { RAG, RISK_TYPE } from "../constants";
import { countFindings, Finding } from "../findings";
import { addToHeatMap, emptyHeatMap } from "../heatmap";
import { HistoryRow, previousMonth } from "../history";
import { isActiveProject, Milestone, Portfolio, Project, Risk } from "../model";
import { computeProjectStatus, ProjectStatus } from "../project-status";
import { isOpenRisk } from "../risk";
import { RuleSet } from "../rules";
import { groupName } from "../status-rollup";
import { DayNumber, isoFromDay, parseMonth } from "../values";
import { milestoneFigures } from "./milestone-figures";
import { statusChanges } from "./changes";
import { buildRollup, buildTotals } from "./totals";
import { riskFigures } from "./risk-figures";
import { statusTrend } from "./trend";
import { Report, ExceptionLine, ProjectLine } from "./report-types";

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

function byProject<T extends { projectId: string }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const key = item.projectId.toLowerCase();
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  }
  return map;
}

function projectLine(status: ProjectStatus, group: string): ProjectLine {
  const { project, assessment } = status;
  return {
    id: project.id,
    name: project.name,
    group,
    status: project.status,
    rag: assessment.status,
    schedule: assessment.schedule.status,
    cost: assessment.cost.status,
    risk: assessment.risk.status,
    overridden: assessment.overridden,
    reasons: assessment.reasons,
    spi: status.spi,
    cpi: status.cpi,
    eac: status.eac,
    slipDays: status.slipDays,
  };
}

const SEVERITY_ORDER = { Red: 0, Amber: 1 } as Record<string, number>;

export function buildReport(input: ReportInput): Report {
  const { portfolio, rules, month } = input;
  const range = parseMonth(month);
  if (!range) throw new Error(`Not a month: ${month}`);
  const asOf = input.asOf ?? range.last;
  const groupBy = input.groupBy ?? DEFAULT_GROUP_BY;
  const active = portfolio.projects.filter(isActiveProject);
  const activeIds = new Set(active.map((project) => project.id.toLowerCase()));
  const risksByProject = byProject(portfolio.risks);
  const milestonesByProject = byProject(portfolio.milestones);
  const groupOf = (project: Project) => groupName((project as unknown as Record<string, unknown>)[groupBy] as string | undefined);

  const statuses = active.map((project) => {
    const key = project.id.toLowerCase();
    return computeProjectStatus(project, risksByProject.get(key) ?? [], milestonesByProject.get(key) ?? [], asOf, rules);
  });
  const lines = statuses.map((status) => projectLine(status, groupOf(status.project)));
  const activeRisks: Risk[] = portfolio.risks.filter((risk) => activeIds.has(risk.projectId.toLowerCase()) && isOpenRisk(risk.status));
  const activeMilestones: Milestone[] = portfolio.milestones.filter((milestone) => activeIds.has(milestone.projectId.toLowerCase()));
  const risks = riskFigures(activeRisks);
  const heatmap = emptyHeatMap();
  for (const risk of activeRisks) {
    if (risk.type === RISK_TYPE.threat && risk.probability && risk.impact !== undefined) addToHeatMap(heatmap, risk.probability.band, risk.impact);
  }

  const exceptions: ExceptionLine[] = lines
    .filter((line) => line.rag === RAG.red || line.rag === RAG.amber)
    .sort((a, b) => SEVERITY_ORDER[a.rag] - SEVERITY_ORDER[b.rag] || a.id.localeCompare(b.id, "en", { numeric: true }))
    .map(({ id, name, rag, overridden, reasons }) => ({ id, name, rag, overridden, reasons }));

  const previous = previousMonth(input.history, month) ?? null;
  const highRisksByProject = new Map<string, number>();
  for (const threat of risks.ratedThreats) {
    if (threat.rating === "High" || threat.rating === "Critical") highRisksByProject.set(threat.projectKey, (highRisksByProject.get(threat.projectKey) ?? 0) + 1);
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
    spi: status.spi,
    cpi: status.cpi,
    bac: status.project.bac ?? null,
    eac: status.eac,
    forecastFinish: status.project.forecastFinish === undefined ? null : isoFromDay(status.project.forecastFinish),
    highRisks: highRisksByProject.get(status.project.id.toLowerCase()) ?? 0,
    capturedAt: input.capturedAt,
  }));

  return {
    json: {
      month,
      asOf: isoFromDay(asOf),
      groupBy,
      totals: buildTotals(portfolio.projects.length, statuses, risks),
      rollup: buildRollup(statuses, lines, risks),
      projects: lines,
      exceptions,
      topRisks: risks.topRisks,
      heatmap,
      milestones: milestoneFigures(activeMilestones, range, asOf),
      changes: statusChanges(lines, input.history, previous),
      governance: countFindings(input.findings),
    },
    ruleSet: input.ruleSet,
    previousMonth: previous,
    historyRows,
    trend: statusTrend(input.history, month, lines),
  };
}
