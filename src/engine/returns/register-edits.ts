/**
 * From a collection's changes to what a writer does to the register (SPEC 10): the cells of
 * existing rows to change, the rows to add under a sheet's last row, and the sheets the register
 * lacks, to be created with the add-in's headers. The package writer (editCells) and the Office
 * adapter both take this shape, so both write exactly the cells the Returns page showed.
 */
import { CREATED_FIELDS, sameSheetName } from "../schema/fields";
import { CellChange, CellWrite, NEW_ROW, ReturnSheetKind } from "./returns-types";

/** One cell of an existing row to change. */
export interface CellValueEdit {
  /** A1 in the sheet (title rows counted). */
  cell: string;
  value: CellWrite;
}

/** The changes to one sheet of the register. */
export interface SheetCellEdits {
  /** The sheet's name as the workbook has it (matched as Excel matches names, without regard to case). */
  sheet: string;
  cells: readonly CellValueEdit[];
  /** Rows to add, in order, under the sheet's last row holding a value (or written by `cells`): column letter ("C") -> value. */
  appendRows?: readonly Readonly<Record<string, CellWrite>>[];
}

/** A governed sheet the register does not have, to be created holding the returns' new rows. */
export interface NewRegisterSheet {
  kind: ReturnSheetKind;
  /** The add-in's default name for it (`Risks`). */
  sheet: string;
  /** Each row's values in the order of the add-in's columns for the kind (CREATED_FIELDS); null where blank. */
  rows: (CellWrite | null)[][];
}

export interface RegisterEdits {
  edits: SheetCellEdits[];
  newSheets: NewRegisterSheet[];
}

function sheetEdits(edits: SheetCellEdits[], sheet: string): { cells: CellValueEdit[]; appendRows: Record<string, CellWrite>[] } {
  let edit = edits.find((candidate) => candidate.sheet === sheet) as { sheet: string; cells: CellValueEdit[]; appendRows: Record<string, CellWrite>[] } | undefined;
  if (!edit) {
    edit = { sheet, cells: [], appendRows: [] };
    edits.push(edit);
  }
  return edit;
}

/**
 * The writes of `changes` (a ReturnsResult's), in their order: a new row is appended where its
 * first field comes, with every field of its rowKey. A new row's field with no `column` belongs
 * to a sheet the register lacks.
 */
export function registerEdits(changes: readonly CellChange[]): RegisterEdits {
  const edits: SheetCellEdits[] = [];
  const newSheets: NewRegisterSheet[] = [];
  const appended = new Map<string, Record<string, CellWrite>>();
  const created = new Map<string, (CellWrite | null)[]>();
  for (const change of changes) {
    if (change.cell !== NEW_ROW) {
      sheetEdits(edits, change.sheet).cells.push({ cell: change.cell, value: change.newValue });
      continue;
    }
    const rowKey = `${change.sheet}\u0000${change.rowKey}`;
    if (change.column !== undefined) {
      let row = appended.get(rowKey);
      if (!row) {
        row = {};
        appended.set(rowKey, row);
        sheetEdits(edits, change.sheet).appendRows.push(row);
      }
      row[change.column] = change.newValue;
      continue;
    }
    const fields = CREATED_FIELDS[change.kind];
    let row = created.get(rowKey);
    if (!row) {
      row = fields.map(() => null);
      created.set(rowKey, row);
      let sheet = newSheets.find((candidate) => candidate.sheet === change.sheet);
      if (!sheet) {
        sheet = { kind: change.kind, sheet: change.sheet, rows: [] };
        newSheets.push(sheet);
      }
      sheet.rows.push(row);
    }
    const index = fields.findIndex((spec) => spec.field === change.field);
    if (index >= 0) row[index] = change.newValue;
  }
  return { edits, newSheets };
}

/**
 * Edits of one sheet given in several pieces, as one per sheet (names matched as Excel matches
 * them; later values of a cell win). Pushed one by one: a spread of 100,000 cells into push()
 * would overflow the call stack.
 */
export function editsBySheet(edits: readonly SheetCellEdits[]): SheetCellEdits[] {
  const merged: { sheet: string; cells: CellValueEdit[]; appendRows: Readonly<Record<string, CellWrite>>[] }[] = [];
  for (const edit of edits) {
    let same = merged.find((other) => sameSheetName(other.sheet, edit.sheet));
    if (!same) merged.push((same = { sheet: edit.sheet, cells: [], appendRows: [] }));
    for (const cell of edit.cells) same.cells.push(cell);
    for (const row of edit.appendRows ?? []) same.appendRows.push(row);
  }
  return merged;
}
