/**
 * A workbook port over sheets held as plain values: enough for page tests, with every write and
 * selection recorded so that tests can assert what the pane did.
 */
import { SheetData } from "../../src/engine/sheet";
import { SheetPlan } from "../../src/layout/sheet-plan";
import { SheetCellEdits } from "../../src/engine/returns";
import { FormulaColumns, WorkbookPort } from "../../src/workbook/port";
import { generateSamplePortfolio } from "../../src/sample";

export class FakePort implements WorkbookPort {
  readonly kind = "preview" as const;
  readonly written: SheetPlan[][] = [];
  readonly selections: string[] = [];
  failWrites = false;
  /** When set, writes wait for it: a test can act while a write is under way. */
  writeGate?: Promise<void>;

  constructor(readonly sheets: SheetData[]) {}

  async read(wanted: (name: string) => boolean) {
    return {
      sheetNames: this.sheets.map((sheet) => sheet.name),
      sheets: new Map(this.sheets.filter((sheet) => wanted(sheet.name)).map((sheet) => [sheet.name, sheet])),
      dateSystem: 1900 as const,
    };
  }

  async writeSheets(plans: readonly SheetPlan[]) {
    if (this.writeGate) await this.writeGate;
    if (this.failWrites) throw new Error("The sheet is protected");
    this.written.push([...plans]);
    for (const plan of plans) {
      const rows = plan.rows.map((row) => row.map((cell) => (typeof cell.value === "object" && cell.value !== null ? null : cell.value)));
      const sheet: SheetData = { name: plan.name, rows, firstRow: 1, firstColumn: 1 };
      const index = this.sheets.findIndex((existing) => existing.name === plan.name);
      if (index >= 0) this.sheets[index] = sheet;
      else this.sheets.push(sheet);
    }
  }

  async goToCell(sheet: string, cell: string) {
    this.selections.push(`${sheet}!${cell}`);
  }

  async activateSheet(sheet: string) {
    this.selections.push(sheet);
  }

  readonly formulaColumns: { sheet: string; columns: FormulaColumns }[] = [];

  readonly cellEdits: { edits: SheetCellEdits[]; plans: SheetPlan[] }[] = [];

  async writeCellEdits(edits: readonly SheetCellEdits[], plans: readonly SheetPlan[]) {
    if (this.failWrites) throw new Error("The sheet is protected");
    this.cellEdits.push({ edits: [...edits], plans: [...plans] });
  }

  async writeFormulaColumns(sheet: string, columns: FormulaColumns) {
    this.formulaColumns.push({ sheet, columns });
  }
}

/** The sample portfolio (with its planted findings) as sheets. */
export function samplePort(projects = 30, month = "2026-11"): FakePort {
  const sample = generateSamplePortfolio({ projects, seed: 3, month });
  return new FakePort(
    [sample.projects, sample.risks, sample.milestones, sample.financials!].map((table) => ({ name: table.sheet, rows: [table.headers, ...table.rows], firstRow: 1, firstColumn: 1 })),
  );
}
