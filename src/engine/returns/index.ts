/** Collecting project returns (SPEC 10): the pure engine the CLI, the writer and the task pane build on. */
export * from "./returns-types";
export { collectReturns } from "./collect-returns";
export type { CollectOptions } from "./collect-returns";
export { governedSheets } from "./governed-sheets";
export { changesLogRows, returnsLogRows, RETURNS_LOG_HEADER, CHANGES_LOG_HEADER } from "./returns-log-rows";
export type { LogRow } from "./returns-log-rows";
export { describeWrite } from "./typed-values";
export { planReturns, RETURN_ID_FIELDS, RETURNS_BY, NO_MANAGER } from "./make-returns";
export type { PlannedReturn, ReturnCell, ReturnsBy } from "./make-returns";
export { defaultDueDate, ID_COLUMN_NOTE, readReturnSheet, RETURN_INSTRUCTIONS, RETURN_LABELS, RETURN_SHEET_NAME, returnFileName, returnSheetRows } from "./return-sheet";
export type { ReturnSheetAnswers, ReturnSheetInfo } from "./return-sheet";
export { editsBySheet, registerEdits } from "./register-edits";
export type { CellValueEdit, NewRegisterSheet, RegisterEdits, SheetCellEdits } from "./register-edits";
