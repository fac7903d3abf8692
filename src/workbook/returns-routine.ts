/**
 * Collecting project returns (SPEC 10) through any workbook reader: the register read as
 * collecting reads it (its governed sheets, PMO Config's rules and mapping, the earlier PMO
 * Returns and PMO Changes rows), a return workbook read with its `Return` sheet's answers, and a
 * collection turned into what a writer does: cell edits, the sheets the register lacks, and the
 * two logs. The CLI (package writer) and the task pane (Office adapter or preview) share it.
 */
import { ColumnMapping, emptyMapping, mergeMapping } from "../engine/config";
import { PmoInputError } from "../engine/errors";
import { governedSheets, GovernedWorkbook, ProjectReturnInput, readReturnSheet, registerEdits, RETURN_SHEET_NAME, ReturnsResult, SheetCellEdits } from "../engine/returns";
import { CellWrite } from "../engine/returns/returns-types";
import { RuleSet } from "../engine/rules";
import { CHANGES_SHEET_NAME, CONFIG_SHEET_NAME, isPmoSheetName, RETURNS_SHEET_NAME } from "../engine/schema/fields";
import { cellAddress, SheetData } from "../engine/sheet";
import { DayNumber, dayFromText } from "../engine/values";
import { governedSheetPlan } from "../layout/governed-plan";
import { returnsLogPlans } from "../layout/returns-log-plans";
import { PlanValue, SheetPlan } from "../layout/sheet-plan";
import { configOf, findSheetName, isSheetNamed } from "./locate";
import { WorkbookContents, WorkbookReader } from "./port";

/** The register as collecting needs it. */
export interface RegisterForReturns {
  register: GovernedWorkbook;
  rules: RuleSet;
  /** The logs of earlier collections, whose rows the new ones go below. */
  logs: { returns?: SheetData; changes?: SheetData };
  sheetNames: string[];
}

/** The workbook's own sheets read, in workbook order: not the ones pmo writes. */
function ownSheets(contents: WorkbookContents): SheetData[] {
  return contents.sheetNames.flatMap((sheet) => contents.sheets.get(sheet) ?? []).filter((sheet) => !isPmoSheetName(sheet.name));
}

/** The sheet read that Excel would call `wanted`, if there is one. */
function sheetNamed(contents: WorkbookContents, wanted: string): SheetData | undefined {
  const name = findSheetName(contents, wanted);
  return name === undefined ? undefined : contents.sheets.get(name);
}

const isLogSheet = (name: string) => isSheetNamed(name, RETURNS_SHEET_NAME) || isSheetNamed(name, CHANGES_SHEET_NAME);

/**
 * Reads the register's own sheets, PMO Config and the two logs. `given`: a mapping given now
 * (`--map`), which wins over the one saved in PMO Config, as for report and check. Throws
 * PmoInputError when the workbook has no Projects sheet.
 */
export async function readRegisterForReturns(reader: WorkbookReader, name: string, given: ColumnMapping = emptyMapping()): Promise<RegisterForReturns> {
  const contents = await reader.read((sheet) => !isPmoSheetName(sheet) || isSheetNamed(sheet, CONFIG_SHEET_NAME) || isLogSheet(sheet));
  const config = configOf(contents);
  const mapping = mergeMapping(config.mapping, given);
  const sheets = governedSheets(ownSheets(contents), mapping, config.sheetNames);
  if (!sheets.projects) throw new PmoInputError(`${name} has no Projects sheet (its sheets are ${contents.sheetNames.join(", ")}); returns are made from a project register and collected into it`);
  return {
    register: { file: name, sheets, dateSystem: contents.dateSystem, mapping },
    rules: config.rules,
    logs: { returns: sheetNamed(contents, RETURNS_SHEET_NAME), changes: sheetNamed(contents, CHANGES_SHEET_NAME) },
    sheetNames: contents.sheetNames,
  };
}

/**
 * A return workbook: its governed sheets (found as a register's are, so a PM's own layout works),
 * its own PMO Config's mapping, and its date: the `Return` sheet's Submitted, else `modified`
 * (the file's modified time).
 */
export async function readReturnWorkbook(reader: WorkbookReader, file: string, modified: DayNumber): Promise<ProjectReturnInput> {
  const contents = await reader.read((sheet) => !isPmoSheetName(sheet) || isSheetNamed(sheet, CONFIG_SHEET_NAME));
  const config = configOf(contents);
  const own = ownSheets(contents).filter((sheet) => !isSheetNamed(sheet.name, RETURN_SHEET_NAME));
  const returnSheet = sheetNamed(contents, RETURN_SHEET_NAME);
  const answers = returnSheet ? readReturnSheet(returnSheet.rows, contents.dateSystem) : {};
  return {
    file,
    sheets: governedSheets(own, config.mapping, config.sheetNames),
    dateSystem: contents.dateSystem,
    mapping: config.mapping,
    date: answers.submitted ?? modified,
    ...(answers.month === undefined || !returnSheet ? {} : { madeFor: { month: answers.month.month, sheet: returnSheet.name, cell: cellAddress(returnSheet.firstRow + answers.month.row, returnSheet.firstColumn + 1) } }),
    ...(answers.submittedBy === undefined ? {} : { submittedBy: answers.submittedBy }),
  };
}

/**
 * A return file that could not be read (not a workbook, damaged), as a return refused as
 * unreadable: it is logged in PMO Returns like any other, and the other returns are still collected.
 */
export function unreadableReturn(file: string, date: DayNumber, message: string): ProjectReturnInput {
  return { file, sheets: {}, dateSystem: 1900, date, unreadable: message };
}

/** What writing a collection does to the register. */
export interface CollectionWrites {
  /** Cells of existing sheets to change and rows to add under them. */
  edits: SheetCellEdits[];
  /** Whole sheets: the governed sheets the register lacks (holding the new rows), then PMO Returns and PMO Changes. */
  plans: SheetPlan[];
}

function planValue(write: CellWrite | null): PlanValue {
  if (write === null) return null;
  if (write.kind === "date") {
    const day = dayFromText(write.value);
    return day === undefined ? write.value : { date: day };
  }
  return write.value;
}

export function collectionWrites(result: ReturnsResult, logs: RegisterForReturns["logs"]): CollectionWrites {
  const { edits, newSheets } = registerEdits(result.changes);
  const created = newSheets.map((sheet) => governedSheetPlan(sheet.kind, sheet.rows.map((row) => row.map(planValue)), sheet.sheet));
  return { edits, plans: [...created, ...returnsLogPlans(result, logs)] };
}
