/** Worksheet: name, position, visibility and the ranges on it. */
import { ChartCollectionObject } from "./chart";
import { FreezePanesObject } from "./freeze-panes";
import { Bounds, MAX_COLUMNS, MAX_ROWS, parseAddress } from "./address";
import { invalidArgument } from "./errors";
import { HostObject } from "./host-object";
import { SheetModel, Visibility, WorkbookModel } from "./model";
import { RangeObject } from "./range";
import { checkColor } from "./range-format";
import { RangeAreasObject } from "./range-areas";
import { WorksheetProtectionObject } from "./protection";
import { RecordedObject } from "./recorded";
import { TableCollectionObject } from "./table";

const VISIBILITIES: Visibility[] = ["Visible", "Hidden", "VeryHidden"];

export class WorksheetObject extends HostObject {
  readonly kind = "Worksheet";

  constructor(
    model: WorkbookModel,
    readonly sheetId: string,
  ) {
    super(model);
    this.properties = {
      Id: { get: () => this.sheet.id },
      Name: {
        get: () => this.sheet.name,
        set: (value) => {
          if (typeof value !== "string") throw invalidArgument("name");
          model.renameSheet(this.sheet, value);
        },
      },
      Position: { get: () => model.sheets.indexOf(this.sheet), set: (value) => model.moveSheet(this.sheet, value as number) },
      Visibility: {
        get: () => this.sheet.visibility,
        set: (value) => {
          if (!VISIBILITIES.includes(value as Visibility)) throw invalidArgument(`visibility ${JSON.stringify(value)}`);
          model.checkStructure("hiding or showing a sheet");
          this.sheet.visibility = value as Visibility;
        },
      },
      // Read on a hidden sheet, Excel answers null; "" sets "auto" (no colour).
      TabColor: {
        get: () => (this.sheet.visibility === "Visible" ? this.sheet.tabColor : null),
        set: (value) => {
          model.checkStructure("colouring a sheet tab");
          if (value !== "") checkColor(value);
          this.sheet.tabColor = value as string;
        },
      },
    };
    this.navigations = {
      FreezePanes: () => new FreezePanesObject(model, this.sheet),
      PageLayout: () => new RecordedObject(model, this.sheet, "pageLayout", "PageLayout"),
      Charts: () => new ChartCollectionObject(model, this.sheet),
      Tables: () => new TableCollectionObject(model, this.sheet),
      Protection: () => new WorksheetProtectionObject(model, this.sheet),
    };
    this.methods = {
      GetRange: (address) => this.range(address === undefined || address === null || address === "" ? undefined : String(address)),
      GetRanges: (address) => new RangeAreasObject(model, sheetId, String(address).split(",").map((part) => this.boundsOn(part))),
      GetRangeByIndexes: (row, column, rows, columns) => {
        const [r, c, n, m] = [row, column, rows, columns].map(Number);
        if (![r, c, n, m].every(Number.isInteger) || r < 0 || c < 0 || n < 1 || m < 1 || r + n > MAX_ROWS || c + m > MAX_COLUMNS) throw invalidArgument(`getRangeByIndexes(${r}, ${c}, ${n}, ${m})`);
        return new RangeObject(model, sheetId, { top: r, left: c, bottom: r + n - 1, right: c + m - 1 });
      },
      GetUsedRange: (valuesOnly) => new RangeObject(model, sheetId, this.sheet.usedBounds(valuesOnly === true) ?? { top: 0, left: 0, bottom: 0, right: 0 }),
      GetUsedRangeOrNullObject: (valuesOnly) => {
        const used = this.sheet.usedBounds(valuesOnly === true);
        return used ? new RangeObject(model, sheetId, used) : null;
      },
      GetCell: (row, column) => new RangeObject(model, sheetId, { top: Number(row), bottom: Number(row), left: Number(column), right: Number(column) }),
      Delete: () => {
        model.deleteSheet(this.sheet);
        return null;
      },
      Activate: () => {
        if (this.sheet.visibility !== "Visible") throw invalidArgument(`activating the hidden sheet ${this.sheet.name}`);
        model.activeSheetId = sheetId;
        return null;
      },
    };
  }

  get sheet(): SheetModel {
    return this.model.sheetById(this.sheetId);
  }

  override identity(): Record<string, unknown> {
    return { Id: this.sheetId };
  }

  private boundsOn(address: string): Bounds {
    const { sheet, bounds } = parseAddress(address);
    if (sheet !== undefined && sheet.toLowerCase() !== this.sheet.name.toLowerCase()) throw invalidArgument(`address ${address} is not on ${this.sheet.name}`);
    return bounds;
  }

  private range(address: string | undefined): RangeObject {
    // getRange() with no address is the whole sheet.
    const bounds = address === undefined ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } : this.boundsOn(address);
    return new RangeObject(this.model, this.sheetId, bounds);
  }
}
