/**
 * A new governed workbook (`pmo init`): Projects, Risks, Milestones and Financials with canonical headers,
 * number formats, drop-down lists and status colours, plus `PMO Config` holding the default rules.
 * Filled from the sample portfolio, or empty (headers only).
 *
 * Each data sheet is an Excel table (ListObject). ExcelJS builds tables only in memory, which for
 * very large samples is slow and memory-hungry (50,000 projects: minutes and gigabytes), so above
 * TABLE_ROW_LIMIT rows the workbook is streamed instead and each sheet is a plain range with a
 * header row and an autofilter, which SPEC 2 allows and every reader handles the same way.
 */
import ExcelJS from "exceljs";
import { CORE_SHEET_KINDS, CREATED_KINDS, CreatedKind, CoreSheetKind } from "../../engine/schema/fields";
import { SampleTable } from "../../sample/types";
import { writeFileAtomically } from "./atomic-write";
import { addConfigSheet } from "./config-sheet";
import { addGovernedWorksheet, addValidationAndColours, boldHeader, columnLetter, excelRow } from "./governed-sheet";

/** The sample's tables; Financials may be left out (`pmo init --sample --no-financials`). */
export type NewWorkbookContent = Readonly<Record<CoreSheetKind, SampleTable>> & { readonly financials?: SampleTable };

export const TABLE_STYLE = "TableStyleMedium2";
/** Data rows (all three sheets together) up to which the sheets are written as Excel tables. */
export const TABLE_ROW_LIMIT = 20_000;

const CREATOR = "PMO Portfolio for Excel";

/** Every sheet for an empty workbook; for a sample, the tables it has. */
function createdKinds(content: NewWorkbookContent | undefined): readonly CreatedKind[] {
  return !content || content.financials ? CREATED_KINDS : CORE_SHEET_KINDS;
}

export function addGovernedTable(workbook: ExcelJS.Workbook, kind: CreatedKind, table: SampleTable | undefined): void {
  const dataRows = table?.rows ?? [];
  const governed = addGovernedWorksheet(workbook, kind, dataRows);
  const { sheet, name, fields } = governed;
  // An Excel table needs at least one data row; an empty one gets a blank row, as Excel does.
  const rows = dataRows.length > 0 ? dataRows.map((row) => excelRow(row, fields)) : [fields.map(() => null)];
  sheet.addTable({
    name,
    ref: "A1",
    headerRow: true,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: fields.map((spec) => ({ name: spec.header, filterButton: true })),
    rows,
  });
  boldHeader(sheet.getRow(1));
  addValidationAndColours(governed);
}

/** The same sheet as a plain range, row by row, for the streaming writer. */
function streamGovernedRange(workbook: ExcelJS.stream.xlsx.WorkbookWriter, kind: CreatedKind, table: SampleTable | undefined): void {
  const dataRows = table?.rows ?? [];
  const governed = addGovernedWorksheet(workbook, kind, dataRows);
  const { sheet, fields } = governed;
  const header = sheet.addRow(fields.map((spec) => spec.header));
  boldHeader(header);
  header.commit();
  for (const row of dataRows) sheet.addRow(excelRow(row, fields)).commit();
  sheet.autoFilter = `A1:${columnLetter(fields.length - 1)}${dataRows.length + 1}`;
  addValidationAndColours(governed);
  sheet.commit();
}

/** The new workbook in memory, sheets as Excel tables (for tests, and small workbooks). `content` undefined: headers only. */
export function buildNewWorkbook(content: NewWorkbookContent | undefined): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = CREATOR;
  for (const kind of createdKinds(content)) addGovernedTable(workbook, kind, content?.[kind]);
  addConfigSheet(workbook);
  return workbook;
}

async function streamNewWorkbook(path: string, content: NewWorkbookContent): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: true });
  workbook.creator = CREATOR;
  for (const kind of createdKinds(content)) streamGovernedRange(workbook, kind, content[kind]);
  addConfigSheet(workbook).commit();
  await workbook.commit();
}

function dataRowCount(content: NewWorkbookContent | undefined): number {
  return content ? createdKinds(content).reduce((total, kind) => total + (content[kind]?.rows.length ?? 0), 0) : 0;
}

/**
 * Writes a new governed workbook to `path`, atomically: on failure no file is left behind.
 * `tableRowLimit` is for tests of the large-workbook path.
 */
export async function writeNewWorkbook(path: string, content: NewWorkbookContent | undefined, options: { tableRowLimit?: number } = {}): Promise<void> {
  const streamed = content !== undefined && dataRowCount(content) > (options.tableRowLimit ?? TABLE_ROW_LIMIT);
  await writeFileAtomically(path, (temporaryPath) =>
    streamed ? streamNewWorkbook(temporaryPath, content) : buildNewWorkbook(content).xlsx.writeFile(temporaryPath),
  );
}
