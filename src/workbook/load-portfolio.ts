/**
 * Loading the governed portfolio through a workbook reader: the one sequence the CLI and the task
 * pane share. Reads the config and the governed sheets in one pass, applies the user's mapping
 * (given now, else saved in PMO Config), reads the tables and runs the governance checks.
 */
import { ColumnMapping, mergeMapping, PmoConfig } from "../engine/config";
import { checkGovernance } from "../engine/governance";
import { finding, Finding, GOVERNANCE_RULES, sortFindings } from "../engine/findings";
import { Portfolio } from "../engine/model";
import { EarlyRegister, readPortfolio, readRegisterEarly, resolveSheetNames } from "../engine/read-portfolio";
import { CONFIG_SHEET_NAME, CORE_SHEET_KINDS, HISTORY_SHEET_NAME, isPmoSheetName, SHEET_KINDS, SheetKind } from "../engine/schema/fields";
import { SheetData } from "../engine/sheet";
import { ContentMatch, sheetsByContent } from "../engine/sheet-detect";
import { PmoInputError } from "../engine/errors";
import { normaliseHeader } from "../engine/schema/header-match";
import { headerList } from "../engine/schema/table-messages";
import { DayNumber } from "../engine/values";
import { StatusLogReading, statusLogLine } from "../engine/status-log";
import { WorkbookProject, workbookProjectLine } from "../engine/one-project";
import { configOf, findSheetName, isSheetNamed } from "./locate";
import { ReadOptions, WorkbookContents, WorkbookReader } from "./port";

export interface LoadOptions {
  asOf: DayNumber;
  /** Mapping given for this run (`--map`); it wins over the one saved in PMO Config. */
  mapping?: ColumnMapping;
  /** The workbook's file name without its extension: one project's workbook is named after it. */
  fileName?: string;
  /**
   * Called each time a register has been read as its sheet came, before the next sheet is read:
   * the CLI collects its garbage there (the scanning's garbage, and the sheet before's raw rows).
   */
  registerRead?: () => void;
}

export interface LoadedPortfolio {
  portfolio: Portfolio;
  config: PmoConfig;
  findings: Finding[];
  /** Every sheet of the workbook, in order. */
  sheetNames: string[];
  /** The sheet each governed kind was read from. */
  sources: Partial<Record<SheetKind, string>>;
  /** The kinds whose sheet was recognised by its header row rather than its name (reported to the user). */
  foundByContent: Partial<Record<SheetKind, ContentMatch>>;
  /** Set when the Projects sheet was read as a status log (each project's latest report). */
  statusLog?: StatusLogReading;
  /** Set when the workbook has no project register and was read as one project's. */
  workbookProject?: WorkbookProject;
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

/** The sheets read, in workbook order. */
function readSheets(contents: WorkbookContents): SheetData[] {
  return contents.sheetNames.flatMap((name) => contents.sheets.get(name) ?? []);
}

/** Texts the reader had to cut, as findings (a shared string's cell is not known: its sheet is blank). */
function readNotes(contents: WorkbookContents): Finding[] {
  return (contents.notes ?? []).map((note) => finding(GOVERNANCE_RULES.textTooLong, note.sheet, note.cell, note.message));
}

/**
 * A `--map` naming a header the register does not have is an error that names the headers it has
 * (SPEC 2); silently ignoring it would leave the user thinking it took effect.
 */
function checkGivenMapping(given: ColumnMapping | undefined, portfolio: Portfolio): void {
  for (const kind of SHEET_KINDS) {
    const layout = portfolio.layouts[kind];
    if (!layout) continue;
    // A header with a note on a second line ("Budget\n(approved, £)") is mapped by its first line too.
    const present = new Set(layout.headers.flatMap((header) => [normaliseHeader(header), normaliseHeader(header.split(/\r?\n/)[0])]));
    for (const [field, header] of given?.[kind] ?? []) {
      if (present.has(normaliseHeader(header))) continue;
      throw new PmoInputError(`--map ${kind}.${field}="${header}": sheet "${layout.sheet}" has no such header in its header row (row ${layout.headerRow}); its headers are ${headerList(layout.headers)}`);
    }
  }
}

/**
 * Reads the big registers as their sheets come, so that each sheet's raw rows go before the next
 * is read: with PMO Config read first, a register found by its name is read as readPortfolio
 * would read it (readRegisterEarly). Only an economy: whatever goes another way (a register to be
 * found by its header row, an error, a RAID log to split) leaves the sheet to be read with the
 * others, in its turn, so the figures, findings and errors are the same.
 */
function earlyRegisters(options: LoadOptions): { read: ReadOptions; registers: EarlyRegister[]; taken: Set<string> } {
  const registers: EarlyRegister[] = [];
  const taken = new Set<string>();
  let config: { sheets: WorkbookContents["sheets"] } | undefined;
  let plan: { kinds: Map<string, SheetKind>; mapping: ColumnMapping; hasProjects: boolean } | null | undefined;
  const planOf = (dateSystem: WorkbookContents["dateSystem"], sheetNames: readonly string[]) => {
    try {
      const saved = configOf({ sheetNames: [...sheetNames], sheets: config?.sheets ?? new Map(), dateSystem });
      const sources = resolveSheetNames(sheetNames, saved.sheetNames);
      if (CORE_SHEET_KINDS.some((kind) => !sources[kind] && !saved.sheetNames[kind])) return null;
      const kinds = new Map<string, SheetKind>();
      for (const kind of SHEET_KINDS) if (sources[kind]) kinds.set(sources[kind]!, kind);
      return { kinds, mapping: mergeMapping(saved.mapping, options.mapping), hasProjects: sources.projects !== undefined };
    } catch {
      return null;
    }
  };
  const read: ReadOptions = {
    readFirst: (name) => isSheetNamed(name, CONFIG_SHEET_NAME),
    take(sheet, dateSystem, sheetNames) {
      if (isSheetNamed(sheet.name, CONFIG_SHEET_NAME)) {
        if (plan === undefined) config = { sheets: new Map([[sheet.name, sheet]]) };
        return false;
      }
      if (plan === undefined) plan = planOf(dateSystem, sheetNames);
      const kind = plan?.kinds.get(sheet.name);
      if (!plan || kind === undefined) return false;
      try {
        const register = readRegisterEarly(kind, sheet, plan.mapping, dateSystem, options.asOf, plan.hasProjects);
        if (!register) return false;
        registers.push(register);
        options.registerRead?.();
        taken.add(sheet.name);
        return true;
      } catch {
        return false;
      }
    },
  };
  return { read, registers, taken };
}

export async function loadPortfolio(reader: WorkbookReader, options: LoadOptions): Promise<LoadedPortfolio> {
  const early = earlyRegisters(options);
  let contents: WorkbookContents = await reader.read(likelySheet, early.read);
  const config = configOf(contents);
  const sources = resolveSheetNames(contents.sheetNames, config.sheetNames);
  const mapping = mergeMapping(config.mapping, options.mapping);
  // Issues, assumptions and dependencies are optional and found by name (or in a combined RAID log) only.
  const unnamed = CORE_SHEET_KINDS.filter((kind) => !sources[kind] && !config.sheetNames[kind]);
  // The sheets named for a kind, and when a kind has none by name, every other sheet but pmo's own.
  const named = new Set(Object.values(sources));
  const unread = contents.sheetNames.filter((name) => !contents.sheets.has(name) && !early.taken.has(name) && !isPmoSheetName(name) && (named.has(name) || unnamed.length > 0));
  if (unread.length > 0) {
    const extra = await reader.read((name) => unread.includes(name));
    contents = { ...contents, sheets: new Map([...contents.sheets, ...extra.sheets]), notes: [...(contents.notes ?? []), ...(extra.notes ?? [])] };
  }
  // Registers whose sheet's name says nothing are found by their header rows (SPEC 2).
  const foundByContent = unnamed.length > 0 ? sheetsByContent(readSheets(contents), unnamed, mapping, named) : {};
  for (const kind of unnamed) if (foundByContent[kind]) sources[kind] = foundByContent[kind]!.sheet;
  const sheets: Partial<Record<SheetKind, SheetData>> = {};
  for (const kind of SHEET_KINDS) if (sources[kind]) sheets[kind] = contents.sheets.get(sources[kind]!);
  const { portfolio, findings, statusLog, workbookProject } = readPortfolio(sheets, mapping, contents.dateSystem, {
    asOf: options.asOf,
    sheetNames: contents.sheetNames,
    fileName: options.fileName ?? reader.workbookName,
  }, early.registers);
  const historyName = findSheetName(contents, HISTORY_SHEET_NAME);
  const history = historyName ? contents.sheets.get(historyName) : undefined;
  const hasConfigSheet = findSheetName(contents, CONFIG_SHEET_NAME) !== undefined;
  // The registers' rows are records now: let the rows go before the checks run (on a
  // 50,000-project register they are a third of the memory).
  contents.sheets.clear();
  for (const kind of SHEET_KINDS) delete sheets[kind];
  checkGivenMapping(options.mapping, portfolio);
  const governance = checkGovernance(portfolio, { asOf: options.asOf, rules: config.rules });
  return {
    portfolio,
    config,
    findings: sortFindings([...readNotes(contents), ...config.warnings, ...findings, ...governance]),
    sheetNames: contents.sheetNames,
    sources,
    foundByContent,
    statusLog,
    workbookProject,
    history,
    mapping,
    hasConfigSheet,
  };
}

/** What the run tells the user about how it read the workbook: registers found by content, a status log, one project's workbook. */
export function readingLines(loaded: Pick<LoadedPortfolio, "foundByContent" | "statusLog" | "workbookProject">): string[] {
  const lines = Object.entries(loaded.foundByContent).map(([kind, match]) => `Read ${kind} from sheet "${match!.sheet}" (recognised by its header row, row ${match!.headerRow}).`);
  if (loaded.workbookProject) lines.push(workbookProjectLine(loaded.workbookProject));
  if (loaded.statusLog) lines.push(statusLogLine(loaded.statusLog));
  return lines;
}
