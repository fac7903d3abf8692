/**
 * Package-level (.xlsx zip) writing of PMO sheets into a user's workbook, keeping every other part
 * byte for byte. See splice.ts for the approach.
 */
export { listSheets, spliceSheets, splicePackage, findWorkbookPart } from "./splice";
export { renderSheetXml } from "./sheet-xml";
export type { StyleIndex, RenderOptions } from "./sheet-xml";
export type { StatusDxfIds } from "./conditional-formats";
export { mergeStyles, MINIMAL_STYLES_XML } from "./styles-merge";
export type { MergedStyles } from "./styles-merge";
export { looksLikeZip, PackageParts } from "./zip";
export { writePackageFile } from "./write-package";
export { escapeCellText, MAX_CELL_TEXT } from "./xml-text";
export { parseSharedStrings, stringItemText, decodeCellText } from "./shared-strings";
export { editCells } from "./cell-edits";
export type { CellValueEdit, SheetCellEdits, EditCellsOptions } from "./cell-edits";
