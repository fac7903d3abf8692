/**
 * Checking a return (SPEC 10: each return is checked as SPEC 5 checks a register), with each
 * finding held against the project of its row, so that an error refuses that project only.
 *
 * Attribution: a finding's row is the return's row it points at; on the Projects sheet the row's
 * project is its Project ID cell, on the other sheets its Project ID (projectId) cell, read as
 * they are (so a row left out for a blank Risk ID is still its project's); in one project's
 * workbook a row with no project id is that project's. A finding with no such row (a header, a
 * whole sheet) or whose row names no project is held against no project: an error of that kind
 * refuses every project of the return, since none of its rows can be trusted to be the others'.
 */
import { emptyMapping } from "../config";
import { PmoInputError } from "../errors";
import { Finding, GOVERNANCE_RULES } from "../findings";
import { checkGovernance } from "../governance";
import { PortfolioLayouts } from "../model";
import { readPortfolio } from "../read-portfolio";
import { RuleSet } from "../rules";
import { DEFAULT_SHEET_NAMES, PROJECT_FIELDS, REGISTER_KINDS, SheetKind } from "../schema/fields";
import { SheetData } from "../sheet";
import { DayNumber, parseText } from "../values";
import { GovernedWorkbook, ReturnFinding } from "./returns-types";

export interface CheckedReturn {
  findings: ReturnFinding[];
  /** One project's workbook (no Projects sheet): the project its rows with no project id belong to. */
  defaultProjectId?: string;
  /** Set when the return cannot be read at all (no governed sheet, a required column missing). */
  unreadable?: string;
}

/**
 * Findings the returns judge against the register instead: a return names projects the register
 * knows without listing them in its own Projects sheet, and needs no sheet it does not change.
 */
const JUDGED_AGAINST_REGISTER: ReadonlySet<string> = new Set([GOVERNANCE_RULES.unknownProject.id, GOVERNANCE_RULES.missingSheet.id]);

function rowOfCell(cell: string): number | undefined {
  const match = /^[A-Z]+(\d+)$/.exec(cell);
  return match ? Number(match[1]) : undefined;
}

function projectOfFinding(item: Finding, sheets: Partial<Record<SheetKind, SheetData>>, layouts: PortfolioLayouts, defaultProjectId: string | undefined): string | null {
  const row = rowOfCell(item.cell);
  if (row === undefined) return null;
  for (const [kind, sheet] of Object.entries(sheets) as [SheetKind, SheetData][]) {
    const layout = layouts[kind];
    if (!layout || sheet.name !== item.sheet) continue;
    if (row <= layout.headerRow) return null;
    const column = layout.columns.get(kind === "projects" ? "id" : "projectId");
    const raw = column === undefined ? undefined : sheet.rows[row - sheet.firstRow]?.[column - sheet.firstColumn];
    const id = parseText(raw);
    if (id.ok) return id.value;
    return kind === "projects" ? null : (defaultProjectId ?? null);
  }
  return null;
}

export interface CheckOptions {
  asOf: DayNumber;
  rules: RuleSet;
}

/**
 * A return of only a cost plan is a return too (its rows name their projects), though Financials
 * alone is no portfolio to read: it is read beside an empty project register.
 */
function withRegister(sheets: Partial<Record<SheetKind, SheetData>>): Partial<Record<SheetKind, SheetData>> {
  if (!sheets.financials || REGISTER_KINDS.some((kind) => sheets[kind])) return sheets;
  const header = PROJECT_FIELDS.filter((spec) => spec.required).map((spec) => spec.header);
  return { ...sheets, projects: { name: DEFAULT_SHEET_NAMES.projects, rows: [header], firstRow: 1, firstColumn: 1 } };
}

export function checkReturn(workbook: GovernedWorkbook, { asOf, rules }: CheckOptions): CheckedReturn {
  const mapping = workbook.mapping ?? emptyMapping();
  try {
    const read = readPortfolio(withRegister(workbook.sheets), mapping, workbook.dateSystem, { asOf, fileName: workbook.file.replace(/\.[^.]*$/, "") });
    const governance = checkGovernance(read.portfolio, { asOf, rules });
    const defaultProjectId = read.workbookProject?.id;
    const findings = [...read.findings, ...governance]
      .filter((item) => !JUDGED_AGAINST_REGISTER.has(item.rule))
      .map((item): ReturnFinding => ({ ...item, file: workbook.file, projectId: projectOfFinding(item, workbook.sheets, read.portfolio.layouts, defaultProjectId) }));
    return { findings, defaultProjectId };
  } catch (error) {
    if (!(error instanceof PmoInputError)) throw error;
    return { findings: [], unreadable: error.message };
  }
}
