/**
 * Finding things in a workbook's contents the way Excel names them: sheets by name ignoring case
 * only (as Excel does: "PMO_Config" is not "PMO Config"), PMO Config, and a governed sheet's table (its header row and columns, through the
 * mapping saved in PMO Config). Every routine that looks a sheet up goes through here.
 */
import { PmoConfig, readConfig } from "../engine/config";
import { resolveSheetNames } from "../engine/read-portfolio";
import { CONFIG_SHEET_NAME, sameSheetName, SHEET_FIELDS, SheetKind } from "../engine/schema/fields";
import { findHeaderRow, HeaderMatch, normaliseHeader } from "../engine/schema/header-match";
import { SheetData } from "../engine/sheet";
import { WorkbookContents } from "./port";

/** Whether a sheet name is `wanted`, compared as Excel compares sheet names (case only). */
export function isSheetNamed(name: string, wanted: string): boolean {
  return sameSheetName(name, wanted);
}

/** The actual name of the sheet called `wanted`, if the workbook has one. */
export function findSheetName(contents: Pick<WorkbookContents, "sheetNames">, wanted: string): string | undefined {
  return contents.sheetNames.find((name) => isSheetNamed(name, wanted));
}

/** PMO Config as read from the contents (defaults when the workbook has none). */
export function configOf(contents: WorkbookContents): PmoConfig {
  const name = findSheetName(contents, CONFIG_SHEET_NAME);
  return readConfig(name ? contents.sheets.get(name) : undefined);
}

export interface LocatedTable {
  sheetName: string;
  sheet: SheetData;
  /** Header row and columns, by the saved mapping first, then by synonym. */
  match: HeaderMatch;
}

/** A governed sheet's table, or undefined when the workbook has no sheet of that kind. */
export function locateTable(contents: WorkbookContents, config: PmoConfig, kind: SheetKind): LocatedTable | undefined {
  const sheetName = resolveSheetNames(contents.sheetNames, config.sheetNames)[kind];
  const sheet = sheetName ? contents.sheets.get(sheetName) : undefined;
  if (!sheetName || !sheet) return undefined;
  return { sheetName, sheet, match: matchHeaders(sheet, config, kind) };
}

/** A sheet's header row and columns as a `kind` register: by the mapping saved in PMO Config first, then by synonym. */
export function matchHeaders(sheet: SheetData, config: PmoConfig, kind: SheetKind): HeaderMatch {
  const byHeader = new Map([...config.mapping[kind]].map(([field, header]) => [normaliseHeader(header), field]));
  return findHeaderRow(sheet.rows, SHEET_FIELDS[kind], byHeader);
}
