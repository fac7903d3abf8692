/**
 * The port through which the CLI and the task pane read a workbook. Two implementations: the
 * `.xlsx` one on ExcelJS's streaming reader (CLI and browser preview) and the Office.js one
 * inside Excel. Both hand the engine plain values (SheetData) and nothing of their own.
 */
import { SheetData } from "../engine/sheet";
import { DateSystem } from "../engine/values";

export interface WorkbookContents {
  /** Every sheet's name, in workbook order. */
  sheetNames: string[];
  /** Used values of the sheets that were asked for and exist, by name. */
  sheets: Map<string, SheetData>;
  dateSystem: DateSystem;
}

export interface WorkbookReader {
  /** Reads, in one pass, the used values of every sheet whose name `wanted` accepts. */
  read(wanted: (sheetName: string) => boolean): Promise<WorkbookContents>;
}
