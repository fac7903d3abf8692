/**
 * Collecting the month's project returns into the register (SPEC 10): per return and project,
 * applied or refused, the register cells to change, the findings and the chasing list. Pure:
 * nothing is written; the writer applies `changes` to the register's cells.
 */
import { finding, GOVERNANCE_RULES } from "../findings";
import { counted } from "../words";
import { isActiveProject } from "../model";
import { DEFAULT_RULES, RuleSet } from "../rules";
import { PROJECT_STATUS, ProjectStatus } from "../constants";
import { DayNumber, isoFromDay, lastDayOfMonth, MonthNumber, monthText } from "../values";
import { checkReturn } from "./return-checks";
import { changesOfRow, newRow } from "./row-changes";
import { CellChange, GovernedWorkbook, MissingReturn, ProjectOutcome, ProjectReturnInput, RefusalReason, ReturnFinding, ReturnsResult } from "./returns-types";
import { cellWrite } from "./typed-values";
import { idKey, KeyedRow, RETURN_SHEET_KINDS, WorkbookRows, workbookRows } from "./workbook-rows";

export interface CollectOptions {
  month: MonthNumber;
  /** The rules the returns are checked with (the register's PMO Config); default rules otherwise. */
  rules?: RuleSet;
}

/** A project a return names, where it first names it (for the findings that refuse it). */
interface NamedProject {
  key: string;
  id: string;
  sheet: string;
  cell: string;
  rows: KeyedRow[];
}

interface ReadReturn {
  input: ProjectReturnInput;
  findings: ReturnFinding[];
  projects: NamedProject[];
}

function namedProjects(rows: WorkbookRows): NamedProject[] {
  const byKey = new Map<string, NamedProject>();
  for (const kind of RETURN_SHEET_KINDS) {
    for (const row of rows[kind].rows) {
      const key = idKey(row.projectId);
      let named = byKey.get(key);
      if (!named) {
        const at = row.cells.get(kind === "projects" ? "id" : "projectId")?.cell ?? row.cells.values().next().value?.cell ?? "A1";
        named = { key, id: row.projectId, sheet: rows[kind].sheet, cell: at, rows: [] };
        byKey.set(key, named);
      }
      named.rows.push(row);
    }
  }
  return [...byKey.values()];
}

/** The register's rows by key, and which projects each risk and milestone id belongs to. */
class RegisterIndex {
  readonly rows = new Map<string, KeyedRow>();
  readonly projectsOfId = new Map<string, string[]>();

  constructor(readonly register: WorkbookRows) {
    for (const kind of RETURN_SHEET_KINDS) {
      for (const row of register[kind].rows) {
        const key = `${kind}:${row.key}`;
        // A repeated id: its first row is the register's (SPEC 2), as in the figures.
        if (!this.rows.has(key)) this.rows.set(key, row);
        if (kind === "risks" || kind === "milestones") {
          const idOnly = `${kind}:${idKey(row.id)}`;
          const owners = this.projectsOfId.get(idOnly);
          if (!owners) this.projectsOfId.set(idOnly, [row.projectId]);
          else if (!owners.includes(row.projectId)) owners.push(row.projectId);
        }
      }
    }
  }

  project(key: string): KeyedRow | undefined {
    return this.rows.get(`projects:${key}`);
  }

  row(source: KeyedRow): KeyedRow | undefined {
    return this.rows.get(`${source.kind}:${source.key}`);
  }
}

function readReturn(input: ProjectReturnInput, asOf: DayNumber, rules: RuleSet): ReadReturn {
  const checked = input.unreadable === undefined ? checkReturn(input, { asOf, rules }) : { findings: [], unreadable: input.unreadable };
  if (checked.unreadable !== undefined) {
    const unreadable: ReturnFinding = { ...finding(GOVERNANCE_RULES.returnUnreadable, "", "A1", checked.unreadable), file: input.file, projectId: null };
    return { input, findings: [unreadable], projects: [] };
  }
  return { input, findings: checked.findings, projects: namedProjects(workbookRows(input, checked.defaultProjectId)) };
}

interface Judged {
  reasons: RefusalReason[];
  findings: ReturnFinding[];
  changes: CellChange[];
}

function refusalFinding(rule: (typeof GOVERNANCE_RULES)[keyof typeof GOVERNANCE_RULES], file: string, sheet: string, cell: string, projectId: string, message: string): ReturnFinding {
  return { ...finding(rule, sheet, cell, message), file, projectId };
}

/** Why the project is refused, before looking at its changes. */
function refusals(named: NamedProject, read: ReadReturn, index: RegisterIndex, filesOf: Map<string, string[]>): Omit<Judged, "changes"> {
  const file = read.input.file;
  const reasons: RefusalReason[] = [];
  const findings: ReturnFinding[] = [];
  const registered = index.project(named.key);
  if (!registered) {
    const message = `Project ${named.id} is not in the register; a return cannot add a project (add it to the register first).`;
    reasons.push({ code: "unknown-project", message });
    findings.push(refusalFinding(GOVERNANCE_RULES.unknownProject, file, named.sheet, named.cell, named.id, message));
  }
  const files = filesOf.get(named.key) ?? [];
  if (files.length > 1) {
    const message = `Project ${named.id} is in ${files.length} returns (${files.join(", ")}); none of them is applied for it until one return is left.`;
    reasons.push({ code: "conflict", message });
    findings.push(refusalFinding(GOVERNANCE_RULES.returnConflict, file, named.sheet, named.cell, named.id, message));
  }
  for (const row of named.rows) {
    if (row.kind !== "risks" && row.kind !== "milestones") continue;
    if (index.row(row)) continue;
    const owners = [...(index.projectsOfId.get(`${row.kind}:${idKey(row.id)}`) ?? [])];
    if (owners.length === 0) continue;
    const what = row.kind === "risks" ? "Risk" : "Milestone";
    const message = `${what} ${row.id} is given for project ${named.id}, but in the register it belongs to project ${owners.join(", ")}.`;
    reasons.push({ code: "id-of-other-project", message });
    findings.push(refusalFinding(GOVERNANCE_RULES.returnOtherProjectId, file, read.input.sheets[row.kind]?.name ?? row.kind, row.cells.get("id")?.cell ?? named.cell, named.id, message));
  }
  const errors = read.findings.filter((item) => item.severity === "error" && (item.projectId === null || idKey(item.projectId) === named.key));
  if (errors.length > 0) {
    const own = errors.filter((item) => item.projectId !== null);
    // The first error said in full, so that the refusal alone tells the PM what to put right.
    const first = own[0] ?? errors[0];
    const at = `${first.sheet === "" ? "" : `${first.sheet}!${first.cell}: `}${first.message.replace(/\.$/, "")}`;
    const message =
      own.length > 0
        ? `The return has ${counted(own.length, "error")} in project ${named.id}'s rows (${own.length === 1 ? "" : "the first: "}${at}).`
        : `The return has errors not tied to one project's rows, so none of its projects is applied (${at}).`;
    reasons.push({ code: "errors", message });
  }
  return { reasons, findings };
}

/** The changes of an accepted project: its rows', then its lastUpdated set to the return's date. */
function projectChanges(named: NamedProject, read: ReadReturn, index: RegisterIndex): { changes: CellChange[]; ambiguous: { sheet: string; cell: string; message: string }[] } {
  const file = read.input.file;
  const project = index.project(named.key)!;
  const changes: CellChange[] = [];
  const ambiguous: { sheet: string; cell: string; message: string }[] = [];
  for (const row of named.rows) {
    const sheet = index.register[row.kind];
    const target = index.row(row);
    if (target) {
      const found = changesOfRow(target, row, sheet, file);
      changes.push(...found.changes);
      ambiguous.push(...found.ambiguous.map((item) => ({ ...item, sheet: read.input.sheets[row.kind]?.name ?? row.kind })));
    } else if (row.kind === "financials" && sheet.fields.has("measure")) {
      // A wide register's months are columns: a month, or a project's cost line, it has no cell for is not a row to append.
      ambiguous.push({ sheet: read.input.sheets.financials?.name ?? row.kind, cell: row.cells.values().next().value?.cell ?? "A1", message: `${row.id}: the register's ${sheet.sheet} sheet (one column per month) has no cell for it; add it to the register.` });
    } else if (row.kind !== "projects") {
      changes.push(...newRow(row, project.id, sheet, file));
    }
  }
  const lastUpdated = project.cells.get("lastUpdated");
  if (lastUpdated?.cell !== undefined && lastUpdated.value !== read.input.date) {
    const context = { moneyScale: 1, registerRaw: lastUpdated.raw, returnRaw: undefined };
    changes.push({
      sheet: index.register.projects.sheet,
      kind: "projects",
      projectId: project.id,
      rowId: project.id,
      rowKey: project.id,
      field: "lastUpdated",
      header: lastUpdated.header,
      cell: lastUpdated.cell,
      oldValue: lastUpdated.value === undefined ? null : cellWrite("date", lastUpdated.value, context),
      newValue: cellWrite("date", read.input.date, context),
      file,
    });
  }
  return { changes, ambiguous };
}

function chasingList(index: RegisterIndex, returned: ReadonlySet<string>): MissingReturn[] {
  const missing: MissingReturn[] = [];
  const seen = new Set<string>();
  for (const row of index.register.projects.rows) {
    // A repeated id is one project (its first row), listed once.
    if (seen.has(row.key)) continue;
    seen.add(row.key);
    const status = (row.value("status") as ProjectStatus | undefined) ?? PROJECT_STATUS.active;
    if (!isActiveProject({ status }) || returned.has(row.key)) continue;
    missing.push({ projectId: row.id, name: String(row.value("name") ?? ""), manager: (row.value("manager") as string | undefined) ?? null });
  }
  return missing;
}

export function collectReturns(register: GovernedWorkbook, returns: readonly ProjectReturnInput[], options: CollectOptions): ReturnsResult {
  const asOf = lastDayOfMonth(options.month);
  const rules = options.rules ?? DEFAULT_RULES;
  const index = new RegisterIndex(workbookRows(register));
  const reads = returns.map((input) => readReturn(input, asOf, rules));
  const filesOf = new Map<string, string[]>();
  for (const read of reads) for (const named of read.projects) filesOf.set(named.key, [...(filesOf.get(named.key) ?? []), read.input.file]);
  const result: ReturnsResult = { month: monthText(options.month), applied: [], refused: [], missing: chasingList(index, new Set(filesOf.keys())), changes: [], findings: [] };
  for (const read of reads) {
    const { input } = read;
    const outcome = (projectId: string | null, reasons: RefusalReason[], cellsChanged: number): ProjectOutcome => ({
      projectId, file: input.file, submittedBy: input.submittedBy ?? null, received: isoFromDay(input.date), applied: reasons.length === 0, reasons, cellsChanged,
    });
    result.findings.push(...read.findings);
    if (input.madeFor !== undefined && input.madeFor.month !== result.month) {
      const { month, sheet, cell } = input.madeFor;
      const message = `This return was made for ${month}, not for ${result.month}, the month being collected; check that it is this month's (an old return sets back what has changed since). Its changes are applied as for any return.`;
      result.findings.push({ ...finding(GOVERNANCE_RULES.returnOtherMonth, sheet, cell, message), file: input.file, projectId: null });
    }
    if (read.projects.length === 0 && read.findings.some((item) => item.rule === GOVERNANCE_RULES.returnUnreadable.id)) {
      result.refused.push(outcome(null, [{ code: "unreadable", message: read.findings[0].message }], 0));
      continue;
    }
    for (const named of read.projects) {
      const judged = refusals(named, read, index, filesOf);
      result.findings.push(...judged.findings);
      const reasons = judged.reasons;
      if (reasons.length === 0) {
        const { changes, ambiguous } = projectChanges(named, read, index);
        for (const { sheet, cell, message } of ambiguous) {
          reasons.push({ code: "ambiguous-row", message });
          result.findings.push(refusalFinding(GOVERNANCE_RULES.returnAmbiguousRow, input.file, sheet, cell, named.id, message));
        }
        if (reasons.length === 0) {
          result.changes.push(...changes);
          result.applied.push(outcome(index.project(named.key)!.id, reasons, changes.length));
          continue;
        }
      }
      result.refused.push(outcome(index.project(named.key)?.id ?? named.id, reasons, 0));
    }
  }
  return result;
}
