/**
 * The parts of a governed sheet that do not depend on how its rows are written (as an Excel table
 * in memory, or streamed as a plain range): the sheet with its column formats and frozen header,
 * and, around the data, the bold header, the drop-down lists and the status colours.
 */
import ExcelJS from "exceljs";
import { excelErrorOf } from "../../engine/values/cell";
import { CreatedKind, CREATED_FIELDS, DEFAULT_SHEET_NAMES, FieldSpec, holdsRagWords } from "../../engine/schema/fields";
import { SampleCell } from "../../sample/types";
import { GovernedColumn, governedColumn } from "../../layout/governed-columns";
import { addRagFills } from "./status-styles";

/** Drop-downs and colours reach this far below the data, so rows typed in later get them too. */
export const MIN_GOVERNED_ROWS = 5000;
const EXTRA_GOVERNED_ROWS = 1000;
/** Rows looked at to size text columns: enough to be representative, few enough to be quick. */
const ROWS_FOR_WIDTH = 500;

export interface GovernedSheet {
  sheet: ExcelJS.Worksheet;
  name: string;
  fields: readonly FieldSpec[];
  layouts: GovernedColumn[];
  lastGovernedRow: number;
}

/** ExcelJS has range data validations (`add("H2:H5000", ...)`) but its typings omit them. */
type WithRangeValidations = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Adds the sheet with its column widths and formats (set first: new cells take their column's format). */
export function addGovernedWorksheet(workbook: ExcelJS.Workbook, kind: CreatedKind, rows: readonly (readonly SampleCell[])[]): GovernedSheet {
  const fields = CREATED_FIELDS[kind];
  const name = DEFAULT_SHEET_NAMES[kind];
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  const firstRows = rows.slice(0, ROWS_FOR_WIDTH);
  const layouts = fields.map((spec, column) => governedColumn(spec, kind, firstRows.map((row) => row[column])));
  sheet.columns = layouts.map((layout) => ({ width: layout.width, style: layout.numFmt ? { numFmt: layout.numFmt } : {} }));
  const lastGovernedRow = Math.max(MIN_GOVERNED_ROWS, rows.length + 1 + EXTRA_GOVERNED_ROWS);
  return { sheet, name, fields, layouts, lastGovernedRow };
}

/**
 * A row as ExcelJS values. Strings go in as strings (ExcelJS never reads "=..." text as a formula,
 * so user text such as "=HYPERLINK(...)" stays text); an Excel error code in a non-text column
 * ("#REF!" where a number belongs) becomes a real error cell, as it would be in Excel.
 */
export function excelRow(row: readonly SampleCell[], fields: readonly FieldSpec[]): ExcelJS.CellValue[] {
  return row.map((value, column): ExcelJS.CellValue => {
    if (typeof value === "string" && fields[column]?.type !== "text") {
      const code = excelErrorOf(value);
      if (code) return { error: code as unknown as ExcelJS.CellErrorValue["error"] };
    }
    return value;
  });
}

export function boldHeader(row: ExcelJS.Row): void {
  row.eachCell((cell) => {
    cell.font = { bold: true };
  });
}

/** Drop-down lists on the governed columns and status colours on the RAG column. */
export function addValidationAndColours({ sheet, fields, layouts, lastGovernedRow }: GovernedSheet): void {
  layouts.forEach((layout, column) => {
    const range = `${columnLetter(column)}2:${columnLetter(column)}${lastGovernedRow}`;
    if (layout.choices) {
      (sheet as unknown as WithRangeValidations).dataValidations.add(range, {
        type: "list",
        allowBlank: true,
        formulae: [`"${layout.choices.join(",")}"`],
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: fields[column].header,
        error: `Choose one of: ${layout.choices.join(", ")}.`,
      });
    }
    if (holdsRagWords(fields[column].type)) addRagFills(sheet, range);
  });
}
