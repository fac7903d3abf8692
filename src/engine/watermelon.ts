/**
 * The watermelon check (SPEC 2): a project that reports itself a full level or more better than
 * its figures say (green outside, red inside) is `optimistic`. Levels: Green 1, Amber/Green 1.5,
 * Amber 2, Amber/Red 2.5, Red 3; Grey on either side is not assessed and never optimistic.
 *
 * The reported status is compared with the status computed from the figures BEFORE any override.
 * An override is the PMO's own judgement and replaces the status in the report; the watermelon
 * check asks a different question, whether the project's own report agrees with its figures, and
 * an override must not silence it (a PM's Green copied into the override column would otherwise
 * hide exactly the projects the check is for). The override still shows beside it.
 */
import { DCA_LEVEL, RAG, RagStatus, ReportedRag } from "./constants";
import { finding, Finding, GOVERNANCE_RULES } from "./findings";
import { IdMap } from "./id-map";
import { isActiveProject, Milestone, Portfolio, Project, Risk } from "./model";
import { computeProjectStatus } from "./project-status";
import { Assessment, OverallAssessment, worstOfDimensions } from "./rag";
import { RuleSet } from "./rules";
import { fieldAddress } from "./schema/read-table";
import { reportedRagField } from "./schema/status-health-words";
import { DayNumber } from "./values";

/** How much better than computed a report must be to be optimistic: one full level. */
export const OPTIMISTIC_LEVELS = 1;

/** The status the figures give, before any override, with the reasons for it. */
export function computedBeforeOverride(assessment: OverallAssessment): Assessment {
  return worstOfDimensions(assessment);
}

/** Whether a reported status is a full level or more better than the computed one. */
export function isOptimistic(reported: ReportedRag | undefined, computed: RagStatus): boolean {
  if (reported === undefined || reported === RAG.grey || computed === RAG.grey) return false;
  return DCA_LEVEL[reported] <= DCA_LEVEL[computed] - OPTIMISTIC_LEVELS;
}

interface ReportingProject {
  project: Project;
  risks: Risk[];
  milestones: Milestone[];
}

/** Active projects that report a status, with their risks and milestones, in one pass over each register. */
function reportingProjects(portfolio: Portfolio): ReportingProject[] {
  const reporting: ReportingProject[] = [];
  const byId = new IdMap<ReportingProject>();
  for (const project of portfolio.projects) {
    if (!isActiveProject(project) || project.reportedRag === undefined || project.reportedRag === RAG.grey) continue;
    const entry = { project, risks: [], milestones: [] };
    reporting.push(entry);
    byId.set(project.id, entry);
  }
  if (reporting.length === 0) return reporting;
  for (const risk of portfolio.risks) byId.get(risk.projectId)?.risks.push(risk);
  for (const milestone of portfolio.milestones) byId.get(milestone.projectId)?.milestones.push(milestone);
  return reporting;
}

/** A governance warning for each active project whose reported status is optimistic, at its reported-status cell. */
/** `budgets`: each active project's budget dimension, when the workbook has a Financials sheet (SPEC 9). */
export function optimisticStatusFindings(portfolio: Portfolio, asOf: DayNumber, rules: RuleSet, budgets?: ReadonlyMap<Project, Assessment>): Finding[] {
  const layout = portfolio.layouts.projects;
  const field = reportedRagField(layout);
  if (field === undefined) return [];
  const findings: Finding[] = [];
  for (const { project, risks, milestones } of reportingProjects(portfolio)) {
    const computed = computedBeforeOverride(computeProjectStatus(project, risks, milestones, asOf, rules, budgets?.get(project)).assessment);
    if (!isOptimistic(project.reportedRag, computed.status)) continue;
    const message =
      `Project ${project.id} (${project.name}) reports ${project.reportedRag} but its figures give ${computed.status} (${computed.reasons.join("; ")}): ` +
      `a reported status a full level or more better than the figures (the watermelon check); check the figures and the report with the project manager.`;
    findings.push(finding(GOVERNANCE_RULES.optimisticStatus, layout.sheet, fieldAddress(layout, project.row, field), message));
  }
  return findings;
}
