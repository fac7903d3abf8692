/**
 * Sending out the month's returns (SPEC 10): from the register's rows, one return per manager (or
 * per project) holding its active projects' current rows in the governed layout the add-in
 * creates (CREATED_FIELDS), so that a register in a PM's own layout still sends canonical returns.
 *
 * Values are the register's as the engine reads them (typed: dates as dates, % complete as a
 * fraction, choice words in their canonical spelling), so that a return sent back unchanged
 * changes nothing. A register cell that cannot be read (an Excel error, text in a date column)
 * is left blank: a blank changes nothing, and the PM's value, if given, replaces it. A repeated
 * id is its first row, as the figures and collecting take it. Closed and Cancelled projects are
 * left out (SPEC 2: not active; no return is asked for them), and so are their rows.
 */
import { PROJECT_STATUS, ProjectStatus } from "../constants";
import { isActiveProject } from "../model";
import { CREATED_FIELDS, FieldSpec } from "../schema/fields";
import { dateFromDay, dayFromText } from "../values";
import { ReturnSheetKind } from "./returns-types";
import { cellWrite } from "./typed-values";
import { idKey, KeyedRow, RETURN_SHEET_KINDS, WorkbookRows } from "./workbook-rows";

/** A cell of a return as the writer puts it: dates as UTC-midnight Dates. */
export type ReturnCell = string | number | boolean | Date | null;

export type ReturnsBy = "manager" | "project";
export const RETURNS_BY: readonly ReturnsBy[] = ["manager", "project"];

/** The label of the return of the projects that have no manager. */
export const NO_MANAGER = "(no manager)";

export interface PlannedReturn {
  /** The manager's name as the register first spells it, NO_MANAGER, or the project id. */
  for: string;
  /** The project ids, as the register spells them, in register order. */
  projectIds: string[];
  /** Each sheet's rows in CREATED_FIELDS order; Financials is absent when the register has no such sheet. */
  tables: Partial<Record<ReturnSheetKind, ReturnCell[][]>>;
}

/** The columns of each return sheet that rows are matched by: not to be changed. */
export const RETURN_ID_FIELDS: Readonly<Record<ReturnSheetKind, readonly string[]>> = {
  projects: ["id"],
  risks: ["id", "projectId"],
  milestones: ["id", "projectId"],
  financials: ["projectId", "period", "costType"],
};

function returnCell(spec: FieldSpec, row: KeyedRow): ReturnCell {
  const cell = row.cells.get(spec.field);
  if (!cell || cell.value === undefined) return null;
  // No register convention is carried over: the return's own column formats say how it shows.
  const write = cellWrite(spec.type, cell.value, { moneyScale: 1, registerRaw: undefined, returnRaw: cell.raw });
  if (write.kind === "date") return dateFromDay(dayFromText(write.value)!);
  if (write.kind === "boolean") return write.value ? "Yes" : "No";
  return write.value;
}

/** A Financials row: its key (project, month, cost line) from its id, its amounts and comment from its cells. */
function financialCells(row: KeyedRow): ReturnCell[] {
  const [costType, month] = row.id.split("|").reverse();
  return CREATED_FIELDS.financials.map((spec) => {
    if (spec.field === "projectId") return row.projectId;
    if (spec.field === "period") return dateFromDay(dayFromText(`${month}-01`)!);
    if (spec.field === "costType") return costType;
    return returnCell(spec, row);
  });
}

function rowCells(kind: ReturnSheetKind, row: KeyedRow): ReturnCell[] {
  return kind === "financials" ? financialCells(row) : CREATED_FIELDS[kind].map((spec) => returnCell(spec, row));
}

/** Each register row once (a repeated key: its first row), in register order. */
function firstRows(rows: readonly KeyedRow[]): KeyedRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.key) && Boolean(seen.add(row.key)));
}

function groupOf(project: KeyedRow, by: ReturnsBy): { key: string; label: string } {
  if (by === "project") return { key: project.key, label: project.id };
  const manager = project.value("manager");
  const name = typeof manager === "string" ? manager.trim() : "";
  return name === "" ? { key: "", label: NO_MANAGER } : { key: name.toLowerCase(), label: name };
}

/** The active projects of the register, grouped into returns, in the order the register first names them. */
export function planReturns(register: WorkbookRows, by: ReturnsBy): PlannedReturn[] {
  const active = firstRows(register.projects.rows).filter((row) => isActiveProject({ status: (row.value("status") as ProjectStatus | undefined) ?? PROJECT_STATUS.active }));
  const returns = new Map<string, PlannedReturn>();
  const returnOfProject = new Map<string, PlannedReturn>();
  // Risks and Milestones always, for the PM to add to; Financials when the register keeps them.
  const kinds = RETURN_SHEET_KINDS.filter((kind) => kind !== "financials" || register[kind].present);
  for (const project of active) {
    const { key, label } = groupOf(project, by);
    let planned = returns.get(key);
    if (!planned) {
      planned = { for: label, projectIds: [], tables: Object.fromEntries(kinds.map((kind) => [kind, []])) };
      returns.set(key, planned);
    }
    planned.projectIds.push(project.id);
    returnOfProject.set(project.key, planned);
  }
  for (const kind of kinds) {
    for (const row of firstRows(register[kind].rows)) {
      const planned = returnOfProject.get(idKey(row.projectId));
      planned?.tables[kind]!.push(rowCells(kind, row));
    }
  }
  return [...returns.values()];
}
