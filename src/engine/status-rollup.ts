/**
 * Counting RAG statuses by group: the ROLLUP function's table (SPEC 4) and the status mix of the
 * portfolio page.
 */
import { compareNames } from "./compare";
import { BLANK_GROUP, RAG, RagStatus } from "./constants";
import { worstStatus } from "./rag";
import type { StatusCounts } from "./report/report-types";

export interface StatusCount extends StatusCounts {
  group: string;
  projects: number;
  worst: RagStatus;
  total: number;
}

export interface StatusItem {
  group: string | undefined;
  status: RagStatus;
  value?: number;
}

/** Compares group names as people sort them: case-insensitive, numbers by value, (none) last. */
export function compareGroupNames(a: string, b: string): number {
  if (a === b) return 0;
  if (a === BLANK_GROUP) return 1;
  if (b === BLANK_GROUP) return -1;
  return compareNames(a, b);
}

export function groupName(group: string | undefined): string {
  return group === undefined || group.trim() === "" ? BLANK_GROUP : group.trim();
}

/**
 * Group names as one group however they are capitalised or spaced ("DoH", "DOH", "DoH "), shown as
 * first seen: registers typed by many hands spell the same programme several ways.
 */
export class GroupNames {
  private readonly firstSeen = new Map<string, string>();

  of(group: string | undefined): string {
    const name = groupName(group);
    const key = name.toLowerCase().replace(/\s+/g, " ");
    const known = this.firstSeen.get(key);
    if (known !== undefined) return known;
    this.firstSeen.set(key, name);
    return name;
  }
}

/** One row per group, sorted by name. */
export function countStatusesByGroup(items: Iterable<StatusItem>): StatusCount[] {
  const groups = new Map<string, StatusCount>();
  const names = new GroupNames();
  for (const item of items) {
    const name = names.of(item.group);
    let count = groups.get(name);
    if (!count) {
      count = { group: name, projects: 0, green: 0, amber: 0, red: 0, grey: 0, worst: RAG.grey, total: 0 };
      groups.set(name, count);
    }
    count.projects += 1;
    if (item.status === RAG.green) count.green += 1;
    else if (item.status === RAG.amber) count.amber += 1;
    else if (item.status === RAG.red) count.red += 1;
    else count.grey += 1;
    count.worst = worstStatus([count.worst, item.status]);
    count.total += item.value ?? 0;
  }
  return [...groups.values()].sort((a, b) => compareGroupNames(a.group, b.group));
}
