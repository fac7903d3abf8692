/**
 * Formula columns beside a register: the headers, then one R1C1 formula per row, written in row
 * blocks so that no request nears Excel on the web's 5 MB limit.
 */
import { FormulaColumns } from "../port";
import { PmoInputError } from "../../engine/errors";
import { rangeAddress } from "./address";
import { protectedSheetMessage } from "./protection";

/** Rows per request: a PMO formula in R1C1 is under 60 bytes, so 20,000 rows of 3 stay near 3.6 MB. */
const ROWS_PER_SYNC = 20_000;

export async function writeFormulaColumnsInContext(context: Excel.RequestContext, sheetName: string, block: FormulaColumns): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  // A protected register would refuse the first cell; asked first, so nothing is half written.
  sheet.load("name,protection/protected");
  await context.sync();
  if (sheet.protection.protected) throw new PmoInputError(protectedSheetMessage(sheet.name, "PMO cannot add its formula columns to it"));
  const lastColumn = block.firstColumn + block.columns.length - 1;
  const header = sheet.getRange(rangeAddress(block.headerRow, block.firstColumn, block.headerRow, lastColumn));
  header.numberFormat = [block.columns.map(() => "@")];
  header.values = [block.columns.map((column) => column.header)];
  header.format.font.bold = true;
  const formulas = block.columns.map((column) => column.formulaR1C1);
  let synced = false;
  for (let top = block.headerRow + 1; top <= block.lastRow; top += ROWS_PER_SYNC) {
    const bottom = Math.min(block.lastRow, top + ROWS_PER_SYNC - 1);
    sheet.getRange(rangeAddress(top, block.firstColumn, bottom, lastColumn)).formulasR1C1 = Array.from({ length: bottom - top + 1 }, () => formulas);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block keeps each request under the 5 MB limit
    await context.sync();
    synced = true;
  }
  if (!synced) await context.sync();
}
