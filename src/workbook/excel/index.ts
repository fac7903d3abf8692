/**
 * The Office.js WorkbookPort: the task pane's window on the workbook inside Excel. Each call is
 * one Excel.run; the work is done by the modules beside this one, which take a request context
 * so that tests can hand them a fake one.
 */
import { WorkbookPort } from "../port";
import { writeFormulaColumnsInContext } from "./formula-columns";
import { activateSheetInContext, goToCellInContext } from "./navigate";
import { readWorkbook } from "./read-workbook";
import { writeSheetsInContext } from "./write-sheets";

export function createExcelPort(): WorkbookPort {
  return {
    kind: "excel",
    read: (wanted) => Excel.run((context) => readWorkbook(context, wanted)),
    writeSheets: (plans, progress) => Excel.run((context) => writeSheetsInContext(context, plans, progress)),
    goToCell: (sheet, cell) => Excel.run((context) => goToCellInContext(context, sheet, cell)),
    activateSheet: (sheet) => Excel.run((context) => activateSheetInContext(context, sheet)),
    writeCellEdits: () => Promise.reject(new Error("Collecting returns inside Excel is not built yet")),
    writeFormulaColumns: (sheet, columns) => Excel.run((context) => writeFormulaColumnsInContext(context, sheet, columns)),
  };
}
