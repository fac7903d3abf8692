/** Sheets held in memory, as the workbook readers hand them to the engine. */
import { SheetData } from "../../src/engine/sheet";
import { WorkbookContents, WorkbookReader } from "../../src/workbook/port";

/** A sheet whose rows start at A1. */
export function sheetOf(name: string, rows: unknown[][]): SheetData {
  return { name, rows, firstRow: 1, firstColumn: 1 };
}

/** A reader over sheets held in memory, that hands over only what is asked for, as the real ones do. */
export function memoryReader(sheets: SheetData[]): WorkbookReader {
  return {
    async read(wanted) {
      const contents: WorkbookContents = { sheetNames: sheets.map((s) => s.name), sheets: new Map(), dateSystem: 1900 };
      for (const s of sheets) if (wanted(s.name)) contents.sheets.set(s.name, s);
      return contents;
    },
  };
}
