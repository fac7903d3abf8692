/** Taking the user to a sheet or a cell ("go to finding", "open the new summary"). */

export async function goToCellInContext(context: Excel.RequestContext, sheetName: string, cell: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(cell).select();
  await context.sync();
}

export async function activateSheetInContext(context: Excel.RequestContext, sheetName: string): Promise<void> {
  context.workbook.worksheets.getItem(sheetName).activate();
  await context.sync();
}
