/**
 * A Status column holding health words (G/A/R, On Track, At Risk, Delayed, Amber/Green ...)
 * reports how the project is doing, not whether it runs (SPEC 2): the project stays Active (see
 * choices.ts), and when the register has no RAG or DCA column of its own, the word is also the
 * project's reported status. The cell is read again here because the status field keeps only
 * the lifecycle status it stands for.
 */
import { ReportedRag } from "../constants";
import { SheetData } from "../sheet";
import { parseReportedRag } from "../values";
import { TableLayout } from "./read-table";

interface ReportingRecord {
  row: number;
  reportedRag?: ReportedRag;
}

/** The field whose cell holds a project's reported status: its own column, else the Status column. */
export function reportedRagField(layout: TableLayout): "reportedRag" | "status" | undefined {
  if (layout.columns.has("reportedRag")) return "reportedRag";
  return layout.columns.has("status") ? "status" : undefined;
}

/** Sets `reportedRag` (in place) from the Status column's health words, when that is where it is kept. */
export function takeReportedRagFromStatus(sheet: SheetData, layout: TableLayout, records: readonly ReportingRecord[]): void {
  if (reportedRagField(layout) !== "status") return;
  const column = layout.columns.get("status")! - sheet.firstColumn;
  for (const record of records) {
    const parsed = parseReportedRag(sheet.rows[record.row - sheet.firstRow]?.[column]);
    if (parsed.ok) record.reportedRag = parsed.value;
  }
}
