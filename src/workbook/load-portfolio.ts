/**
 * Loading the governed portfolio through a workbook reader: the one sequence the CLI and the task
 * pane share. Reads the config and the governed sheets in one pass, applies the user's mapping
 * (given now, else saved in PMO Config), reads the tables and runs the governance checks.
 */
import { ColumnMapping, emptyMapping, PmoConfig } from "../engine/config";
import { checkGovernance } from "../engine/governance";
import { finding, Finding, GOVERNANCE_RULES, sortFindings } from "../engine/findings";
import { Portfolio } from "../engine/model";
import { readPortfolio, resolveSheetNames } from "../engine/read-portfolio";
import { CONFIG_SHEET_NAME, HISTORY_SHEET_NAME, SHEET_KINDS, SheetKind } from "../engine/schema/fields";
import { SheetData } from "../engine/sheet";
import { DayNumber } from "../engine/values";
import { configOf, findSheetName, isSheetNamed } from "./locate";
import { WorkbookContents, WorkbookReader } from "./port";

export interface LoadOptions {
  asOf: DayNumber;
  /** Mapping given for this run (`--map`); it wins over the one saved in PMO Config. */
  mapping?: ColumnMapping;
}

export interface LoadedPortfolio {
  portfolio: Portfolio;
  config: PmoConfig;
  findings: Finding[];
  /** Every sheet of the workbook, in order. */
  sheetNames: string[];
  /** The sheet each governed kind was read from. */
  sources: Partial<Record<SheetKind, string>>;
  /** PMO History, when the workbook has it (for the monthly summary). */
  history?: SheetData;
  /** The column mapping the portfolio was read with: PMO Config's, overridden by the one given. */
  mapping: ColumnMapping;
  hasConfigSheet: boolean;
}

/** Names any governed sheet might have; the config may name others, read in a second pass. */
function likelySheet(name: string): boolean {
  if (isSheetNamed(name, CONFIG_SHEET_NAME) || isSheetNamed(name, HISTORY_SHEET_NAME)) return true;
  return Object.values(resolveSheetNames([name], {})).length > 0;
}

function mergeMapping(saved: ColumnMapping, given: ColumnMapping | undefined): ColumnMapping {
  const merged = emptyMapping();
  for (const kind of SHEET_KINDS) {
    for (const [field, header] of saved[kind]) merged[kind].set(field, header);
    for (const [field, header] of given?.[kind] ?? []) merged[kind].set(field, header);
  }
  return merged;
}

/** Texts the reader had to cut, as findings (a shared string's cell is not known: its sheet is blank). */
function readNotes(contents: WorkbookContents): Finding[] {
  return (contents.notes ?? []).map((note) => finding(GOVERNANCE_RULES.textTooLong, note.sheet, note.cell, note.message));
}

export async function loadPortfolio(reader: WorkbookReader, options: LoadOptions): Promise<LoadedPortfolio> {
  let contents: WorkbookContents = await reader.read(likelySheet);
  const config = configOf(contents);
  const sources = resolveSheetNames(contents.sheetNames, config.sheetNames);
  const unread = Object.values(sources).filter((name) => !contents.sheets.has(name));
  if (unread.length > 0) {
    const extra = await reader.read((name) => unread.includes(name));
    contents = { ...contents, sheets: new Map([...contents.sheets, ...extra.sheets]), notes: [...(contents.notes ?? []), ...(extra.notes ?? [])] };
  }
  const sheets: Partial<Record<SheetKind, SheetData>> = {};
  for (const kind of SHEET_KINDS) if (sources[kind]) sheets[kind] = contents.sheets.get(sources[kind]!);
  const mapping = mergeMapping(config.mapping, options.mapping);
  const { portfolio, findings } = readPortfolio(sheets, mapping, contents.dateSystem);
  const governance = checkGovernance(portfolio, { asOf: options.asOf, rules: config.rules });
  const historyName = findSheetName(contents, HISTORY_SHEET_NAME);
  return {
    portfolio,
    config,
    findings: sortFindings([...readNotes(contents), ...config.warnings, ...findings, ...governance]),
    sheetNames: contents.sheetNames,
    sources,
    history: historyName ? contents.sheets.get(historyName) : undefined,
    mapping,
    hasConfigSheet: findSheetName(contents, CONFIG_SHEET_NAME) !== undefined,
  };
}
