/**
 * Range formats (RangeFormat, RangeFill, RangeFont, RangeBorders, RangeBorder) over one or more
 * areas of a sheet: a Range has one, RangeAreas several. Read back, a property the cells do not
 * share is null, as in Excel.
 */
import { Bounds } from "./address";
import { invalidArgument } from "./errors";
import { HostObject, Property } from "./host-object";
import { CellFormat, SheetModel, WorkbookModel } from "./model";

/** Excel's default column width in points (8.43 characters of Calibri 11). */
export const DEFAULT_COLUMN_WIDTH = 48;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];
const ALIGNMENTS = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];

abstract class AreasObject extends HostObject {
  constructor(
    model: WorkbookModel,
    readonly sheetId: string,
    readonly areas: readonly Bounds[],
  ) {
    super(model);
  }

  get sheet(): SheetModel {
    return this.model.sheetById(this.sheetId);
  }

  protected eachFormat(apply: (format: CellFormat) => void): void {
    const sheet = this.sheet;
    for (const b of this.areas) {
      for (let r = b.top; r <= b.bottom; r++) {
        for (let c = b.left; c <= b.right; c++) {
          const cell = sheet.edit(r, c);
          apply((cell.format ??= {}));
        }
      }
    }
  }

  protected shared<T>(read: (format: CellFormat | undefined) => T): T | null {
    const sheet = this.sheet;
    let first = true;
    let value: T | null = null;
    for (const b of this.areas) {
      for (let r = b.top; r <= b.bottom; r++) {
        for (let c = b.left; c <= b.right; c++) {
          const v = read(sheet.cell(r, c)?.format);
          if (first) value = v;
          else if (v !== value) return null;
          first = false;
        }
      }
    }
    return value;
  }

  /** A property kept on every cell's format. */
  protected cellProperty<K extends keyof CellFormat>(name: K, fallback: CellFormat[K], check?: (value: unknown) => void): Property {
    return {
      get: () => this.shared((f) => f?.[name] ?? fallback),
      set: (value) => {
        check?.(value);
        this.eachFormat((f) => (f[name] = value as CellFormat[K]));
      },
    };
  }
}

export const checkColor = (value: unknown) => {
  if (typeof value !== "string" || !(/^#[0-9A-Fa-f]{6}$/.test(value) || /^[A-Za-z]+$/.test(value))) throw invalidArgument(`color ${JSON.stringify(value)}`);
};
const checkBoolean = (value: unknown) => {
  if (typeof value !== "boolean") throw invalidArgument(`boolean ${JSON.stringify(value)}`);
};

export class RangeFormatObject extends AreasObject {
  readonly kind = "RangeFormat";
  constructor(model: WorkbookModel, sheetId: string, areas: readonly Bounds[]) {
    super(model, sheetId, areas);
    this.properties = {
      ColumnWidth: {
        get: () => this.sheet.columnWidths.get(areas[0].left) ?? DEFAULT_COLUMN_WIDTH,
        set: (value) => {
          if (typeof value !== "number" || !(value >= 0) || value > 255 * 7.5) throw invalidArgument(`columnWidth ${value}`);
          this.sheet.checkEditable("setting a column width");
          for (const b of areas) for (let c = b.left; c <= b.right; c++) this.sheet.columnWidths.set(c, value);
        },
      },
      // Only meant to be set to true (false does nothing): the columns go back to the sheet's standard width.
      UseStandardWidth: {
        set: (value) => {
          checkBoolean(value);
          this.sheet.checkEditable("setting a column width");
          if (value === true) for (const b of areas) for (let c = b.left; c <= b.right; c++) this.sheet.columnWidths.delete(c);
        },
      },
      WrapText: this.cellProperty("wrapText", false, checkBoolean),
      HorizontalAlignment: this.cellProperty("horizontalAlignment", "General", (value) => {
        if (!ALIGNMENTS.includes(value as string)) throw invalidArgument(`horizontalAlignment ${JSON.stringify(value)}`);
      }),
    };
    this.navigations = {
      Fill: () => new RangeFillObject(model, sheetId, areas),
      Font: () => new RangeFontObject(model, sheetId, areas),
      Borders: () => new RangeBordersObject(model, sheetId, areas),
    };
  }
}

export class RangeFillObject extends AreasObject {
  readonly kind = "RangeFill";
  constructor(model: WorkbookModel, sheetId: string, areas: readonly Bounds[]) {
    super(model, sheetId, areas);
    this.properties = { Color: this.cellProperty("fill", "#FFFFFF", checkColor) };
    this.methods = { Clear: () => this.eachFormat((f) => delete f.fill) };
  }
}

export class RangeFontObject extends AreasObject {
  readonly kind = "RangeFont";
  constructor(model: WorkbookModel, sheetId: string, areas: readonly Bounds[]) {
    super(model, sheetId, areas);
    this.properties = {
      Bold: this.cellProperty("bold", false, checkBoolean),
      Italic: this.cellProperty("italic", false, checkBoolean),
      Color: this.cellProperty("fontColor", "#000000", checkColor),
      Size: this.cellProperty("fontSize", 11, (value) => {
        if (typeof value !== "number" || value < 1 || value > 409) throw invalidArgument(`font size ${value}`);
      }),
    };
  }
}

export class RangeBordersObject extends AreasObject {
  readonly kind = "RangeBorderCollection";
  override index(edge: unknown): HostObject {
    if (!EDGES.includes(edge as string)) throw invalidArgument(`border index ${JSON.stringify(edge)}`);
    return new RangeBorderObject(this.model, this.sheetId, this.areas, edge as string);
  }
  constructor(model: WorkbookModel, sheetId: string, areas: readonly Bounds[]) {
    super(model, sheetId, areas);
    this.methods = { GetItem: (edge) => this.index(edge) };
  }
}

const STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];
const WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"];

export class RangeBorderObject extends AreasObject {
  readonly kind = "RangeBorder";
  constructor(model: WorkbookModel, sheetId: string, areas: readonly Bounds[], edge: string) {
    super(model, sheetId, areas);
    const member = (name: "style" | "weight" | "color", allowed?: string[]): Property => ({
      get: () => this.shared((f) => f?.borders?.[edge]?.[name] ?? null),
      set: (value) => {
        if (allowed && !allowed.includes(value as string)) throw invalidArgument(`border ${name} ${JSON.stringify(value)}`);
        if (!allowed) checkColor(value);
        this.eachFormat((f) => ((f.borders ??= {})[edge] ??= {})[name] = value as string);
      },
    });
    this.properties = { Style: member("style", STYLES), Weight: member("weight", WEIGHTS), Color: member("color") };
  }
}
