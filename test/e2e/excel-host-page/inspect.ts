/**
 * What the browser tests read of the simulated host through page.evaluate: `window.excelHost`.
 * Plain data out (sheet names, cells' values or formulas, the selection, a sheet's log), so that a
 * test asserts on the host's workbook, not only on what the pane says it did.
 */
import { parseAddress } from "../../excel-host/address";
import { readFormula, writeValue } from "../../excel-host/cell-values";
import { SimulatedExcel } from "../../excel-host/host";
import { Cell, CellValue } from "../../excel-host/model";
import { Associations } from "./office";

export interface ExcelHostInPage {
  host: SimulatedExcel;
  /** The ids the page's custom functions and commands registered. */
  associations: Associations;
  sheetNames(): string[];
  /** What `range.values` reads ("" for an empty cell; a formula's value is 0: the host does not calculate). */
  values(sheet: string, range: string): CellValue[][];
  /** What `range.formulas` reads: the formula, or the constant. */
  formulas(sheet: string, range: string): CellValue[][];
  selection(): { sheet: string; address: string } | undefined;
  activeSheet(): string | undefined;
  /** What the host recorded without modelling it: charts, conditional formats, freeze panes... */
  log(sheet: string): string[];
  /** Types `text` into `cell` of `sheet` (made if missing), as a user would. */
  type(sheet: string, cell: string, text: string): void;
}

export function inspect(host: SimulatedExcel, associations: Associations): ExcelHostInPage {
  const read = <T>(sheet: string, range: string, of: (cell: Cell | undefined) => T): T[][] => {
    const model = host.sheet(sheet);
    const { top, left, bottom, right } = parseAddress(range).bounds;
    return Array.from({ length: bottom - top + 1 }, (_, r) => Array.from({ length: right - left + 1 }, (__, c) => of(model.cell(top + r, left + c))));
  };
  return {
    host,
    associations,
    sheetNames: () => host.model.sheets.map((sheet) => sheet.name),
    values: (sheet, range) => read(sheet, range, (cell) => cell?.value ?? ""),
    formulas: (sheet, range) => read(sheet, range, readFormula),
    selection: () => {
      const selected = host.model.selection;
      return selected && { sheet: host.model.sheetById(selected.sheetId).name, address: selected.address };
    },
    activeSheet: () => (host.model.activeSheetId ? host.model.sheetById(host.model.activeSheetId).name : undefined),
    log: (sheet) => [...host.sheet(sheet).log],
    type: (sheet, cell, text) => {
      if (!host.model.findSheet(sheet)) host.addSheet(sheet);
      const { top, left } = parseAddress(cell).bounds;
      writeValue(host.sheet(sheet).edit(top, left), text);
    },
  };
}
