/**
 * The workbook port of preview mode: the task pane in a plain browser, working on an .xlsx held in
 * memory (one the user picked, or the bundled sample). Reads go through readXlsxPackage, writes
 * through the package splicer the CLI uses, and the result is offered as a download.
 */
import { PmoInputError } from "../../engine/errors";
import { SheetPlan } from "../../layout/sheet-plan";
import { ProgressReporter, WorkbookContents, WorkbookPort, workbookNameOf } from "../port";
import { editCells } from "../xlsx/package/cell-edits";
import { spliceSheets } from "../xlsx/package/splice";
import { readXlsxPackage } from "../xlsx/package/read-xlsx-package";
import type { RoutineWorker } from "../worker/routine-client";

/** Where "go to finding" or "open the new sheet" last asked to go; there is no grid to show it. */
export interface PreviewSelection {
  sheet: string;
  /** A1 address; absent when only the sheet was activated. */
  cell?: string;
}

export interface PreviewPort extends WorkbookPort {
  readonly kind: "preview";
  readonly lastSelection: PreviewSelection | undefined;
  /** True once a write has succeeded: the package differs from the one opened. */
  readonly changed: boolean;
  /** The current package (after any writes), for the download. */
  bytes(): Uint8Array;
  /** The name to download it under: the opened file's, as an .xlsx. */
  fileName(): string;
}

/** Why preview mode cannot add formula columns. */
export const FORMULAS_NEED_EXCEL = "Formula columns are added inside Excel: only Excel with this add-in computes PMO functions. Open the workbook in Excel to add them.";

/**
 * @param worker where the monthly routine runs off the UI thread (the task pane's); without one,
 *   everything runs on the caller's thread (tests, and the worker's own port).
 */
export function createPreviewPort(initial: Uint8Array, name: string, worker?: RoutineWorker): PreviewPort {
  let current = initial;
  let changed = false;
  let lastSelection: PreviewSelection | undefined;
  return {
    kind: "preview",
    workbookName: workbookNameOf(name),
    get lastSelection() {
      return lastSelection;
    },
    get changed() {
      return changed;
    },
    async read(wanted): Promise<WorkbookContents> {
      return readXlsxPackage(current, wanted, `"${name}"`);
    },
    async writeSheets(plans: readonly SheetPlan[], progress?: ProgressReporter): Promise<void> {
      progress?.(`Writing ${plans.length === 1 ? `"${plans[0].name}"` : `${plans.length} sheets`}`, 0);
      // spliceSheets builds a new package and throws before returning one, so a failure leaves
      // `current` as it was: all or nothing.
      current = spliceSheets(current, plans);
      changed = true;
      progress?.("Done", 1);
    },
    async writeCellEdits(edits, plans, progress): Promise<void> {
      progress?.("Writing the changed cells", 0);
      // Both steps build a new package and throw before returning one: all or nothing.
      const edited = edits.length === 0 ? current : editCells(current, edits, { source: `"${name}"` });
      current = plans.length === 0 ? edited : spliceSheets(edited, plans);
      changed = true;
      progress?.("Done", 1);
    },
    async goToCell(sheet: string, cell: string): Promise<void> {
      lastSelection = { sheet, cell };
    },
    async activateSheet(sheet: string): Promise<void> {
      lastSelection = { sheet };
    },
    async writeFormulaColumns(): Promise<void> {
      throw new PmoInputError(FORMULAS_NEED_EXCEL);
    },
    generateOffThread: worker
      ? async (request, progress, signal) => {
          const before = current;
          const { bytes, generated } = await worker.generate({ ...request, workbook: { bytes: before, fileName: name } }, progress, signal);
          // A write that landed meanwhile (a rule saved) is in `current`, not in the worker's copy.
          if (current !== before) throw new Error("the workbook changed while the summary was being made; generate it again");
          current = bytes ?? current;
          changed = true;
          lastSelection = { sheet: generated.sheetName };
          return generated;
        }
      : undefined,
    bytes: () => current,
    fileName: () => (/\.xlsx$/i.test(name) ? name : `${name.replace(/\.[^./\\]*$/, "")}.xlsx`),
  };
}
