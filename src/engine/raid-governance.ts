/**
 * Governance checks of the RAID registers (SPEC 2, 5): duplicate ids and unknown projects as in
 * the other registers; a High or Critical open issue without an owner (error); a dependency
 * needed by a date now passed and not resolved (warning).
 */
import { finding, Finding, GOVERNANCE_RULES } from "./findings";
import { duplicateIds } from "./duplicate-ids";
import { Portfolio, Project, RaidItem } from "./model";
import { isHighPriority, isLateDependency, isOpenRaidItem } from "./raid";
import { fieldAddress, TableLayout } from "./schema/read-table";
import { DayNumber, isoFromDay } from "./values";
import { appendAll } from "./arrays";

/** Duplicate ids and unknown projects of one RAID register; `label` names an item ("Issue"). */
function registerChecks(items: readonly RaidItem[], layout: TableLayout, label: string, projectsById: ReadonlyMap<string, Project>, projectSheet: string): Finding[] {
  const findings = duplicateIds(items, layout, `${label} ID`);
  for (const item of items) {
    if (projectsById.has(item.projectId.toLowerCase())) continue;
    findings.push(finding(GOVERNANCE_RULES.unknownProject, layout.sheet, fieldAddress(layout, item.row, "projectId"), `${label} ${item.id} refers to project ${item.projectId}, which is not on the ${projectSheet} sheet.`));
  }
  return findings;
}

/** `projectsById`: projects by lower-case id, as checkGovernance builds it. */
export function raidChecks(portfolio: Portfolio, projectsById: ReadonlyMap<string, Project>, asOf: DayNumber): Finding[] {
  const { layouts } = portfolio;
  const projectSheet = layouts.projects.sheet;
  const findings: Finding[] = [];
  if (layouts.issues) {
    const layout = layouts.issues;
    appendAll(findings, registerChecks(portfolio.issues, layout, "Issue", projectsById, projectSheet));
    for (const issue of portfolio.issues) {
      if (!isOpenRaidItem(issue.status) || !isHighPriority(issue.priority) || issue.owner) continue;
      findings.push(finding(GOVERNANCE_RULES.issueWithoutOwner, layout.sheet, fieldAddress(layout, issue.row, "owner"), `Open ${issue.priority} issue ${issue.id} has no owner; give it one who will resolve it.`));
    }
  }
  if (layouts.assumptions) appendAll(findings, registerChecks(portfolio.assumptions, layouts.assumptions, "Assumption", projectsById, projectSheet));
  if (layouts.dependencies) {
    const layout = layouts.dependencies;
    appendAll(findings, registerChecks(portfolio.dependencies, layout, "Dependency", projectsById, projectSheet));
    for (const dependency of portfolio.dependencies) {
      if (!isLateDependency(dependency, asOf)) continue;
      findings.push(
        finding(GOVERNANCE_RULES.dependencyLate, layout.sheet, fieldAddress(layout, dependency.row, "neededBy"), `Dependency ${dependency.id} was needed by ${isoFromDay(dependency.neededBy!)}, before the as-of date ${isoFromDay(asOf)}, and is still ${dependency.status}.`),
      );
    }
  }
  return findings;
}
