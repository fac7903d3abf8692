/** Issues, assumptions and dependencies of a RAID log (SPEC 2): what counts as open, high or late. */
import { HIGH_RAID_PRIORITIES, OPEN_RAID_STATUSES, RaidPriority, RaidStatus } from "./constants";
import { Dependency, Issue } from "./model";
import { DayNumber } from "./values";

/** Open means Open or In Progress; a blank status (undefined) is Open. */
export function isOpenRaidItem(status: RaidStatus | undefined): boolean {
  return status === undefined || OPEN_RAID_STATUSES.includes(status);
}

export function isHighPriority(priority: RaidPriority | undefined): boolean {
  return priority !== undefined && HIGH_RAID_PRIORITIES.includes(priority);
}

/** An open issue whose due date is before the as-of date. */
export function isOverdueIssue(issue: Pick<Issue, "status" | "due">, asOf: DayNumber): boolean {
  return isOpenRaidItem(issue.status) && issue.due !== undefined && issue.due < asOf;
}

/** An open dependency whose needed-by date is before the as-of date. */
export function isLateDependency(dependency: Pick<Dependency, "status" | "neededBy">, asOf: DayNumber): boolean {
  return isOpenRaidItem(dependency.status) && dependency.neededBy !== undefined && dependency.neededBy < asOf;
}
