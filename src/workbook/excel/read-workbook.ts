/**
 * WorkbookReader.read inside Excel: sheet names and the date system in one sync, the used ranges
 * of the wanted sheets in a second, then their values in blocks (read-values.ts).
 */
import { SheetData } from "../../engine/sheet";
import { WorkbookContents } from "../port";
import { queueDateSystemProbe } from "./date-system";
import { readValues, sheetExtent } from "./read-values";

export async function readWorkbook(context: Excel.RequestContext, wanted: (sheetName: string) => boolean): Promise<WorkbookContents> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const dateSystem = queueDateSystemProbe(context);
  await context.sync();

  const chosen = worksheets.items.filter((sheet) => wanted(sheet.name));
  // valuesOnly: a formatted but empty area (a coloured header band) is not data.
  const usedRanges = chosen.map((sheet) => sheet.getUsedRangeOrNullObject(true).load("address,rowCount,columnCount"));
  await context.sync();

  const extents = chosen.map((sheet, index) => sheetExtent(sheet.name, sheet, usedRanges[index]));
  await readValues(context, extents);
  const sheets = new Map<string, SheetData>(extents.map((extent) => [extent.name, { name: extent.name, rows: extent.rows, firstRow: extent.firstRow, firstColumn: extent.firstColumn }]));
  return { sheetNames: worksheets.items.map((sheet) => sheet.name), sheets, dateSystem: dateSystem() };
}
