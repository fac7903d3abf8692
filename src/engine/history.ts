/**
 * `PMO History` (SPEC 6): one row per active project per month, so that next month can say what
 * changed. Regenerating a month replaces that month's rows and nothing else.
 */
import { compareIds } from "./compare";
import { RagStatus } from "./constants";
import { cellAddress, SheetData } from "./sheet";
import { isoFromDay, parseDate, parseNumber, parseRag, parseText } from "./values";

export const HISTORY_HEADER = [
  "Month",
  "Project ID",
  "Project Name",
  "Group",
  "Overall",
  "Schedule",
  "Cost",
  "Risk",
  "SPI",
  "CPI",
  "BAC",
  "EAC",
  "Forecast Finish",
  "Open High/Critical Risks",
  "Captured At",
] as const;

export interface HistoryRow {
  month: string;
  id: string;
  name: string;
  group: string;
  overall: RagStatus;
  schedule: RagStatus;
  cost: RagStatus;
  risk: RagStatus;
  spi: number | null;
  cpi: number | null;
  bac: number | null;
  eac: number | null;
  /** ISO date. */
  forecastFinish: string | null;
  highRisks: number;
  /** ISO date and time. */
  capturedAt: string;
}

export interface HistoryProblem {
  cell: string;
  message: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function monthText(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 7);
  const text = parseText(value);
  return text.ok && MONTH.test(text.value) ? text.value : undefined;
}

const figure = (value: unknown): number | null => {
  const parsed = parseNumber(value);
  return parsed.ok ? parsed.value : null;
};

/** Reads the history sheet; rows it cannot read are reported and left out, never fatal. */
export function readHistory(sheet: SheetData | undefined): { rows: HistoryRow[]; problems: HistoryProblem[] } {
  const rows: HistoryRow[] = [];
  const problems: HistoryProblem[] = [];
  if (!sheet) return { rows, problems };
  sheet.rows.forEach((cells, index) => {
    if (index === 0 || !cells || cells.every((cell) => cell === null || cell === undefined || cell === "")) return;
    const month = monthText(cells[0]);
    const id = parseText(cells[1]);
    const overall = parseRag(cells[4]);
    if (!month || !id.ok || !overall.ok) {
      problems.push({ cell: cellAddress(index + sheet.firstRow, sheet.firstColumn), message: "History row without a month (YYYY-MM), project ID or overall status is ignored." });
      return;
    }
    const rag = (value: unknown) => {
      const parsed = parseRag(value);
      return parsed.ok ? parsed.value : overall.value;
    };
    const finish = parseDate(cells[12]);
    const name = parseText(cells[2]);
    const group = parseText(cells[3]);
    const captured = parseText(cells[14]);
    rows.push({
      month,
      id: id.value,
      name: name.ok ? name.value : "",
      group: group.ok ? group.value : "",
      overall: overall.value,
      schedule: rag(cells[5]),
      cost: rag(cells[6]),
      risk: rag(cells[7]),
      spi: figure(cells[8]),
      cpi: figure(cells[9]),
      bac: figure(cells[10]),
      eac: figure(cells[11]),
      forecastFinish: finish.ok ? isoFromDay(finish.value) : null,
      highRisks: figure(cells[13]) ?? 0,
      capturedAt: captured.ok ? captured.value : "",
    });
  });
  return { rows, problems };
}

/** The latest month in history before `month`, if any. */
export function previousMonth(rows: readonly HistoryRow[], month: string): string | undefined {
  let latest: string | undefined;
  for (const row of rows) if (row.month < month && (latest === undefined || row.month > latest)) latest = row.month;
  return latest;
}

/** History with `month` replaced by `replacement`; ordered by month, then project ID. */
export function replaceMonth(rows: readonly HistoryRow[], month: string, replacement: readonly HistoryRow[]): HistoryRow[] {
  const kept = rows.filter((row) => row.month !== month);
  return [...kept, ...replacement].sort((a, b) => (a.month === b.month ? compareIds(a.id, b.id) : a.month < b.month ? -1 : 1));
}

/** A history row as the values of the sheet's columns. */
export function historyCells(row: HistoryRow): (string | number | null)[] {
  return [row.month, row.id, row.name, row.group, row.overall, row.schedule, row.cost, row.risk, row.spi, row.cpi, row.bac, row.eac, row.forecastFinish, row.highRisks, row.capturedAt];
}
