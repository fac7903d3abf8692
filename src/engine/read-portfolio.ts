/**
 * From sheets to a typed portfolio (SPEC 2): which sheet is which, their tables read with the
 * user's mapping, values typed, and every problem met on the way as a finding.
 */
import { PROJECT_STATUS, RAID_STATUS, RISK_STATUS, RISK_TYPE } from "./constants";
import { ColumnMapping } from "./config";
import { PmoInputError } from "./errors";
import { finding, Finding, GOVERNANCE_RULES } from "./findings";
import { Assumption, Dependency, Issue, Milestone, Portfolio, PortfolioLayouts, Project, Risk } from "./model";
import { DEFAULT_SHEET_NAMES, isPmoSheetName, isRaidKind, RAID_KINDS, SHEET_FIELDS, SHEET_KINDS, SheetKind } from "./schema/fields";
import { withRaidLogSplit } from "./raid-split";
import { normaliseHeader } from "./schema/header-match";
import { readTable, TableRecord } from "./schema/read-table";
import { SheetData } from "./sheet";
import { DateSystem } from "./values";
import { appendAll } from "./arrays";

/** Other names the governed sheets go by in real workbooks. */
const SHEET_SYNONYMS: Readonly<Record<SheetKind, readonly string[]>> = {
  projects: ["Project Register", "Projects Register", "Project List", "Project Portfolio", "Register", "Portfolio"],
  risks: ["Risk Register", "Risk Log", "RAID", "RAID Log", "Risks and Issues", "Risks Register"],
  milestones: ["Milestone Tracker", "Milestone Plan", "Key Milestones", "Milestone Register", "Milestones Tracker"],
  issues: ["Issue Log", "Issues Log", "Issue Register", "Issues Register", "Issue Tracker", "Issues List", "Issue List"],
  assumptions: ["Assumption Log", "Assumptions Log", "Assumption Register", "Assumptions Register", "Assumptions List"],
  dependencies: ["Dependency Log", "Dependencies Log", "Dependency Register", "Dependencies Register", "Dependency Tracker", "Dependencies List", "Interdependencies"],
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

function noProjectsMessage(sheetNames: readonly string[]): string {
  const seen = sheetNames.filter((name) => !isPmoSheetName(name));
  const name = DEFAULT_SHEET_NAMES.projects;
  if (seen.length === 0) return `No "${name}" sheet: the workbook has no sheet but pmo's own; create one with pmo init`;
  const listed = seen.length > 8 ? `${seen.slice(0, 8).map((sheet) => `"${sheet}"`).join(", ")} and ${seen.length - 8} more` : seen.map((sheet) => `"${sheet}"`).join(", ");
  return (
    `No "${name}" sheet, and no other sheet has a header row with a Project ID and a Project Name (the sheets are ${listed}); ` +
    `name the register's sheet "${name}", or add the row sheet.projects | ${seen[0]} to PMO Config (with the sheet's real name)`
  );
}

/** The record as its model type, with the defaults of blank fields filled in (in place: no copy). */
function typed<T>(record: TableRecord, defaults: Partial<T>): T {
  const values = record.values as Record<string, unknown>;
  for (const [field, value] of Object.entries(defaults)) if (values[field] === undefined) values[field] = value;
  return values as T;
}

export interface ReadPortfolioResult {
  portfolio: Portfolio;
  findings: Finding[];
}

/**
 * Reads the governed sheets. No Projects sheet is an input error; no Risks or Milestones sheet is
 * a warning and an empty register; Issues, Assumptions and Dependencies are optional (no finding).
 * A risks sheet whose Type column holds Issue, Assumption or Dependency rows is a combined RAID log:
 * each row is read as its kind, unless the workbook has that kind's own sheet.
 */
export function readPortfolio(
  sheets: Partial<Record<SheetKind, SheetData>>,
  mapping: ColumnMapping,
  dateSystem: DateSystem,
  /** Every sheet of the workbook, to say which were seen when no register is found. */
  sheetNames: readonly string[] = [],
): ReadPortfolioResult {
  if (!sheets.projects) throw new PmoInputError(noProjectsMessage(sheetNames));
  const findings: Finding[] = [];
  const sources = withRaidLogSplit(sheets, mapping.risks);
  const read = (kind: SheetKind) => {
    const sheet = sources[kind];
    if (!sheet && isRaidKind(kind)) return undefined;
    if (!sheet) {
      findings.push(finding(GOVERNANCE_RULES.missingSheet, DEFAULT_SHEET_NAMES[kind], "A1", `No "${DEFAULT_SHEET_NAMES[kind]}" sheet: ${kind} are left out of the figures.`));
      return undefined;
    }
    const table = readTable(sheet, SHEET_FIELDS[kind], mapping[kind], dateSystem);
    appendAll(findings, table.findings);
    return table;
  };
  const projectTable = read("projects")!;
  const riskTable = read("risks");
  const milestoneTable = read("milestones");

  const projects = projectTable.records.map((record) => typed<Project>(record, { status: PROJECT_STATUS.active }));
  const risks = (riskTable?.records ?? []).map((record) => typed<Risk>(record, { type: RISK_TYPE.threat, status: RISK_STATUS.open }));
  const milestones = (milestoneTable?.records ?? []).map((record) => typed<Milestone>(record, {}));
  const [issueTable, assumptionTable, dependencyTable] = RAID_KINDS.map(read);
  const issues = (issueTable?.records ?? []).map((record) => typed<Issue>(record, { status: RAID_STATUS.open }));
  const assumptions = (assumptionTable?.records ?? []).map((record) => typed<Assumption>(record, { status: RAID_STATUS.open }));
  const dependencies = (dependencyTable?.records ?? []).map((record) => typed<Dependency>(record, { status: RAID_STATUS.open }));
  const layouts: PortfolioLayouts = {
    projects: projectTable.layout,
    risks: riskTable?.layout,
    milestones: milestoneTable?.layout,
    issues: issueTable?.layout,
    assumptions: assumptionTable?.layout,
    dependencies: dependencyTable?.layout,
  };
  return { portfolio: { projects, risks, milestones, issues, assumptions, dependencies, layouts }, findings };
}
