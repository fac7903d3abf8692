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
  "Budget",
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
  /** The budget dimension (SPEC 9); null for a month reported without a Financials sheet. */
  budget: RagStatus | null;
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

type HistoryColumn = (typeof HISTORY_HEADER)[number];

/** The columns before the Budget column came (issue 13): a history written then has no header for it. */
const COLUMNS_BEFORE_BUDGET: readonly HistoryColumn[] = HISTORY_HEADER.filter((header) => header !== "Budget");

const headerKey = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "");

/**
 * Where each column is, by the sheet's header row: history written before the Budget column was
 * added has every column one place to the left of where it is now, and is read as it is.
 */
function historyColumns(header: readonly unknown[] | undefined): Map<HistoryColumn, number> {
  const found = new Map<HistoryColumn, number>();
  const keys = new Map(HISTORY_HEADER.map((name) => [headerKey(name), name]));
  (header ?? []).forEach((cell, index) => {
    const name = typeof cell === "string" ? keys.get(headerKey(cell)) : undefined;
    if (name !== undefined && !found.has(name)) found.set(name, index);
  });
  if (found.has("Month") && found.has("Project ID") && found.has("Overall")) return found;
  return new Map(COLUMNS_BEFORE_BUDGET.map((name, index) => [name, index]));
}

/** Reads the history sheet; rows it cannot read are reported and left out, never fatal. */
export function readHistory(sheet: SheetData | undefined): { rows: HistoryRow[]; problems: HistoryProblem[] } {
  const rows: HistoryRow[] = [];
  const problems: HistoryProblem[] = [];
  if (!sheet) return { rows, problems };
  const columns = historyColumns(sheet.rows[0]);
  const at = (cells: readonly unknown[], name: HistoryColumn) => {
    const index = columns.get(name);
    return index === undefined ? undefined : cells[index];
  };
  sheet.rows.forEach((cells, index) => {
    if (index === 0 || !cells || cells.every((cell) => cell === null || cell === undefined || cell === "")) return;
    const month = monthText(at(cells, "Month"));
    const id = parseText(at(cells, "Project ID"));
    const overall = parseRag(at(cells, "Overall"));
    if (!month || !id.ok || !overall.ok) {
      problems.push({ cell: cellAddress(index + sheet.firstRow, sheet.firstColumn), message: "History row without a month (YYYY-MM), project ID or overall status is ignored." });
      return;
    }
    const rag = (value: unknown) => {
      const parsed = parseRag(value);
      return parsed.ok ? parsed.value : overall.value;
    };
    const budget = parseRag(at(cells, "Budget"));
    const finish = parseDate(at(cells, "Forecast Finish"));
    const name = parseText(at(cells, "Project Name"));
    const group = parseText(at(cells, "Group"));
    const captured = parseText(at(cells, "Captured At"));
    rows.push({
      month,
      id: id.value,
      name: name.ok ? name.value : "",
      group: group.ok ? group.value : "",
      overall: overall.value,
      schedule: rag(at(cells, "Schedule")),
      cost: rag(at(cells, "Cost")),
      risk: rag(at(cells, "Risk")),
      budget: budget.ok ? budget.value : null,
      spi: figure(at(cells, "SPI")),
      cpi: figure(at(cells, "CPI")),
      bac: figure(at(cells, "BAC")),
      eac: figure(at(cells, "EAC")),
      forecastFinish: finish.ok ? isoFromDay(finish.value) : null,
      highRisks: figure(at(cells, "Open High/Critical Risks")) ?? 0,
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
  return [row.month, row.id, row.name, row.group, row.overall, row.schedule, row.cost, row.risk, row.budget, row.spi, row.cpi, row.bac, row.eac, row.forecastFinish, row.highRisks, row.capturedAt];
}
