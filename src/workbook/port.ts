/**
 * The port through which the CLI and the task pane read a workbook. Two implementations: the
 * `.xlsx` one on ExcelJS's streaming reader (CLI and browser preview) and the Office.js one
 * inside Excel. Both hand the engine plain values (SheetData) and nothing of their own.
 */
import { SheetData } from "../engine/sheet";
import { SheetPlan } from "../layout/sheet-plan";
import type { SheetCellEdits } from "../engine/returns/register-edits";
import { DateSystem } from "../engine/values";
import type { GeneratedSummary } from "./routine";

export interface WorkbookContents {
  /** Every sheet's name, in workbook order. */
  sheetNames: string[];
  /** Used values of the sheets that were asked for and exist, by name. */
  sheets: Map<string, SheetData>;
  dateSystem: DateSystem;
  /** What was read, but not as it was (a text cut to Excel's cell limit), for the findings. */
  notes?: ReadNote[];
}

/** A cell read, but not as it was; `sheet` and `cell` are empty for a shared string. */
export interface ReadNote {
  sheet: string;
  cell: string;
  message: string;
}

/**
 * How a reader may hand the sheets over as it reads them (a reader is free to ignore this and give
 * every sheet in its contents).
 */
export interface ReadOptions {
  /** Sheets to read before the others (PMO Config, which says how to read the registers). */
  readFirst?: (sheetName: string) => boolean;
  /**
   * Called with each sheet as soon as it has been read; when it returns true, the sheet was taken
   * and is not kept in the contents (its rows can go before the next sheet is read).
   */
  take?: (sheet: SheetData, dateSystem: DateSystem, sheetNames: readonly string[]) => boolean;
}

export interface WorkbookReader {
  /** Reads, in one pass, the used values of every sheet whose name `wanted` accepts. */
  read(wanted: (sheetName: string) => boolean, options?: ReadOptions): Promise<WorkbookContents>;
  /** The workbook's file name without folder or extension, when known (one project's workbook is named after it). */
  readonly workbookName?: string;
}

/** "C:/PMO/Apollo RAID log.xlsx" -> "Apollo RAID log". */
export function workbookNameOf(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.(xlsx|xlsm|xltx|xltm)$/i, "");
}

/** Reports progress of long work in words, with a fraction done when known. */
export type ProgressReporter = (message: string, fraction?: number) => void;

/** New columns of formulas beside a register's table (Setup's "formula columns"). */
export interface FormulaColumns {
  /** 1-based row of the table's header; formulas fill the rows below it down to lastRow. */
  headerRow: number;
  lastRow: number;
  /** 1-based column of the first new column; the others follow to its right. */
  firstColumn: number;
  /** Each column's header and its formula in R1C1 form, the same on every row. */
  columns: readonly { header: string; formulaR1C1: string }[];
}

/**
 * What the task pane and the ribbon commands need of a workbook: read (WorkbookReader), write
 * whole sheets from plans, and take the user to a cell. Inside Excel this is the Office.js
 * adapter; in preview mode (a plain browser) it works on an .xlsx held in memory.
 */
export interface WorkbookPort extends WorkbookReader {
  readonly kind: "excel" | "preview";
  /**
   * Writes each plan as a whole sheet, replacing a sheet of that name. All or nothing: a failure
   * leaves the workbook as it was (no half-written sheet, no temporary sheet).
   */
  writeSheets(plans: readonly SheetPlan[], progress?: ProgressReporter): Promise<void>;
  /**
   * Writes collected returns into the register (SPEC 10): only the changed cells of existing rows
   * and the new rows under each sheet's last row (inside its table, grown), values only (text as
   * text, never a formula); then `plans` as whole sheets (the governed sheets the register lacks,
   * PMO Returns, PMO Changes). All or nothing.
   */
  writeCellEdits(edits: readonly SheetCellEdits[], plans: readonly SheetPlan[], progress?: ProgressReporter): Promise<void>;
  /** Shows a sheet and selects a cell ("go to finding"). */
  goToCell(sheet: string, cell: string): Promise<void>;
  /** Shows a sheet (after generating it). */
  activateSheet(sheet: string): Promise<void>;
  /** Writes formula columns into a sheet; only Excel can, since only Excel computes PMO functions. */
  writeFormulaColumns(sheet: string, columns: FormulaColumns): Promise<void>;
  /**
   * Runs the whole monthly routine (read, compute, write) off the UI thread, where the port can:
   * preview's worker holds a copy of the package. Cancelling through `signal` writes nothing.
   */
  generateOffThread?(request: { month: string; by?: string; now: string }, progress: ProgressReporter, signal?: AbortSignal): Promise<GeneratedSummary>;
}
