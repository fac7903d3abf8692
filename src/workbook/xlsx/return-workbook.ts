/**
 * A return workbook (SPEC 10), written with ExcelJS (a return is a new workbook, never the
 * user's): the `Return` sheet first, then the governed sheets as `pmo init` makes them (Excel
 * tables, number formats, drop-down lists, status colours) holding the return's rows.
 *
 * The id columns rows are matched by are grey, their header carrying a note saying not to change
 * them. The sheets are not protected: the PM must be able to add rows (new risks, milestones,
 * Financials months), and a protected sheet would also need its password managed.
 */
import ExcelJS from "exceljs";
import { DEFAULT_SHEET_NAMES, CREATED_FIELDS, CreatedKind } from "../../engine/schema/fields";
import { ID_COLUMN_NOTE, PlannedReturn, RETURN_ID_FIELDS, RETURN_LABELS, RETURN_SHEET_NAME, ReturnSheetInfo, returnSheetRows } from "../../engine/returns";
import { RETURN_SHEET_KINDS } from "../../engine/returns/workbook-rows";
import { dateFromDay, dayFromText } from "../../engine/values";
import { writeFileAtomically } from "./atomic-write";
import { addGovernedTable } from "./new-workbook";

const CREATOR = "PMO Portfolio for Excel";
/** Light grey: "leave this alone" without hiding the value. */
export const ID_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
const DATE_LABELS: ReadonlySet<string> = new Set([RETURN_LABELS.due, RETURN_LABELS.submitted]);

function addReturnSheet(workbook: ExcelJS.Workbook, info: ReturnSheetInfo): void {
  const sheet = workbook.addWorksheet(RETURN_SHEET_NAME);
  sheet.columns = [{ width: 16 }, { width: 110 }];
  for (const [label, value] of returnSheetRows(info)) {
    const row = sheet.addRow([label === "" ? null : label, value === "" ? null : value]);
    row.getCell(1).font = { bold: true };
    if (DATE_LABELS.has(label)) {
      const cell = row.getCell(2);
      cell.numFmt = "yyyy-mm-dd";
      const day = value === "" ? undefined : dayFromText(value);
      if (day !== undefined) cell.value = dateFromDay(day);
    }
    if (label === RETURN_LABELS.submitted || label === RETURN_LABELS.submittedBy) {
      // The cells the PM fills in: outlined, and a Submitted cell that takes a date only.
      row.getCell(2).border = { top: { style: "thin" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" } };
      if (label === RETURN_LABELS.submitted) {
        row.getCell(2).dataValidation = { type: "date", operator: "greaterThan", allowBlank: true, formulae: [new Date(Date.UTC(2000, 0, 1))], showErrorMessage: true, error: "Enter the date the return is submitted." };
      }
    }
  }
}

/** Grey id columns, each header noting that rows are matched by it. */
function markIdColumns(sheet: ExcelJS.Worksheet, kind: CreatedKind, dataRows: number): void {
  const fields = CREATED_FIELDS[kind];
  for (const field of RETURN_ID_FIELDS[kind]) {
    const column = fields.findIndex((spec) => spec.field === field) + 1;
    if (column === 0) continue;
    const header = sheet.getCell(1, column);
    header.note = ID_COLUMN_NOTE;
    for (let row = 2; row <= dataRows + 1; row += 1) sheet.getCell(row, column).fill = ID_FILL;
  }
}

export function buildReturnWorkbook(planned: PlannedReturn, info: ReturnSheetInfo): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = CREATOR;
  addReturnSheet(workbook, info);
  for (const kind of RETURN_SHEET_KINDS) {
    const rows = planned.tables[kind];
    if (!rows) continue;
    const name = DEFAULT_SHEET_NAMES[kind];
    addGovernedTable(workbook, kind, { sheet: name, headers: CREATED_FIELDS[kind].map((spec) => spec.header), rows });
    markIdColumns(workbook.getWorksheet(name)!, kind, rows.length);
  }
  return workbook;
}

/** Writes the return to `path`, atomically: on failure no file is left behind. */
export async function writeReturnWorkbook(path: string, planned: PlannedReturn, info: ReturnSheetInfo): Promise<void> {
  const workbook = buildReturnWorkbook(planned, info);
  await writeFileAtomically(path, (temporaryPath) => workbook.xlsx.writeFile(temporaryPath));
}
