/**
 * Governance checks across the read portfolio (SPEC 5). Value-level problems (wrong type, Excel
 * errors, blank required values) are found while reading; these are the checks between fields,
 * rows and sheets.
 */
import { RAG, RISK_RATING_MIN_SCORE } from "./constants";
import { finding, Finding, GOVERNANCE_RULES } from "./findings";
import { isActiveProject, Portfolio, Project } from "./model";
import { isOpenRisk, riskRating, riskScore } from "./risk";
import { RuleSet } from "./rules";
import { fieldAddress, TableLayout } from "./schema/read-table";
import { DayNumber, isoFromDay, monthOfDay } from "./values";
import { projectBudgets } from "./budget/project-budgets";
import { budgetChecks } from "./budget/budget-governance";
import { appendAll } from "./arrays";
import { optimisticStatusFindings } from "./watermelon";
import { raidChecks } from "./raid-governance";
import { duplicateIds } from "./duplicate-ids";

function projectChecks(project: Project, layout: TableLayout, asOf: DayNumber, rules: RuleSet): Finding[] {
  const at = (field: string) => fieldAddress(layout, project.row, field);
  const findings: Finding[] = [];
  const sheet = layout.sheet;
  if (project.start !== undefined && project.finish !== undefined && project.finish < project.start) {
    findings.push(finding(GOVERNANCE_RULES.finishBeforeStart, sheet, at("finish"), `Finish ${isoFromDay(project.finish)} is before start ${isoFromDay(project.start)}.`));
  }
  if (project.bac === undefined && (project.ac !== undefined || project.ev !== undefined)) {
    findings.push(finding(GOVERNANCE_RULES.costWithoutBudget, sheet, at("bac"), `Actual cost or earned value is given but the budget (BAC) is not, so CPI and EAC cannot be worked out.`));
  }
  if (project.ragOverride !== undefined && project.ragOverride === RAG.grey) {
    findings.push(finding(GOVERNANCE_RULES.invalidValue, sheet, at("ragOverride"), `RAG override must be Green, Amber or Red, not Grey; it is ignored.`));
  } else if (project.ragOverride !== undefined && !project.overrideReason) {
    findings.push(finding(GOVERNANCE_RULES.overrideWithoutReason, sheet, at("overrideReason"), `RAG override ${project.ragOverride} has no override reason; it is ignored until a reason is given.`));
  }
  if (isActiveProject(project) && project.lastUpdated !== undefined && asOf - project.lastUpdated > rules["stale.days"]) {
    findings.push(finding(GOVERNANCE_RULES.staleUpdate, sheet, at("lastUpdated"), `Last updated ${isoFromDay(project.lastUpdated)}, ${asOf - project.lastUpdated} days before ${isoFromDay(asOf)} (limit ${rules["stale.days"]}).`));
  }
  return findings;
}

export interface GovernanceOptions {
  asOf: DayNumber;
  rules: RuleSet;
}

export function checkGovernance(portfolio: Portfolio, { asOf, rules }: GovernanceOptions): Finding[] {
  const { layouts } = portfolio;
  // Repeated project ids were settled while reading (status-log.ts): one row per project is left.
  const findings: Finding[] = [];
  const projectsById = new Map<string, Project>();
  for (const project of portfolio.projects) {
    if (!projectsById.has(project.id.toLowerCase())) projectsById.set(project.id.toLowerCase(), project);
    appendAll(findings, projectChecks(project, layouts.projects, asOf, rules));
  }
  for (const repeat of portfolio.repeatedProjects ?? []) appendAll(findings, projectChecks(repeat, layouts.projects, asOf, rules));
  const month = monthOfDay(asOf);
  const budgets = projectBudgets(portfolio, month, rules);
  appendAll(findings, optimisticStatusFindings(portfolio, asOf, rules, budgets?.budgets));
  if (portfolio.financials && budgets) {
    const known = (id: string) => projectsById.get(id.toLowerCase());
    appendAll(findings, budgetChecks({ financials: portfolio.financials, portfolio, known, month, budgets: budgets.budgets, comments: budgets.comments }));
  }

  if (layouts.risks) {
    const layout = layouts.risks;
    appendAll(findings, duplicateIds(portfolio.risks, layout, "Risk ID"));
    for (const risk of portfolio.risks) {
      const at = (field: string) => fieldAddress(layout, risk.row, field);
      const project = projectsById.get(risk.projectId.toLowerCase());
      if (!project) {
        findings.push(finding(GOVERNANCE_RULES.unknownProject, layout.sheet, at("projectId"), `Risk ${risk.id} refers to project ${risk.projectId}, which is not on the ${layouts.projects.sheet} sheet.`));
      }
      if (!isOpenRisk(risk.status)) continue;
      if (project && !isActiveProject(project)) {
        findings.push(finding(GOVERNANCE_RULES.riskOnInactiveProject, layout.sheet, at("status"), `Risk ${risk.id} is ${risk.status} but project ${project.id} is ${project.status}; close the risk or reopen the project.`));
      }
      if (risk.probability && risk.impact !== undefined) {
        const score = riskScore(risk.probability.band, risk.impact);
        const missing = [!risk.owner && "owner", !risk.response && "response"].filter(Boolean);
        if (score >= RISK_RATING_MIN_SCORE.High && missing.length > 0) {
          // The rule names what is missing: an owner first (no owner and no response is one finding, on the owner).
          const rule = !risk.owner ? GOVERNANCE_RULES.riskWithoutOwner : GOVERNANCE_RULES.riskWithoutResponse;
          findings.push(finding(rule, layout.sheet, at(!risk.owner ? "owner" : "response"), `Open ${riskRating(score)} risk ${risk.id} (score ${score}) has no ${missing.join(" and no ")}.`));
        }
      }
    }
  }

  if (layouts.milestones) {
    const layout = layouts.milestones;
    appendAll(findings, duplicateIds(portfolio.milestones, layout, "Milestone ID"));
    for (const milestone of portfolio.milestones) {
      const at = (field: string) => fieldAddress(layout, milestone.row, field);
      if (!projectsById.has(milestone.projectId.toLowerCase())) {
        findings.push(finding(GOVERNANCE_RULES.unknownProject, layout.sheet, at("projectId"), `Milestone ${milestone.id} refers to project ${milestone.projectId}, which is not on the ${layouts.projects.sheet} sheet.`));
      }
      if (milestone.actualDate !== undefined && milestone.actualDate > asOf) {
        findings.push(finding(GOVERNANCE_RULES.milestoneDoneInFuture, layout.sheet, at("actualDate"), `Milestone ${milestone.id} is marked done on ${isoFromDay(milestone.actualDate)}, after the as-of date ${isoFromDay(asOf)}.`));
      }
    }
  }
  appendAll(findings, raidChecks(portfolio, projectsById, asOf));
  return findings;
}
