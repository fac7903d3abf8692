/**
 * RAID counts of a report (SPEC 2) over the items of active projects, like the risk figures: open
 * issues, overdue ones (due before the as-of date) and High or Critical ones; open and late
 * dependencies (needed by a date before the as-of date); open assumptions. A register the workbook
 * does not have gives null counts, never 0.
 */
import { IdMap } from "../id-map";
import { isActiveProject, Portfolio, RaidItem } from "../model";
import { isHighPriority, isLateDependency, isOpenRaidItem, isOverdueIssue } from "../raid";
import { DayNumber } from "../values";
import { RaidFigures } from "./report-types";

/** The open items of active projects. */
function openOfActive<T extends RaidItem>(items: readonly T[], active: IdMap<true>): T[] {
  return items.filter((item) => isOpenRaidItem(item.status) && active.get(item.projectId) !== undefined);
}

export function raidFigures(portfolio: Portfolio, asOf: DayNumber): RaidFigures {
  const { layouts } = portfolio;
  const active = new IdMap<true>();
  if (layouts.issues || layouts.assumptions || layouts.dependencies) {
    for (const project of portfolio.projects) if (isActiveProject(project)) active.set(project.id, true);
  }
  const issues = openOfActive(portfolio.issues, active);
  const dependencies = openOfActive(portfolio.dependencies, active);
  const count = (present: unknown, value: number) => (present ? value : null);
  return {
    issues: {
      open: count(layouts.issues, issues.length),
      overdue: count(layouts.issues, issues.filter((issue) => isOverdueIssue(issue, asOf)).length),
      high: count(layouts.issues, issues.filter((issue) => isHighPriority(issue.priority)).length),
    },
    dependencies: {
      open: count(layouts.dependencies, dependencies.length),
      late: count(layouts.dependencies, dependencies.filter((dependency) => isLateDependency(dependency, asOf)).length),
    },
    assumptions: { open: count(layouts.assumptions, openOfActive(portfolio.assumptions, active).length) },
  };
}

/** Whether the workbook has any RAID register besides risks (the summary shows its section then). */
export function hasRaidRegisters(raid: RaidFigures): boolean {
  return raid.issues.open !== null || raid.dependencies.open !== null || raid.assumptions.open !== null;
}
