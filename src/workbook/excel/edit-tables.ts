/**
 * The Excel tables under rows a collection appends (SPEC 10): a table whose range reaches the
 * sheet's last row holding a value is grown to hold the new rows, as the package writer grows its
 * table parts (table-refs.ts). Table.resize needs ExcelApi 1.13, above the add-in's minimum
 * (manifest.xml), so a host without it is told so before anything is written.
 */
import { PmoInputError } from "../../engine/errors";
import { addressBounds, rangeAddress } from "./address";

export interface TableGrowth {
  table: Excel.Table;
  /** Its range before, to go back to after a failure, and after. */
  from: string;
  to: string;
}

export interface SheetTables {
  sheet: string;
  tables: Excel.TableCollection;
  ranges: Excel.Range[];
}

/** After the tables' items are loaded: queues the read of each one's range. */
export function queueTableRanges(sheet: string, tables: Excel.TableCollection): SheetTables {
  return { sheet, tables, ranges: tables.items.map((table) => table.getRange().load("address")) };
}

/** The tables to grow for rows appended from `lastDataRow + 1` to `lastRow`; refuses a totals row in the way. */
export function tableGrowths({ sheet, tables, ranges }: SheetTables, lastDataRow: number, lastRow: number): TableGrowth[] {
  const growths: TableGrowth[] = [];
  tables.items.forEach((table, i) => {
    const range = addressBounds(ranges[i].address);
    // A table ending above the data, starting below it, or already reaching below the new rows needs nothing.
    if (range.bottom < lastDataRow || range.top > lastDataRow || range.bottom >= lastRow) return;
    if (table.showTotals) {
      throw new PmoInputError(`The register's sheet "${sheet}" has a table (${table.name}) with a totals row under its data; the returns' new rows cannot go above it: turn the totals row off (Table Design) and collect again. Nothing was written.`);
    }
    growths.push({ table, from: rangeAddress(range.top, range.left, range.bottom, range.right), to: rangeAddress(range.top, range.left, lastRow, range.right) });
  });
  return growths;
}

/** Refuses, before anything is written, growing a table on a host without Table.resize. */
export function refuseWithoutResize(growths: readonly TableGrowth[]): void {
  if (growths.length === 0 || Office.context.requirements.isSetSupported("ExcelApi", "1.13")) return;
  throw new PmoInputError(`The new rows belong in the table ${growths[0].table.name}, and this version of Excel cannot grow a table from an add-in (Table.resize needs ExcelApi 1.13): update Excel, or make the table end above its last row and collect again. Nothing was written.`);
}
