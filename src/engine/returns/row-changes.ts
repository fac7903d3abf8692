/**
 * The changes one return row makes to its register row (SPEC 10): each non-blank return cell
 * whose typed value differs from the register's; for a row the register lacks, every non-blank
 * field, as a new row. Fields the register's sheet has no column for are not written (the
 * register's layout is kept); a register cell that cannot be told (cost lines added together, a
 * wide Financials sheet's blank month) is a problem, and the project is refused.
 */
import { columnLetters } from "../sheet";
import { CREATED_FIELDS, DEFAULT_SHEET_NAMES, SHEET_FIELDS } from "../schema/fields";
import { cellWrite, sameTypedValue, textWrite } from "./typed-values";
import { CellChange, NEW_ROW, ReturnSheetKind } from "./returns-types";
import { KeyedRow, RowCell, SheetRows } from "./workbook-rows";

/** Fields a return never writes: the keys it is matched on, and what collecting sets itself. */
const NOT_WRITTEN: Readonly<Record<ReturnSheetKind, ReadonlySet<string>>> = {
  projects: new Set(["id", "lastUpdated", "reportDate"]),
  risks: new Set(["id", "projectId"]),
  milestones: new Set(["id", "projectId"]),
  financials: new Set(["projectId", "period", "costType", "measure"]),
};

export interface RowChanges {
  changes: CellChange[];
  /** Register cells that could not be told apart: the return's cell, and why. */
  ambiguous: { cell: string; message: string }[];
}

function rowKeyOf(kind: ReturnSheetKind, projectId: string, id: string): string {
  return kind === "risks" || kind === "milestones" ? `${projectId}|${id}` : id;
}

/** The header the add-in gives a field's column, for a sheet the register does not have yet. */
function defaultHeader(kind: ReturnSheetKind, field: string): string {
  return SHEET_FIELDS[kind].find((spec) => spec.field === field)?.header ?? field;
}

/** A change to an existing register row. */
export function changesOfRow(target: KeyedRow, source: KeyedRow, register: SheetRows, file: string): RowChanges {
  const changes: CellChange[] = [];
  const ambiguous: RowChanges["ambiguous"] = [];
  for (const [field, given] of source.cells) {
    if (given.value === undefined || NOT_WRITTEN[target.kind].has(field) || !register.fields.has(field)) continue;
    const current: RowCell | undefined = target.cells.get(field);
    if (current?.value !== undefined && sameTypedValue(given.spec.type, current.value, given.value)) continue;
    if (current?.cell === undefined) {
      ambiguous.push({ cell: given.cell ?? "A1", message: `${target.id}: the register's ${given.header} for it is in more than one cell (cost lines added together) or in none, so the return's value cannot be written; change it in the register.` });
      continue;
    }
    const context = { moneyScale: current.moneyScale, registerRaw: current.raw };
    changes.push({
      sheet: register.sheet,
      kind: target.kind,
      projectId: target.projectId,
      rowId: target.id,
      rowKey: rowKeyOf(target.kind, target.projectId, target.id),
      field,
      header: current.header,
      cell: current.cell,
      oldValue: current.value === undefined ? null : cellWrite(given.spec.type, current.value, { ...context, returnRaw: current.raw }),
      newValue: cellWrite(given.spec.type, given.value, { ...context, returnRaw: given.raw }),
      file,
    });
  }
  return { changes, ambiguous };
}

/** The fields of a new Financials row that its key holds: project, month and cost line. */
function financialKeyFields(source: KeyedRow, projectId: string): [string, CellChange["newValue"]][] {
  const [, month, costType] = source.id.split("|");
  return [
    ["projectId", textWrite(projectId)],
    ["period", { kind: "date", value: `${month}-01` }],
    ["costType", textWrite(costType)],
  ];
}

/** A row the register lacks, added with all its non-blank fields; `projectId` as the register spells it. */
export function newRow(source: KeyedRow, projectId: string, register: SheetRows, file: string): CellChange[] {
  const kind = source.kind;
  const id = kind === "financials" ? `${projectId}${source.id.slice(source.id.indexOf("|"))}` : source.id;
  const sheet = register.present ? register.sheet : DEFAULT_SHEET_NAMES[kind];
  // A register without the sheet gets it with the add-in's columns; one with it keeps its own.
  const written = (field: string) => (register.present ? register.columns.has(field) : CREATED_FIELDS[kind].some((spec) => spec.field === field));
  const base = { sheet, kind, projectId, rowId: id, rowKey: rowKeyOf(kind, projectId, id), cell: NEW_ROW, oldValue: null, file };
  const headerOf = (field: string) => register.headers.get(field) ?? defaultHeader(kind, field);
  const placed = (field: string) => {
    const column = register.columns.get(field);
    return column === undefined ? {} : { column: columnLetters(column) };
  };
  const keyFields: [string, CellChange["newValue"]][] =
    kind === "financials" ? financialKeyFields(source, projectId) : [["id", textWrite(source.id)], ["projectId", textWrite(projectId)]];
  const changes: CellChange[] = keyFields.filter(([field]) => written(field)).map(([field, newValue]) => ({ ...base, field, header: headerOf(field), ...placed(field), newValue }));
  for (const [field, given] of source.cells) {
    if (given.value === undefined || keyFields.some(([key]) => key === field) || NOT_WRITTEN[kind].has(field) || !written(field)) continue;
    changes.push({ ...base, field, header: headerOf(field), ...placed(field), newValue: cellWrite(given.spec.type, given.value, { moneyScale: register.moneyScales.get(field) ?? 1, registerRaw: undefined, returnRaw: given.raw }) });
  }
  return changes;
}
