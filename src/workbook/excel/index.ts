/**
 * The Office.js WorkbookPort: the task pane's window on the workbook inside Excel. Each call is
 * one Excel.run; the work is done by the modules beside this one, which take a request context
 * so that tests can hand them a fake one.
 */
import { WorkbookPort } from "../port";
import { writeFormulaColumnsInContext } from "./formula-columns";
import { activateSheetInContext, goToCellInContext } from "./navigate";
import { readWorkbook } from "./read-workbook";
import { writeCellEditsInContext } from "./write-cell-edits";
import { writeSheetsInContext } from "./write-sheets";

export function createExcelPort(): WorkbookPort {
  return {
    kind: "excel",
    read: (wanted) => Excel.run((context) => readWorkbook(context, wanted)),
    writeSheets: (plans, progress) => Excel.run((context) => writeSheetsInContext(context, plans, progress)),
    goToCell: (sheet, cell) => Excel.run((context) => goToCellInContext(context, sheet, cell)),
    activateSheet: (sheet) => Excel.run((context) => activateSheetInContext(context, sheet)),
    writeCellEdits: (edits, plans, progress) => Excel.run((context) => writeCellEditsInContext(context, edits, plans, progress)),
    writeFormulaColumns: (sheet, columns) => Excel.run((context) => writeFormulaColumnsInContext(context, sheet, columns)),
  };
}
