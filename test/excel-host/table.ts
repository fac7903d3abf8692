/**
 * Excel tables (TableCollection, Table) kept per sheet: a name, the rectangle they cover (header
 * row included) and whether they show a totals row. Listed, found by name or id, their range read,
 * and resized as Excel documents Table.resize: the new range must overlap the old one and keep
 * its header (top) row. What a table does to the cells (styles, filters) is not modelled.
 */
import { Bounds, parseAddress } from "./address";
import { invalidArgument, itemNotFound } from "./errors";
import { HostObject } from "./host-object";
import { SheetModel, TableModel, WorkbookModel } from "./model";
import { RangeObject } from "./range";

/**
 * A sheet's tables (`worksheet.tables`), or with no sheet the workbook's (`workbook.tables`): the
 * client addresses a loaded table by its id through the workbook's collection.
 */
export class TableCollectionObject extends HostObject {
  readonly kind = "TableCollection";

  constructor(
    model: WorkbookModel,
    readonly sheet?: SheetModel,
  ) {
    super(model);
    this.properties = { Count: { get: () => this.all().length } };
    this.methods = {
      GetItem: (key) => this.index(key),
      GetItemOrNullObject: (key) => {
        const found = this.find(String(key));
        return found ? new TableObject(model, found.sheet, found.table) : null;
      },
      GetCount: () => this.all().length,
    };
  }

  private all(): { sheet: SheetModel; table: TableModel }[] {
    return (this.sheet ? [this.sheet] : this.model.sheets).flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
  }

  private find(key: string): { sheet: SheetModel; table: TableModel } | undefined {
    const lower = key.toLowerCase();
    return this.all().find(({ table }) => table.id === key || table.name.toLowerCase() === lower);
  }

  override index(key: unknown): HostObject {
    const found = this.find(String(key));
    if (!found) throw itemNotFound(`table ${String(key)}`);
    return new TableObject(this.model, found.sheet, found.table);
  }

  override items(): HostObject[] {
    return this.all().map(({ sheet, table }) => new TableObject(this.model, sheet, table));
  }
}

const overlaps = (a: Bounds, b: Bounds) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

export class TableObject extends HostObject {
  readonly kind = "Table";

  constructor(
    model: WorkbookModel,
    readonly sheet: SheetModel,
    readonly table: TableModel,
  ) {
    super(model);
    this.properties = {
      Id: { get: () => table.id },
      Name: { get: () => table.name },
      ShowTotals: { get: () => table.showTotals },
      ShowHeaders: { get: () => true },
    };
    this.methods = {
      GetRange: () => new RangeObject(model, sheet.id, { ...table.bounds }),
      Resize: (newRange) => {
        const bounds = newRange instanceof RangeObject ? newRange.bounds : typeof newRange === "string" ? parseAddress(newRange).bounds : undefined;
        if (!bounds) throw invalidArgument("table.resize: a range or an address");
        if (newRange instanceof RangeObject && newRange.sheetId !== sheet.id) throw invalidArgument("table.resize: a range on the table's sheet");
        if (!overlaps(bounds, table.bounds) || bounds.top !== table.bounds.top) throw invalidArgument("table.resize: the new range must overlap the table and keep its header row");
        sheet.checkEditable("resizing a table");
        sheet.log.push(`table ${table.name} resized`);
        table.bounds = { ...bounds };
        return null;
      },
    };
  }

  override identity(): Record<string, unknown> {
    return { Id: this.table.id };
  }
}
