/** The in-memory workbook the host answers from: sheets of cells, their formats and a log of the rest. */
import { Bounds, sheetPrefix } from "./address";
import { accessDenied, alreadyExists, invalidArgument, invalidOperation, itemNotFound } from "./errors";

export type CellValue = string | number | boolean;

export interface CellFormat {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  horizontalAlignment?: string;
  wrapText?: boolean;
  borders?: Record<string, { style?: string; weight?: string; color?: string }>;
}

export interface Cell {
  /** The value as Excel would show it in `values`; for a formula, what the host says it computed. */
  value?: CellValue;
  formula?: string;
  numberFormat?: string;
  format?: CellFormat;
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

/** A chart on a sheet: what it is called and the log line that made it (its parts log under it). */
export interface ChartModel {
  id: string;
  name: string;
  line: string;
}

/** An Excel table: its rectangle, header row included (zero-based bounds). */
export interface TableModel {
  id: string;
  name: string;
  bounds: Bounds;
  showTotals: boolean;
}

const key = (row: number, column: number) => row * 16_384 + column;

export class SheetModel {
  readonly cells = new Map<number, Cell>();
  readonly columnWidths = new Map<number, number>();
  readonly merges: Bounds[] = [];
  readonly charts: ChartModel[] = [];
  readonly tables: TableModel[] = [];
  visibility: Visibility = "Visible";
  tabColor = "";
  /** Review > Protect Sheet: every cell locked (unlocked cells are not modelled), so any change is refused. */
  protected = false;
  protectionPassword?: string;
  /** Everything done to the sheet that the host records without modelling: "PageLayout.Orientation = Landscape". */
  readonly log: string[] = [];

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(row: number, column: number): Cell | undefined {
    return this.cells.get(key(row, column));
  }

  /** Refuses a change while the sheet is protected, as Excel does. */
  checkEditable(what: string): void {
    if (this.protected) throw accessDenied(`${what} on the protected sheet ${this.name}`);
  }

  /** The cell, created when missing (for a change: refused on a protected sheet). */
  edit(row: number, column: number): Cell {
    this.checkEditable("changing a cell");
    const k = key(row, column);
    let cell = this.cells.get(k);
    if (!cell) this.cells.set(k, (cell = {}));
    return cell;
  }

  /** The smallest rectangle holding every cell with a value (valuesOnly) or with anything at all. */
  usedBounds(valuesOnly: boolean): Bounds | undefined {
    let b: Bounds | undefined;
    for (const [k, cell] of this.cells) {
      const used = cell.value !== undefined || cell.formula !== undefined || (!valuesOnly && (cell.numberFormat !== undefined || cell.format !== undefined));
      if (!used) continue;
      const row = Math.floor(k / 16_384);
      const column = k % 16_384;
      if (!b) b = { top: row, bottom: row, left: column, right: column };
      else {
        b.top = Math.min(b.top, row);
        b.bottom = Math.max(b.bottom, row);
        b.left = Math.min(b.left, column);
        b.right = Math.max(b.right, column);
      }
    }
    return b;
  }
}

const FORBIDDEN = /[\\/?*:[\]]/;

/** A sheet-qualified reference in a formula: 'My Sheet'!A1:B2, Config!$A$3, Data!A:A. */
const SHEET_REFERENCE = /(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!(\$?[A-Za-z]{0,3}\$?\d*(?::\$?[A-Za-z]{0,3}\$?\d*)?)/g;

/** Every reference to sheet `name` in `formula` rewritten by `to` (given the cell part). */
function rewriteReferences(formula: string, name: string, to: (cells: string) => string): string {
  return formula.replace(SHEET_REFERENCE, (whole, quoted: string | undefined, bare: string | undefined, cells: string) => {
    const sheet = quoted !== undefined ? quoted.replace(/''/g, "'") : bare!;
    return sheet.toLowerCase() === name.toLowerCase() ? to(cells) : whole;
  });
}

export class WorkbookModel {
  /** In tab order: a sheet's position is its index here. */
  readonly sheets: SheetModel[] = [];
  date1904 = false;
  activeSheetId?: string;
  selection?: { sheetId: string; address: string };
  /** Review > Protect Workbook (structure): no sheet added, deleted, renamed, moved, hidden or shown. */
  structureProtected = false;
  structurePassword?: string;
  private nextSheet = 1;
  private nextChart = 1;

  /** A new chart id, unique in the workbook. */
  chartId(): string {
    return `{00000000-0002-0000-${String(this.nextChart++).padStart(4, "0")}-000000000000}`;
  }

  sheetById(id: string): SheetModel {
    const sheet = this.sheets.find((s) => s.id === id);
    if (!sheet) throw itemNotFound(`worksheet ${id}`);
    return sheet;
  }

  /** By name (ignoring case, as Excel does) or by id. */
  findSheet(key: string): SheetModel | undefined {
    const lower = key.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower || s.id === key);
  }

  /** Refuses a change to the workbook's structure while it is protected, as Excel does. */
  checkStructure(what: string): void {
    if (this.structureProtected) throw accessDenied(`${what}: the workbook's structure is protected`);
  }

  checkName(name: string, except?: SheetModel): void {
    if (name.length === 0 || name.length > 31 || FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history") throw invalidArgument(`sheet name ${JSON.stringify(name)}`);
    const other = this.findSheet(name);
    if (other && other !== except && other.name.toLowerCase() === name.toLowerCase()) throw alreadyExists(`sheet ${name}`);
  }

  addSheet(name?: string): SheetModel {
    let chosen = name;
    if (chosen === undefined || chosen === null) {
      let n = this.sheets.length + 1;
      while (this.findSheet(`Sheet${n}`)) n++;
      chosen = `Sheet${n}`;
    }
    this.checkStructure("adding a sheet");
    this.checkName(chosen);
    const sheet = new SheetModel(`{00000000-0001-0000-${String(this.nextSheet++).padStart(4, "0")}-000000000000}`, chosen);
    this.sheets.push(sheet);
    this.activeSheetId ??= sheet.id;
    return sheet;
  }

  /** Renames a sheet; formulas on every sheet that refer to it follow, as in Excel. */
  renameSheet(sheet: SheetModel, name: string): void {
    this.checkStructure("renaming a sheet");
    this.checkName(name, sheet);
    const old = sheet.name;
    sheet.name = name;
    this.rewriteFormulas(old, (cells) => `${sheetPrefix(name)}!${cells}`);
  }

  private rewriteFormulas(sheetName: string, to: (cells: string) => string): void {
    for (const other of this.sheets) {
      for (const cell of other.cells.values()) if (cell.formula?.includes("!")) cell.formula = rewriteReferences(cell.formula, sheetName, to);
    }
  }

  /** Deletes a sheet; a formula elsewhere that referred to it now has #REF! there, as in Excel. */
  deleteSheet(sheet: SheetModel): void {
    this.checkStructure("deleting a sheet");
    if (sheet.visibility === "VeryHidden") throw invalidOperation(`deleting the very hidden sheet ${sheet.name}`);
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) throw invalidOperation(`deleting ${sheet.name}, the last visible sheet`);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.rewriteFormulas(sheet.name, () => "#REF!");
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets.find((s) => s.visibility === "Visible")?.id;
  }

  moveSheet(sheet: SheetModel, position: number): void {
    this.checkStructure("moving a sheet");
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) throw invalidArgument(`position ${position}`);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }
}
