/** Preview mode's workbook, read and written as an in-memory .xlsx with no ExcelJS and no Node. */
export { readXlsxPackage } from "../xlsx/package/read-xlsx-package";
export { createPreviewPort } from "./preview-port";
export type { PreviewPort, PreviewSelection } from "./preview-port";
