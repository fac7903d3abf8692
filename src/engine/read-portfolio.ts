/**
 * From sheets to a typed portfolio (SPEC 2): which sheet is which, their tables read with the
 * user's mapping, values typed, and every problem met on the way as a finding.
 */
import { PROJECT_STATUS, RAID_STATUS, RISK_STATUS, RISK_TYPE } from "./constants";
import { ColumnMapping } from "./config";
import { PmoInputError } from "./errors";
import { finding, Finding, GOVERNANCE_RULES } from "./findings";
import { Assumption, Dependency, Issue, Milestone, Portfolio, PortfolioLayouts, Project, Risk } from "./model";
import { DEFAULT_SHEET_NAMES, isPmoSheetName, isRaidKind, RAID_KINDS, REGISTER_KINDS, SHEET_FIELDS, SHEET_KINDS, SheetKind } from "./schema/fields";
import { readFinancials } from "./budget/read-financials";
import { splitRaidSheet, withRaidLogSplit } from "./raid-split";
import { normaliseHeader } from "./schema/header-match";
import { ReadTable, readTable, TableRecord } from "./schema/read-table";
import { takeReportedRagFromStatus } from "./schema/status-health-words";
import { SheetData } from "./sheet";
import { DateSystem, DayNumber } from "./values";
import { projectsOfRegisters, WorkbookProject, workbookProject, workbookProjectLayout } from "./one-project";
import { OneRowPerProject, oneRowPerProject, StatusLogReading } from "./status-log";
import { appendAll } from "./arrays";

/** Other names the governed sheets go by in real workbooks. */
const SHEET_SYNONYMS: Readonly<Record<SheetKind, readonly string[]>> = {
  projects: ["Project Register", "Projects Register", "Project List", "Project Portfolio", "Register", "Portfolio"],
  risks: ["Risk Register", "Risk Log", "RAID", "RAID Log", "Risks and Issues", "Risks Register"],
  milestones: ["Milestone Tracker", "Milestone Plan", "Key Milestones", "Milestone Register", "Milestones Tracker"],
  issues: ["Issue Log", "Issues Log", "Issue Register", "Issues Register", "Issue Tracker", "Issues List", "Issue List"],
  assumptions: ["Assumption Log", "Assumptions Log", "Assumption Register", "Assumptions Register", "Assumptions List"],
  dependencies: ["Dependency Log", "Dependencies Log", "Dependency Register", "Dependencies Register", "Dependency Tracker", "Dependencies List", "Interdependencies"],
  financials: ["Finance", "Financial Phasing", "Phasing", "Cost Plan", "Budget Plan", "Financial", "Finances", "Budget Phasing", "Cost Phasing", "Budgets"],
};

/**
 * The sheet each kind is read from: the name configured, else the default name, else a known
 * synonym, compared ignoring case and spaces.
 */
export function resolveSheetNames(available: readonly string[], configured: Partial<Record<SheetKind, string>>): Partial<Record<SheetKind, string>> {
  const byKey = new Map(available.map((name) => [normaliseHeader(name), name]));
  const resolved: Partial<Record<SheetKind, string>> = {};
  for (const kind of SHEET_KINDS) {
    const chosen = configured[kind];
    if (chosen !== undefined && isPmoSheetName(chosen)) {
      throw new PmoInputError(`PMO Config's sheet.${kind} names "${chosen}", a sheet pmo writes itself; name the sheet that holds your ${kind} register instead`);
    }
    const candidates = chosen ? [chosen] : [DEFAULT_SHEET_NAMES[kind], ...SHEET_SYNONYMS[kind]];
    const found = candidates.map((name) => byKey.get(normaliseHeader(name))).find((name) => name !== undefined);
    if (found) resolved[kind] = found;
  }
  return resolved;
}

function noProjectsError(sheetNames: readonly string[]): PmoInputError {
  const seen = sheetNames.filter((name) => !isPmoSheetName(name));
  const name = DEFAULT_SHEET_NAMES.projects;
  if (seen.length === 0) {
    return new PmoInputError(`No "${name}" sheet: the workbook has no sheet but pmo's own; create one with pmo init`, `No "${name}" sheet: the workbook has no sheet but PMO's own. Create the governed sheets on the Setup page.`);
  }
  const listed = seen.length > 8 ? `${seen.slice(0, 8).map((sheet) => `"${sheet}"`).join(", ")} and ${seen.length - 8} more` : seen.map((sheet) => `"${sheet}"`).join(", ");
  const problem = `No "${name}" sheet, and no other sheet has a header row with a Project ID and a Project Name (the sheets are ${listed})`;
  return new PmoInputError(
    `${problem}; name the register's sheet "${name}", or add the row sheet.projects | ${seen[0]} to PMO Config (with the sheet's real name)`,
    `${problem}. On the Setup page, pick the sheet that holds the register and its columns, or create the governed sheets.`,
  );
}

function readProjectRows(table: ReadTable, sheet: SheetData, asOf: DayNumber): OneRowPerProject {
  const rows = oneRowPerProject(
    table.records.map((record) => typed<Project>(record, { status: PROJECT_STATUS.active })),
    table.layout,
    asOf,
  );
  takeReportedRagFromStatus(sheet, table.layout, [...rows.projects, ...rows.repeated]);
  return rows;
}

/** The record as its model type, with the defaults of blank fields filled in (in place: no copy). */
function typed<T>(record: TableRecord, defaults: Partial<T>): T {
  const values = record.values as Record<string, unknown>;
  for (const [field, value] of Object.entries(defaults)) if (values[field] === undefined) values[field] = value;
  return values as T;
}

export interface ReadPortfolioOptions {
  /** The report's as-of date: a status log's latest report on or before it counts (SPEC 2). */
  asOf: DayNumber;
  /** Every sheet of the workbook, to say which were seen when no register is found. */
  sheetNames?: readonly string[];
  /** The workbook's file name without its extension: one project's workbook is named after it. */
  fileName?: string;
}

export interface ReadPortfolioResult {
  portfolio: Portfolio;
  findings: Finding[];
  /** Set when the Projects sheet was read as a status log. */
  statusLog?: StatusLogReading;
  /** Set when the workbook has no project register and is read as one project's. */
  workbookProject?: WorkbookProject;
}

/** A register's table as read from its sheet; the Projects table keeps its sheet (its Status cells are read again). */
type RegisterTable = ReadTable & { sheet?: SheetData };

/** The Projects register read, and its rows down to one per project (a status log's latest report). */
export interface ProjectRegister {
  table: RegisterTable;
  rows: OneRowPerProject;
}

/**
 * A register read as soon as its sheet was, so that its raw rows can go before the next sheet is
 * read (a 50,000-project register's Risks sheet is 250,000 rows). Only a sheet that readPortfolio
 * would read as it is: for projects, risks or milestones of a workbook with a Projects sheet, and
 * a risks sheet that is not a combined RAID log. The same table, findings and errors as reading
 * it with the others: an error is thrown, and the caller keeps the raw sheet to read it again in
 * its turn.
 */
export type EarlyRegister = { kind: "projects"; projects: ProjectRegister } | { kind: "risks" | "milestones"; table: ReadTable };

/**
 * The register of `kind` read from `sheet` now, or undefined when it must wait for the others
 * (see EarlyRegister). `hasProjects` says whether the workbook has a Projects sheet.
 */
export function readRegisterEarly(kind: SheetKind, sheet: SheetData, mapping: ColumnMapping, dateSystem: DateSystem, asOf: DayNumber, hasProjects: boolean): EarlyRegister | undefined {
  if (!hasProjects) return undefined;
  if (kind === "projects") return { kind, projects: readProjectRegister(sheet, mapping, dateSystem, asOf) };
  if (kind === "milestones" || (kind === "risks" && splitRaidSheet(sheet, mapping.risks) === undefined)) {
    return { kind, table: readTable(sheet, SHEET_FIELDS[kind], mapping[kind], dateSystem, { notRequired: [] }) };
  }
  return undefined;
}

function readProjectRegister(sheet: SheetData, mapping: ColumnMapping, dateSystem: DateSystem, asOf: DayNumber): ProjectRegister {
  const table = readTable(sheet, SHEET_FIELDS.projects, mapping.projects, dateSystem, {});
  return { table, rows: readProjectRows(table, sheet, asOf) };
}

/**
 * Reads the governed sheets. A workbook with no Projects sheet is one project's when it has a
 * risk register or milestone tracker, and an input error when it has neither; no Risks or
 * Milestones sheet is a warning and an empty register; Issues, Assumptions and Dependencies are
 * optional (no finding). A risks sheet whose Type column holds Issue, Assumption or Dependency
 * rows is a combined RAID log: each row is read as its kind, unless the workbook has that kind's
 * own sheet.
 */
export function readPortfolio(
  sheets: Partial<Record<SheetKind, SheetData>>,
  mapping: ColumnMapping,
  dateSystem: DateSystem,
  options: ReadPortfolioOptions,
  early: readonly EarlyRegister[] = [],
): ReadPortfolioResult {
  const earlyTables: Partial<Record<SheetKind, ReadTable>> = {};
  let earlyProjects: ProjectRegister | undefined;
  for (const register of early) {
    if (register.kind === "projects") earlyProjects = register.projects;
    else earlyTables[register.kind] = register.table;
  }
  if (earlyProjects) earlyTables.projects = earlyProjects.table;
  // Financials alone is no portfolio: it phases the money of projects that some register names.
  if (!REGISTER_KINDS.some((kind) => sheets[kind] || earlyTables[kind])) throw noProjectsError(options.sheetNames ?? []);
  const findings: Finding[] = [];
  // In one project's workbook, rows need not say which project they belong to.
  const notRequired = sheets.projects || earlyProjects ? [] : ["projectId"];
  const sources = withRaidLogSplit(sheets, mapping.risks);
  const read = (kind: SheetKind): RegisterTable | undefined => {
    const earlyTable = earlyTables[kind];
    if (earlyTable) {
      appendAll(findings, earlyTable.findings);
      return earlyTable;
    }
    const sheet = sources[kind];
    if (!sheet && isRaidKind(kind)) return undefined;
    if (!sheet) {
      if (kind !== "projects") findings.push(finding(GOVERNANCE_RULES.missingSheet, DEFAULT_SHEET_NAMES[kind], "A1", `No "${DEFAULT_SHEET_NAMES[kind]}" sheet: ${kind} are left out of the figures.`));
      return undefined;
    }
    const table = readTable(sheet, SHEET_FIELDS[kind], mapping[kind], dateSystem, kind === "projects" ? {} : { notRequired });
    appendAll(findings, table.findings);
    return { ...table, sheet };
  };
  const projectTable = read("projects");
  const riskTable = read("risks");
  const milestoneTable = read("milestones");

  const [issueTable, assumptionTable, dependencyTable] = RAID_KINDS.map(read);
  // Without a Projects sheet no register was read early: every table has its sheet.
  const own = projectTable ? undefined : workbookProject([riskTable, milestoneTable, issueTable, assumptionTable, dependencyTable].filter((table) => table?.sheet !== undefined) as (ReadTable & { sheet: SheetData })[], options.fileName);
  const belongs = own ? { projectId: own.id } : {};
  const risks = (riskTable?.records ?? []).map((record) => typed<Risk>(record, { type: RISK_TYPE.threat, status: RISK_STATUS.open, ...belongs }));
  const milestones = (milestoneTable?.records ?? []).map((record) => typed<Milestone>(record, { ...belongs }));
  const issues = (issueTable?.records ?? []).map((record) => typed<Issue>(record, { status: RAID_STATUS.open, ...belongs }));
  const assumptions = (assumptionTable?.records ?? []).map((record) => typed<Assumption>(record, { status: RAID_STATUS.open, ...belongs }));
  const dependencies = (dependencyTable?.records ?? []).map((record) => typed<Dependency>(record, { status: RAID_STATUS.open, ...belongs }));
  let projects: Project[];
  let statusLog: StatusLogReading | undefined;
  let repeatedProjects: Project[] = [];
  if (projectTable) {
    const rows = earlyProjects?.rows ?? readProjectRows(projectTable, projectTable.sheet!, options.asOf);
    projects = rows.projects;
    statusLog = rows.statusLog;
    repeatedProjects = rows.repeated;
    appendAll(findings, rows.findings);
  } else {
    projects = projectsOfRegisters(own!, [...risks, ...milestones, ...issues, ...assumptions, ...dependencies].map((item) => item.projectId));
  }
  // Optional (no finding without it); in one project's workbook, rows with no project are its own.
  const financials = sheets.financials ? readFinancials(sheets.financials, mapping.financials, dateSystem, { defaultProjectId: own?.id }) : undefined;
  if (financials) appendAll(findings, financials.findings);
  const ownUsed = own !== undefined && projects.some((project) => project.id === own.id);
  const layouts: PortfolioLayouts = {
    projects: projectTable?.layout ?? workbookProjectLayout(own!),
    risks: riskTable?.layout,
    milestones: milestoneTable?.layout,
    issues: issueTable?.layout,
    assumptions: assumptionTable?.layout,
    dependencies: dependencyTable?.layout,
    financials: financials?.financials.table,
  };
  return {
    portfolio: { projects, risks, milestones, issues, assumptions, dependencies, repeatedProjects, layouts, ...(financials ? { financials: financials.financials } : {}) },
    findings,
    statusLog,
    workbookProject: ownUsed ? own : undefined,
  };
}
