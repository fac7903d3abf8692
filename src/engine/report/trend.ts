/** The status trend: overall status counts per month, from PMO History and this month's report. */
import { RAG } from "../constants";
import { HistoryRow } from "../history";
import { TrendPoint } from "./report-types";

export const TREND_MONTHS = 12;

export function statusTrend(history: readonly HistoryRow[], month: string, current: readonly { rag: string }[]): TrendPoint[] {
  const byMonth = new Map<string, TrendPoint>();
  const add = (monthKey: string, status: string) => {
    let point = byMonth.get(monthKey);
    if (!point) {
      point = { month: monthKey, green: 0, amber: 0, red: 0, grey: 0 };
      byMonth.set(monthKey, point);
    }
    if (status === RAG.green) point.green += 1;
    else if (status === RAG.amber) point.amber += 1;
    else if (status === RAG.red) point.red += 1;
    else point.grey += 1;
  };
  for (const row of history) if (row.month < month) add(row.month, row.overall);
  byMonth.set(month, { month, green: 0, amber: 0, red: 0, grey: 0 });
  for (const line of current) add(month, line.rag);
  return [...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : 1)).slice(-TREND_MONTHS);
}
