/**
 * What changed since the latest earlier month in PMO History (SPEC 6): projects whose overall
 * status moved, new ones (from null) and ones no longer active (to null). Sorted by project ID.
 */
import { compareIds } from "../compare";
import { HistoryRow } from "../history";
import { ProjectLine, StatusChange } from "./report-types";

export function statusChanges(lines: readonly ProjectLine[], history: readonly HistoryRow[], previous: string | null): StatusChange[] {
  if (previous === null) return [];
  const before = new Map(history.filter((row) => row.month === previous).map((row) => [row.id.toLowerCase(), row]));
  const changes: StatusChange[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    const key = line.id.toLowerCase();
    seen.add(key);
    const earlier = before.get(key);
    if (!earlier) changes.push({ id: line.id, name: line.name, from: null, to: line.rag });
    else if (earlier.overall !== line.rag) changes.push({ id: line.id, name: line.name, from: earlier.overall, to: line.rag });
  }
  for (const [key, row] of before) if (!seen.has(key)) changes.push({ id: row.id, name: row.name, from: row.overall, to: null });
  return changes.sort((a, b) => compareIds(a.id, b.id));
}
