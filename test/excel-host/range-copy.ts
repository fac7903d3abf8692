/**
 * Range.clear and Range.copyFrom on the model's cells, as Excel's Clear and Copy/Paste do them.
 * clear: "Contents" empties values and formulas, "Formats" resets number formats and cell formats
 * and unmerges, "All" both. copyFrom: "All" brings values, formulas, number formats, formats and
 * merges (and empties a destination cell whose source is empty), "Values" the values (a formula's
 * computed value), "Formulas" formulas and constants, "Formats" number formats, formats and merges;
 * neither brings column widths. The destination grows from its top-left cell to the source's size.
 */
import { excelEnum } from "./api-sets";
import { Bounds, parseAddress } from "./address";
import { invalidArgument, notImplemented } from "./errors";
import { Cell, SheetModel, WorkbookModel } from "./model";

const key = (row: number, column: number) => row * 16_384 + column;
const overlaps = (a: Bounds, b: Bounds) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
const inside = (a: Bounds, b: Bounds) => a.top >= b.top && a.bottom <= b.bottom && a.left >= b.left && a.right <= b.right;

function checkEnum(name: string, value: unknown, fallback: string): string {
  const chosen = value === undefined || value === null ? fallback : value;
  if (typeof chosen !== "string" || !excelEnum(name).has(chosen)) throw invalidArgument(`${name} ${JSON.stringify(value)}`);
  return chosen;
}

function unmerge(sheet: SheetModel, area: Bounds): void {
  for (let i = sheet.merges.length - 1; i >= 0; i--) if (overlaps(sheet.merges[i], area)) sheet.merges.splice(i, 1);
}

/** Drops the cells of `area` left with nothing in them. */
function prune(sheet: SheetModel, area: Bounds): void {
  for (const [k, cell] of sheet.cells) {
    const row = Math.floor(k / 16_384);
    const column = k % 16_384;
    if (row < area.top || row > area.bottom || column < area.left || column > area.right) continue;
    if (cell.value === undefined && cell.formula === undefined && cell.numberFormat === undefined && cell.format === undefined) sheet.cells.delete(k);
  }
}

export function clearCells(sheet: SheetModel, area: Bounds, applyTo: unknown): void {
  const what = checkEnum("ClearApplyTo", applyTo, "All");
  if (what !== "All" && what !== "Contents" && what !== "Formats") throw notImplemented(`Range.clear("${what}")`);
  sheet.checkEditable("clearing cells");
  for (const [k, cell] of sheet.cells) {
    const row = Math.floor(k / 16_384);
    const column = k % 16_384;
    if (row < area.top || row > area.bottom || column < area.left || column > area.right) continue;
    if (what !== "Formats") {
      delete cell.value;
      delete cell.formula;
    }
    if (what !== "Contents") {
      delete cell.numberFormat;
      delete cell.format;
    }
  }
  if (what !== "Contents") unmerge(sheet, area);
  prune(sheet, area);
}

/** The source of a copy: a range of the host, or an address ("A1:B2", "'PMO Config'!A1:B2"). */
export function copySource(model: WorkbookModel, source: unknown, destination: SheetModel): { sheet: SheetModel; bounds: Bounds } {
  if (typeof source === "string") {
    const { sheet, bounds } = parseAddress(source);
    const found = sheet === undefined ? destination : model.findSheet(sheet);
    if (!found) throw invalidArgument(`copyFrom source ${source}`);
    return { sheet: found, bounds };
  }
  const range = source as { kind?: string; sheetId?: string; bounds?: Bounds } | null;
  if (range?.kind === "RangeAreas") throw notImplemented("Range.copyFrom(RangeAreas)");
  if (range?.kind !== "Range" || !range.bounds || !range.sheetId) throw invalidArgument("copyFrom source");
  return { sheet: model.sheetById(range.sheetId), bounds: range.bounds };
}

const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

export function copyCells(from: { sheet: SheetModel; bounds: Bounds }, to: SheetModel, at: Bounds, copyType: unknown, skipBlanks: unknown, transpose: unknown): void {
  const type = checkEnum("RangeCopyType", copyType, "All");
  if (type === "Link") throw notImplemented('Range.copyFrom(..., "Link")');
  if (skipBlanks !== undefined && skipBlanks !== null && typeof skipBlanks !== "boolean") throw invalidArgument(`skipBlanks ${JSON.stringify(skipBlanks)}`);
  if (transpose !== undefined && transpose !== null && typeof transpose !== "boolean") throw invalidArgument(`transpose ${JSON.stringify(transpose)}`);
  if (transpose === true) throw notImplemented("Range.copyFrom(..., transpose)");
  to.checkEditable("pasting cells");
  const src = from.bounds;
  const rows = src.bottom - src.top + 1;
  const columns = src.right - src.left + 1;
  // A destination larger than the source repeats it (Excel tiles exact multiples): not modelled.
  if (at.bottom - at.top + 1 > rows || at.right - at.left + 1 > columns) throw notImplemented("Range.copyFrom into a destination larger than its source");
  const dest: Bounds = { top: at.top, left: at.left, bottom: at.top + rows - 1, right: at.left + columns - 1 };
  const dr = dest.top - src.top;
  const dc = dest.left - src.left;
  // Read everything first: source and destination may overlap.
  const snapshot: (Cell | undefined)[] = [];
  for (let r = src.top; r <= src.bottom; r++) for (let c = src.left; c <= src.right; c++) snapshot.push(clone(from.sheet.cell(r, c)));
  const merges = from.sheet.merges.filter((m) => inside(m, src)).map((m) => ({ top: m.top + dr, bottom: m.bottom + dr, left: m.left + dc, right: m.right + dc }));
  let i = 0;
  for (let r = dest.top; r <= dest.bottom; r++) {
    for (let c = dest.left; c <= dest.right; c++) {
      const cell = snapshot[i++];
      const blank = cell?.value === undefined && cell?.formula === undefined;
      if (skipBlanks === true && blank) continue;
      if (cell?.formula !== undefined && (dr !== 0 || dc !== 0) && (type === "All" || type === "Formulas")) throw notImplemented("Range.copyFrom of a formula to another position (relative references)");
      if (type === "All") {
        if (cell) to.cells.set(key(r, c), cell);
        else to.cells.delete(key(r, c));
        continue;
      }
      const target = to.edit(r, c);
      if (type === "Values" || type === "Formulas") {
        if (cell?.value === undefined) delete target.value;
        else target.value = cell.value;
        if (type === "Formulas" && cell?.formula !== undefined) target.formula = cell.formula;
        else delete target.formula;
      } else {
        if (cell?.numberFormat === undefined) delete target.numberFormat;
        else target.numberFormat = cell.numberFormat;
        if (cell?.format === undefined) delete target.format;
        else target.format = cell.format;
      }
    }
  }
  if (type === "All" || type === "Formats") {
    unmerge(to, dest);
    to.merges.push(...merges);
  }
  prune(to, dest);
}
