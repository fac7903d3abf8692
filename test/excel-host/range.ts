/** Range: a rectangle of one sheet's cells. Values, number formats and formulas are modelled cell by cell. */
import { Bounds, formatBounds, sheetPrefix } from "./address";
import { readFormula, writeValue } from "./cell-values";
import { invalidArgument, rangeExceedsLimit } from "./errors";
import { READ_CELL_LIMIT } from "./executor";
import { HostObject } from "./host-object";
import { Cell, SheetModel, WorkbookModel } from "./model";
import { RangeFormatObject } from "./range-format";
import { RecordedObject } from "./recorded";
import { clearCells, copyCells, copySource } from "./range-copy";

/** A value for every cell: a 2-D array of the range's shape, or one value for all of them. */
export function cellMatrix(value: unknown, bounds: Bounds, member: string): (r: number, c: number) => unknown {
  const rows = bounds.bottom - bounds.top + 1;
  const columns = bounds.right - bounds.left + 1;
  if (!Array.isArray(value)) return () => value;
  if (value.length !== rows || value.some((row) => !Array.isArray(row) || row.length !== columns)) {
    throw invalidArgument(`${member}: the number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows} x ${columns})`);
  }
  return (r, c) => (value as unknown[][])[r][c];
}

export class RangeObject extends HostObject {
  readonly kind = "Range";

  constructor(
    model: WorkbookModel,
    readonly sheetId: string,
    readonly bounds: Bounds,
  ) {
    super(model);
    const b = bounds;
    this.properties = {
      Address: { get: () => `${sheetPrefix(this.sheet.name)}!${formatBounds(b)}` },
      AddressLocal: { get: () => `${sheetPrefix(this.sheet.name)}!${formatBounds(b)}` },
      RowCount: { get: () => b.bottom - b.top + 1 },
      ColumnCount: { get: () => b.right - b.left + 1 },
      RowIndex: { get: () => b.top },
      ColumnIndex: { get: () => b.left },
      CellCount: { get: () => (b.bottom - b.top + 1) * (b.right - b.left + 1) },
      Values: { get: () => this.read((cell) => cell?.value ?? ""), set: (v) => this.write(v, "values", (cell, x) => writeValue(cell, x)) },
      Text: { get: () => this.read((cell) => (cell?.value === undefined ? "" : String(cell.value))) },
      NumberFormat: {
        get: () => this.read((cell) => cell?.numberFormat ?? "General"),
        set: (v) => this.write(v, "numberFormat", (cell, x) => {
          if (x === null || x === undefined) return;
          if (typeof x !== "string") throw invalidArgument(`numberFormat ${JSON.stringify(x)}`);
          cell.numberFormat = x;
        }),
      },
      Formulas: { get: () => this.read(readFormula), set: (v) => this.write(v, "formulas", (cell, x) => writeValue(cell, x)) },
      FormulasR1C1: {
        set: (v) => this.write(v, "formulasR1C1", (cell, x) => {
          if (typeof x === "string" && x.startsWith("=")) {
            // Kept as written: the host does not translate R1C1 into A1.
            cell.formula = x;
            cell.value = 0;
          } else writeValue(cell, x);
        }),
      },
    };
    this.navigations = {
      Format: () => new RangeFormatObject(model, sheetId, [b]),
      DataValidation: () => new RecordedObject(model, this.sheet, `${formatBounds(b)}.dataValidation`, "DataValidation"),
      ConditionalFormats: () => new RecordedObject(model, this.sheet, `${formatBounds(b)}.conditionalFormats`, "ConditionalFormatCollection"),
    };
    this.methods = {
      Merge: (across) => {
        this.sheet.checkEditable("merging cells");
        this.sheet.merges.push({ ...b });
        this.sheet.log.push(`merge ${formatBounds(b)}${across ? " across" : ""}`);
        return null;
      },
      Clear: (applyTo) => {
        clearCells(this.sheet, b, applyTo);
        return null;
      },
      CopyFrom: (source, copyType, skipBlanks, transpose) => {
        copyCells(copySource(model, source, this.sheet), this.sheet, b, copyType, skipBlanks, transpose);
        return null;
      },
      Select: () => {
        model.activeSheetId = sheetId;
        model.selection = { sheetId, address: formatBounds(b) };
        return null;
      },
      GetCell: (row, column) => new RangeObject(model, sheetId, cellAt(b, Number(row), Number(column))),
      GetEntireColumn: () => new RangeObject(model, sheetId, { ...b, top: 0, bottom: 1_048_575 }),
      // The client splits a values, numberFormat or formulas write of over 1,500 cells into
      // chunks of rows: _ValidateArraySize, then getRow(i).getBoundingRect(getRow(j)) per chunk.
      _ValidateArraySize: (rows, columns) => {
        if (rows !== b.bottom - b.top + 1 || columns !== b.right - b.left + 1) throw invalidArgument(`the number of rows or columns in the input array (${String(rows)} x ${String(columns)}) doesn't match the size or dimensions of the range`);
        return null;
      },
      GetRow: (row) => {
        const r = Number(row);
        if (!Number.isInteger(r) || r < 0 || b.top + r > b.bottom) throw invalidArgument(`getRow(${r})`);
        return new RangeObject(model, sheetId, { ...b, top: b.top + r, bottom: b.top + r });
      },
      GetColumn: (column) => {
        const c = Number(column);
        if (!Number.isInteger(c) || c < 0 || b.left + c > b.right) throw invalidArgument(`getColumn(${c})`);
        return new RangeObject(model, sheetId, { ...b, left: b.left + c, right: b.left + c });
      },
      GetBoundingRect: (other) => {
        if (!(other instanceof RangeObject) || other.sheetId !== sheetId) throw invalidArgument("getBoundingRect: a range on the same sheet");
        const o = other.bounds;
        return new RangeObject(model, sheetId, { top: Math.min(b.top, o.top), left: Math.min(b.left, o.left), bottom: Math.max(b.bottom, o.bottom), right: Math.max(b.right, o.right) });
      },
    };
  }

  get sheet(): SheetModel {
    return this.model.sheetById(this.sheetId);
  }

  /** The cell data of every cell, row by row; over READ_CELL_LIMIT cells Excel refuses the read. */
  private read<T>(of: (cell: Cell | undefined) => T): T[][] {
    const sheet = this.sheet;
    const { top, left, bottom, right } = this.bounds;
    const cells = (bottom - top + 1) * (right - left + 1);
    if (cells > READ_CELL_LIMIT) throw rangeExceedsLimit(`reading ${cells.toLocaleString("en-GB")} cells of ${formatBounds(this.bounds)}, over ${READ_CELL_LIMIT.toLocaleString("en-GB")}`);
    const rows: T[][] = [];
    for (let r = top; r <= bottom; r++) {
      const row: T[] = [];
      for (let c = left; c <= right; c++) row.push(of(sheet.cell(r, c)));
      rows.push(row);
    }
    return rows;
  }

  private write(value: unknown, member: string, apply: (cell: Cell, value: unknown) => void): void {
    const sheet = this.sheet;
    const at = cellMatrix(value, this.bounds, member);
    const { top, left, bottom, right } = this.bounds;
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        const x = at(r - top, c - left);
        if (x === null || x === undefined) continue; // Excel leaves the cell as it is
        apply(sheet.edit(r, c), x);
      }
    }
  }
}

function cellAt(b: Bounds, row: number, column: number): Bounds {
  if (!Number.isInteger(row) || !Number.isInteger(column) || row < 0 || column < 0) throw invalidArgument(`getCell(${row}, ${column})`);
  return { top: b.top + row, bottom: b.top + row, left: b.left + column, right: b.left + column };
}
