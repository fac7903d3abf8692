/**
 * A sheet rewritten in place (SPEC 6): the sheet Excel already holds under the plan's name keeps
 * its identity, so formulas, charts, names and pivot tables elsewhere that point at it keep
 * working (deleting and recreating it would turn them into #REF!), and it keeps its tab position
 * and visibility without being touched. Its new content is built beforehand on a temporary sheet;
 * its old cells are copied beforehand to a hidden backup sheet. The rewrite itself is one request.
 */
import { SheetPlan } from "../../layout/sheet-plan";
import { rangeAddress } from "./address";
import { queueCharts } from "./charts";
import { queueConditionalFormats } from "./conditional-formats";
import { RequestCost } from "./cost";
import { queueSheetSettings } from "./sheet-layout";

/** What is known of a sheet to rewrite, read in the first sync. */
export interface OldSheet {
  sheet: Excel.Worksheet;
  /** A null object for a sheet with nothing in it. */
  used: Excel.Range;
  /** Its charts as they were, with their ids (a copy: loading the collection again replaces its items). */
  charts: Excel.Chart[];
  /** Null on a hidden sheet (Excel does not say): then it is not touched. */
  tabColor: string | null;
}

/** Queues, in the first sync, the reads the rewrite needs of the sheet named `name`; call the returned function after it. */
export function queueOldSheetRead(worksheets: Excel.WorksheetCollection, name: string): () => OldSheet | undefined {
  const sheet = worksheets.getItemOrNullObject(name).load("tabColor");
  const used = sheet.getUsedRangeOrNullObject().load("rowIndex,columnIndex,rowCount,columnCount");
  const charts = sheet.charts.load("items/id");
  return () => (sheet.isNullObject ? undefined : { sheet, used, charts: [...charts.items], tabColor: sheet.tabColor });
}

const usedCells = (sheet: Excel.Worksheet, used: Excel.Range) => sheet.getRangeByIndexes(used.rowIndex, used.columnIndex, used.rowCount, used.columnCount);

/** In the first build sync: the old cells, everything of them, onto the (hidden) backup sheet. */
export function queueBackup(old: OldSheet, backup: Excel.Worksheet): void {
  backup.visibility = "Hidden";
  if (!old.used.isNullObject) usedCells(backup, old.used).copyFrom(usedCells(old.sheet, old.used), "All");
}

/** The rectangle from A1 holding every cell the plan writes or merges, or undefined for none. */
export function planExtent(plan: SheetPlan): string | undefined {
  let rows = plan.rows.length;
  let columns = Math.max(0, ...plan.rows.map((row) => row.length));
  for (const merge of plan.merges) {
    rows = Math.max(rows, merge.bottom);
    columns = Math.max(columns, merge.right);
  }
  return rows > 0 && columns > 0 ? rangeAddress(1, 1, rows, columns) : undefined;
}

/**
 * The rewrite, queued in the final request. First the cells: the old sheet cleared (values,
 * formats, merges) and the temporary sheet's cells copied in. Then the temporary sheet deleted,
 * then what a copy of cells does not carry set on the old sheet itself: the sheet's settings,
 * conditional formats, charts (made on it, so that they point at its own cells), after which its
 * old charts go. The backup goes last: while it is there, a failure can put the old cells back.
 */
export function queueRewrite(jobs: readonly { plan: SheetPlan; old: OldSheet; temp: Excel.Worksheet; backup: Excel.Worksheet }[]): void {
  const cost = new RequestCost(); // one request whatever its size: it holds no values
  for (const { plan, old, temp } of jobs) {
    old.sheet.getRange().clear("All");
    const extent = planExtent(plan);
    if (extent) old.sheet.getRange(extent).copyFrom(temp.getRange(extent), "All");
  }
  for (const { temp } of jobs) temp.delete();
  for (const { plan, old } of jobs) {
    queueSheetSettings(old.sheet, plan, cost, true);
    old.sheet.getRange().conditionalFormats.clearAll();
    queueConditionalFormats(old.sheet, plan.conditionalFormats, cost);
    queueCharts(old.sheet, plan, cost);
    for (const chart of old.charts) chart.delete();
  }
  for (const { backup } of jobs) backup.delete();
}

/**
 * After a failed rewrite, with the backup still there: the old cells back, with their conditional
 * formats and lists as the backup's copy holds them. When the rewrite had got past the cells
 * (`pastCells`: no temporary sheet left), also its tab colour back and any chart the rewrite added
 * removed (`charts`, loaded with items/id after the failure); column widths, frozen panes and
 * page set-up it had set by then stay as it set them.
 */
export function queueRestore(old: OldSheet, backup: Excel.Worksheet, charts: Excel.ChartCollection, pastCells: boolean): void {
  const all = old.sheet.getRange();
  all.clear("All");
  if (pastCells) {
    all.conditionalFormats.clearAll();
    all.dataValidation.clear();
  }
  if (!old.used.isNullObject) usedCells(old.sheet, old.used).copyFrom(usedCells(backup, old.used), "All");
  if (!pastCells) return;
  if (old.tabColor !== null) old.sheet.tabColor = old.tabColor;
  const kept = new Set(old.charts.map((chart) => chart.id));
  for (const chart of charts.items) if (!kept.has(chart.id)) chart.delete();
}
