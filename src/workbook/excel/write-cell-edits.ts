/**
 * WorkbookPort.writeCellEdits inside Excel (SPEC 10): collected returns written into the user's
 * register, only the changed cells and the appended rows, values only (cell-edit-blocks.ts), the
 * tables under appended rows grown (edit-tables.ts); then the plans (new governed sheets, PMO
 * Returns, PMO Changes) with writeSheetsInContext.
 *
 * Syncs: 1 for the sheets, their protection and the date system (a missing or protected sheet is
 * refused there, before anything is written); 1 for the used ranges, tables and the formulas and
 * number formats of the cells to change (more only past ~1 MB at first, then ~4 MB, of them); 1
 * more when rows are appended, for the tables' ranges, the cells under the last row and the row
 * above; then the writes in requests of up to ~4 MB (limits.ts), the tables grown in the last.
 * Every cell written was read first, so a failure, here or in writing the plans, puts each back as
 * it was (formulas too) and the table ranges with them.
 */
import { PmoInputError } from "../../engine/errors";
import { SheetCellEdits } from "../../engine/returns/register-edits";
import { sameSheetName } from "../../engine/schema/fields";
import { DateSystem } from "../../engine/values/date";
import { SheetPlan } from "../../layout/sheet-plan";
import { ProgressReporter } from "../port";
import { addressBounds, rangeAddress } from "./address";
import { appendedRows, blockAddress, blockCells, CellArray, cellsByRow, EditBlock, editsBySheet, READ_BYTES_PER_CELL, restoreArrays, rowBlocks, writeArrays, writeBytes } from "./cell-edit-blocks";
import { queueDateSystemProbe } from "./date-system";
import { queueTableRanges, refuseWithoutResize, TableGrowth, tableGrowths } from "./edit-tables";
import { MAX_SYNC_BYTES } from "./limits";
import { rowBytes } from "./payload";
import { protectedSheetMessage, queueStructureProbe, refuseProtectedWrite } from "./protection";
import { writeSheetsInContext } from "./write-sheets";

interface LoadedBlock extends EditBlock {
  sheet: Excel.Worksheet;
  sheetName: string;
  /** The cells as they were: loaded with formulas and numberFormat. */
  old: Excel.Range;
  /** For appended rows: the number format of the cell above, by column. */
  formatAbove?: (column: number) => string | undefined;
}

const FIRST_READ_BYTES = 1_000_000;
/** Rows further down may be longer than the ones measured. */
const READ_MARGIN = 1.25;

interface SheetJob {
  edit: SheetCellEdits;
  sheet: Excel.Worksheet;
  used: Excel.Range;
  tables?: Excel.TableCollection;
  lastDataRow: number;
}

/**
 * How much of the cells to change goes in one read: as read-values.ts does, the first sync at most
 * ~1 MB at a generous guess per cell, after which each sync's real bytes per cell (with a margin)
 * size the next ones up to the limit.
 */
class ReadBudget {
  private bytes = 0;
  private perCell = READ_BYTES_PER_CELL;
  private limit = FIRST_READ_BYTES;
  private unmeasured: LoadedBlock[] = [];

  constructor(private readonly context: Excel.RequestContext) {}

  /** Queues the read of `block`, first syncing what is queued when it would not fit. */
  async read(block: EditBlock, sheet: Excel.Worksheet, sheetName: string, into: LoadedBlock[]): Promise<LoadedBlock> {
    const bytes = blockCells(block) * this.perCell;
    if (this.bytes > 0 && this.bytes + bytes > this.limit) await this.sync();
    this.bytes += bytes;
    const loaded = { ...block, sheet, sheetName, old: sheet.getRange(blockAddress(block)).load("formulas,numberFormat") };
    this.unmeasured.push(loaded);
    into.push(loaded);
    return loaded;
  }

  /** Sends what is queued and learns from it. */
  async sync(): Promise<void> {
    await this.context.sync();
    let bytes = 0;
    let cells = 0;
    for (const block of this.unmeasured) {
      for (const row of block.old.formulas) bytes += rowBytes(row) + 1;
      for (const row of block.old.numberFormat) bytes += rowBytes(row) + 1;
      cells += blockCells(block);
    }
    if (cells > 0) this.perCell = (bytes / cells) * READ_MARGIN;
    this.limit = MAX_SYNC_BYTES;
    this.unmeasured = [];
    this.bytes = 0;
  }
}

async function readSheets(context: Excel.RequestContext, edits: readonly SheetCellEdits[], plans: readonly SheetPlan[]): Promise<{ jobs: SheetJob[]; dateSystem: DateSystem }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/protection/protected");
  const dateSystem = queueDateSystemProbe(context);
  const structureProtected = queueStructureProbe(context);
  await context.sync();
  const jobs = edits.map((edit): SheetJob => {
    const sheet = worksheets.items.find((candidate) => sameSheetName(candidate.name, edit.sheet));
    if (!sheet) throw new PmoInputError(`The workbook has no sheet "${edit.sheet}" to write the returns into (its sheets are ${worksheets.items.map((s) => s.name).join(", ")}). Nothing was written.`);
    if (sheet.protection.protected) throw new PmoInputError(protectedSheetMessage(sheet.name, "the returns cannot be written into it"));
    return { edit, sheet, used: sheet.getUsedRangeOrNullObject(true), lastDataRow: 0 };
  });
  if (plans.length > 0) refuseProtectedWrite(structureProtected(), worksheets.items, plans.map((plan) => plan.name));
  return { jobs, dateSystem: dateSystem() };
}

/** Puts the blocks' cells and the tables back as they were read; a failure of its own is not reported (the caller rethrows the one that started it). */
async function restore(context: Excel.RequestContext, blocks: readonly LoadedBlock[], growths: readonly TableGrowth[]): Promise<void> {
  try {
    let pending = 0;
    for (const block of blocks) {
      const { formulas, formats } = restoreArrays(block, block.old.formulas, block.old.numberFormat);
      const bytes = writeBytes(formulas, formats, blockCells(block));
      if (pending > 0 && pending + bytes > MAX_SYNC_BYTES) {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the restore is split as the writes were
        await context.sync();
        pending = 0;
      }
      const range = block.sheet.getRange(blockAddress(block));
      range.numberFormat = formats;
      range.formulas = formulas;
      pending += bytes;
    }
    await context.sync();
  } catch {
    // Nothing more can be done here.
  }
  // Apart, so that a table that refuses to be resized cannot stop the cells coming back.
  if (growths.length === 0) return;
  try {
    for (const growth of growths) growth.table.resize(growth.from);
    await context.sync();
  } catch {
    // As above.
  }
}

export async function writeCellEditsInContext(context: Excel.RequestContext, edits: readonly SheetCellEdits[], plans: readonly SheetPlan[], progress?: ProgressReporter): Promise<void> {
  const bySheet = editsBySheet(edits);
  if (bySheet.length === 0) return writeSheetsInContext(context, plans, progress);
  progress?.("Reading the register's cells", 0);
  const { jobs, dateSystem } = await readSheets(context, bySheet, plans);

  // The used ranges, the tables and the cells to change, in one sync (more past ~4 MB).
  const blocks: LoadedBlock[] = [];
  const budget = new ReadBudget(context);
  for (const job of jobs) {
    job.used.load("address");
    if ((job.edit.appendRows ?? []).length > 0) job.tables = job.sheet.tables.load("items/name,items/showTotals");
    for (const block of rowBlocks(cellsByRow(job.edit.cells))) await budget.read(block, job.sheet, job.sheet.name, blocks);
  }
  await budget.sync();

  const growths = await readAppending(jobs, budget, blocks);
  refuseWithoutResize(growths);

  const written: LoadedBlock[] = [];
  try {
    await writeBlocks(context, blocks, written, dateSystem, progress);
    for (const growth of growths) growth.table.resize(growth.to);
    await context.sync();
  } catch (error) {
    await restore(context, written, growths);
    throw error;
  }
  try {
    await writeSheetsInContext(context, plans, progress);
  } catch (error) {
    await restore(context, written, growths);
    throw error;
  }
}

/**
 * Where each sheet's new rows go: under the last row holding a value, or written by the edits
 * (never into a row they write). Reads, in one sync (more past ~4 MB), the cells there, the
 * sheet's tables' ranges and the formats of the row above; returns the tables to grow.
 */
async function readAppending(jobs: readonly SheetJob[], budget: ReadBudget, blocks: LoadedBlock[]): Promise<TableGrowth[]> {
  const reads = [];
  for (const job of jobs.filter((candidate) => candidate.tables)) {
    job.lastDataRow = job.used.isNullObject ? 0 : addressBounds(job.used.address).bottom;
    for (const row of cellsByRow(job.edit.cells).keys()) job.lastDataRow = Math.max(job.lastDataRow, row);
    const tables = queueTableRanges(job.sheet.name, job.tables!);
    const appended = rowBlocks(appendedRows(job.edit.appendRows ?? [], job.lastDataRow + 1));
    const left = Math.min(...appended.map((block) => block.left));
    const right = Math.max(...appended.map((block) => block.right));
    const above = job.lastDataRow >= 1 && appended.length > 0 ? job.sheet.getRange(rangeAddress(job.lastDataRow, left, job.lastDataRow, right)).load("numberFormat") : undefined;
    const loaded: LoadedBlock[] = [];
    for (const block of appended) loaded.push(await budget.read(block, job.sheet, job.sheet.name, blocks));
    reads.push({ job, tables, above, left, loaded });
  }
  if (reads.length === 0) return [];
  await budget.sync();
  return reads.flatMap(({ job, tables, above, left, loaded }) => {
    // Under a table's header row, a new row takes nothing from the header.
    const headerAbove = tables.ranges.some((range) => addressBounds(range.address).top === job.lastDataRow);
    if (above && !headerAbove) for (const block of loaded) block.formatAbove = (column) => above.numberFormat[0]?.[column - left] as string | undefined;
    return tableGrowths(tables, job.lastDataRow, job.lastDataRow + (job.edit.appendRows ?? []).length);
  });
}

/** Queues every block's write, syncing before one that would take the request past the limit; `written` gets each block as it is queued. */
async function writeBlocks(context: Excel.RequestContext, blocks: readonly LoadedBlock[], written: LoadedBlock[], dateSystem: DateSystem, progress?: ProgressReporter): Promise<void> {
  const arrays = blocks.map((block) => writeArrays(block, block.old.numberFormat as string[][], dateSystem, block.formatAbove));
  const sizes = arrays.map(({ values, formats }, i) => writeBytes(values, formats, blockCells(blocks[i])));
  const total = sizes.reduce((a, b) => a + b, 0);
  let pending = 0;
  let done = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (pending > 0 && pending + sizes[i] > MAX_SYNC_BYTES) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~4 MB of cells: Excel on the web rejects a larger request
      await context.sync();
      pending = 0;
    }
    const block = blocks[i];
    const { values, formats } = arrays[i] as { values: CellArray; formats: CellArray };
    const range = block.sheet.getRange(blockAddress(block));
    written.push(block);
    // Formats first: a text cell must be "@" before its text arrives (plan-cells.ts).
    range.numberFormat = formats;
    range.values = values;
    pending += sizes[i];
    done += sizes[i];
    progress?.(`Writing the returns into ${block.sheetName}`, done / total);
  }
}
