/**
 * @jest-environment jsdom
 */
/**
 * The Office adapter's writeCellEdits (SPEC 10) on the simulated host, through the real Office.js
 * client: only the changed cells and the appended rows written, values only, text as text, dates
 * as serials, tables grown under appended rows; refused before anything is written when a sheet is
 * missing; everything put back when a request fails; the syncs and request sizes of a large edit.
 */
import { SheetCellEdits } from "../../src/engine/returns/register-edits";
import { createExcelPort } from "../../src/workbook/excel";
import { MAX_SYNC_BYTES } from "../../src/workbook/excel/limits";
import { PAYLOAD_LIMIT_BYTES, SyncRecord } from "./executor";
import { HostOptions, SimulatedExcel } from "./host";
import { SheetModel } from "./model";
import { newContentPlan } from "./plans";

let host: SimulatedExcel;
afterEach(() => host.uninstall());

const cellsOf = (sheet: SheetModel) => new Map([...sheet.cells].map(([key, cell]) => [key, JSON.stringify(cell)]));
/** The cells as Excel shows them: a number format of General is the one a cell has when none was set, and a cell with nothing is no cell. */
function shownCells(sheet: SheetModel): [number, string][] {
  return [...sheet.cells].flatMap(([key, cell]) => {
    const { numberFormat, ...rest } = cell;
    const shown = numberFormat === undefined || numberFormat === "General" ? rest : cell;
    return Object.keys(shown).length === 0 ? [] : [[key, JSON.stringify(shown)] as [number, string]];
  });
}
/** The host keys a cell by row * 16,384 + column, both zero-based. */
const at = (row: number, column: number) => (row - 1) * 16_384 + (column - 1);

/** A register: Projects A1:H4 with a formula in H, dated D cells; Risks with a table A1:C3. */
function register(options: HostOptions = {}): { projects: SheetModel; risks: SheetModel } {
  host = new SimulatedExcel(options).install();
  const projects = host.addSheet("Projects", [
    ["Id", "Name", "Status", "Due", "Budget", "Notes", "Last updated", "Double"],
    ["P1", "Apollo", "Green", 46_000, 100, "ok", "", "=E2*2"],
    ["P2", "Borealis", "Green", 46_100, 200, "", "", "=E3*2"],
    ["P3", "Cygnus", "Red", 46_200, 300, "", "", "=E4*2"],
  ]);
  for (let row = 1; row < 4; row++) projects.edit(row, 3).numberFormat = "dd/mm/yyyy";
  const risks = host.addSheet("Risks", [
    ["Risk", "Project", "Score"],
    ["R1", "P1", 6],
    ["R2", "P2", 9],
  ]);
  host.addTable("Risks", "RiskTable", "A1:C3");
  return { projects, risks };
}

const EDITS: SheetCellEdits[] = [
  {
    sheet: "projects", // matched as Excel matches names
    cells: [
      { cell: "C3", value: { kind: "text", value: "Amber" } },
      { cell: "F2", value: { kind: "text", value: '=HYPERLINK("http://evil.example","x")', formulaLike: true } },
      { cell: "D3", value: { kind: "date", value: "2026-12-31" } },
      { cell: "G2", value: { kind: "date", value: "2026-11-30" } },
      { cell: "E4", value: { kind: "number", value: 1500 } },
    ],
  },
  { sheet: "Risks", cells: [], appendRows: [{ A: { kind: "text", value: "R3" }, B: { kind: "text", value: "P3" }, C: { kind: "number", value: 4 } }] },
];

// Serials in the 1900 system: 2024-01-01 is 45,292; 2025-01-01 is 45,292 + 366 = 45,658;
// 2026-01-01 is 45,658 + 365 = 46,023; 2026-12-31 is 46,023 + 364 = 46,387; 2026-11-30 is 31 days before it.
const DEC_31 = 46_387;
const NOV_30 = 46_356;

describe("writeCellEdits on the simulated host", () => {
  it("writes only the changed cells, keeping every other cell and the formulas", async () => {
    const { projects, risks } = register();
    const before = cellsOf(projects);
    const risksBefore = cellsOf(risks);
    await createExcelPort().writeCellEdits(EDITS, []);

    const after = cellsOf(projects);
    const changed = [at(3, 3), at(2, 6), at(3, 4), at(2, 7), at(4, 5)];
    for (const [key, cell] of before) if (!changed.includes(key)) expect([key, after.get(key)]).toEqual([key, cell]);
    expect([...after.keys()].filter((key) => !before.has(key))).toEqual([at(2, 7)].filter((key) => !before.has(key)));
    expect(projects.cell(1, 7)).toEqual({ value: 0, formula: "=E2*2" });
    // Plain text keeps the cell's own format (General): only text Excel would turn into something else is made "@".
    expect(projects.cell(2, 2)).toEqual({ value: "Amber" });
    expect(projects.cell(3, 4)).toEqual({ value: 1500 });
    // Risks: rows 1-3 as they were, one row under them.
    for (const [key, cell] of risksBefore) expect(cellsOf(risks).get(key)).toBe(cell);
    expect(risks.usedBounds(true)).toEqual({ top: 0, left: 0, bottom: 3, right: 2 });
  });

  it("keeps formula-like text as text", async () => {
    const { projects } = register();
    await createExcelPort().writeCellEdits(EDITS, []);
    expect(projects.cell(1, 5)).toEqual({ value: '=HYPERLINK("http://evil.example","x")', numberFormat: "@" });
  });

  it("writes dates as serials: a General cell gets a date format, a dated cell keeps its own", async () => {
    const { projects } = register();
    await createExcelPort().writeCellEdits(EDITS, []);
    expect(projects.cell(1, 6)).toEqual({ value: NOV_30, numberFormat: "yyyy-mm-dd" });
    expect(projects.cell(2, 3)).toEqual({ value: DEC_31, numberFormat: "dd/mm/yyyy" });
  });

  it("writes a date of the 1904 system as its serial", async () => {
    const { projects } = register({ date1904: true });
    await createExcelPort().writeCellEdits(EDITS, []);
    expect(projects.cell(2, 3)?.value).toBe(DEC_31 - 1_462);
  });

  it("appends rows under the last row and grows the table that ends there", async () => {
    const { risks } = register();
    await createExcelPort().writeCellEdits(EDITS, []);
    expect([risks.cell(3, 0), risks.cell(3, 1), risks.cell(3, 2)]).toEqual([
      { value: "R3" },
      { value: "P3" },
      { value: 4 },
    ]);
    expect(risks.tables[0].bounds).toEqual({ top: 0, left: 0, bottom: 3, right: 2 });
  });

  it("gives a new row's unformatted cell the format of the cell above, but not of a table's header", async () => {
    const { risks } = register();
    risks.edit(2, 2).numberFormat = "0.0";
    await createExcelPort().writeCellEdits(EDITS, []);
    expect(risks.cell(3, 2)).toEqual({ value: 4, numberFormat: "0.0" });

    host.uninstall();
    host = new SimulatedExcel().install();
    const empty = host.addSheet("Risks", [["Risk", "Project", "Score"]]);
    empty.edit(0, 2).numberFormat = "0.0";
    host.addTable("Risks", "RiskTable", "A1:C1");
    await createExcelPort().writeCellEdits([EDITS[1]], []);
    expect(empty.cell(1, 2)).toEqual({ value: 4 });
    expect(empty.tables[0].bounds).toEqual({ top: 0, left: 0, bottom: 1, right: 2 });
  });

  it("appends under a row the edit itself writes, and leaves a table above the data alone", async () => {
    host = new SimulatedExcel().install();
    const sheet = host.addSheet("Milestones", [["Id", "Due"], ["M1", 1]]);
    host.addTable("Milestones", "Old", "A1:B2");
    await createExcelPort().writeCellEdits([{ sheet: "Milestones", cells: [{ cell: "A4", value: { kind: "text", value: "M4" } }], appendRows: [{ B: { kind: "number", value: 7 } }] }], []);
    expect(sheet.cell(3, 0)?.value).toBe("M4");
    expect(sheet.cell(4, 1)?.value).toBe(7);
    expect(sheet.tables[0].bounds).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
  });

  it("refuses a missing sheet, naming it, with nothing written", async () => {
    const { projects, risks } = register();
    const before = [cellsOf(projects), cellsOf(risks)];
    const edits: SheetCellEdits[] = [EDITS[0], { sheet: "Financials", cells: [{ cell: "B2", value: { kind: "number", value: 1 } }] }];
    await expect(createExcelPort().writeCellEdits(edits, [newContentPlan("PMO Returns")])).rejects.toThrow(/no sheet "Financials".*Nothing was written/);
    expect([cellsOf(projects), cellsOf(risks)]).toEqual(before);
    expect(host.model.sheets.map((sheet) => sheet.name)).toEqual(["Projects", "Risks"]);
    expect(host.syncs.flatMap((sync) => sync.actions).filter((action) => action.startsWith("set ") || action.startsWith("call Table"))).toEqual([]);
  });

  it("refuses a protected sheet before writing anything", async () => {
    const { projects, risks } = register();
    risks.protected = true;
    const before = cellsOf(projects);
    await expect(createExcelPort().writeCellEdits(EDITS, [])).rejects.toThrow(/Sheet "Risks" is protected/);
    expect(cellsOf(projects)).toEqual(before);
  });

  it("refuses, before writing anything, to grow a table on a host without Table.resize (ExcelApi 1.13)", async () => {
    const { projects, risks } = register({ apiVersion: "1.12" });
    const before = [cellsOf(projects), cellsOf(risks)];
    await expect(createExcelPort().writeCellEdits(EDITS, [])).rejects.toThrow(/RiskTable.*ExcelApi 1\.13.*Nothing was written/);
    expect([cellsOf(projects), cellsOf(risks)]).toEqual(before);
  });

  it("refuses a table with a totals row under the data before writing anything", async () => {
    const { projects } = register();
    host.sheet("Risks").tables[0].showTotals = true;
    const before = cellsOf(projects);
    await expect(createExcelPort().writeCellEdits(EDITS, [])).rejects.toThrow(/RiskTable.*totals row/);
    expect(cellsOf(projects)).toEqual(before);
  });

  describe.each<[string, HostOptions]>([
    ["the table cannot be grown (the last request of cells fails half-way)", { failOn: (member) => member === "Table.Resize" }],
    ["the plans cannot be written", { failOn: (member) => member === "WorksheetCollection.Add" }],
  ])("when %s", (_case, options) => {
    it("puts every cell back as it was and rethrows", async () => {
      const { projects, risks } = register(options);
      const before = [shownCells(projects), shownCells(risks)];
      await expect(createExcelPort().writeCellEdits(EDITS, [newContentPlan("PMO Returns")])).rejects.toThrow(/failed/);
      expect([shownCells(projects), shownCells(risks)]).toEqual(before);
      expect(before[0]).toContainEqual([at(2, 8), JSON.stringify({ formula: "=E2*2", value: 0 })]);
      expect(risks.tables[0].bounds).toEqual({ top: 0, left: 0, bottom: 2, right: 2 });
      expect(host.model.sheets.map((sheet) => sheet.name)).toEqual(["Projects", "Risks"]);
    });
  });

  it("then writes the plans as whole sheets", async () => {
    register();
    await createExcelPort().writeCellEdits(EDITS, [newContentPlan("PMO Returns"), newContentPlan("PMO Changes")]);
    expect(host.model.sheets.map((sheet) => sheet.name)).toEqual(["Projects", "Risks", "PMO Returns", "PMO Changes"]);
    expect(host.sheet("PMO Changes").cell(0, 0)?.value).toBe("new");
  });
});

/** 60,000 projects each changing status, notes and date, and 5,000 new rows: more than one request of writes. */
function largeCollection(options: HostOptions = {}): { sheet: SheetModel; edits: SheetCellEdits[] } {
  host = new SimulatedExcel(options).install();
  const rows = Array.from({ length: 60_000 }, (_, i) => [`P${i}`, `Project ${i}`, "Green", 100, "", ""]);
  const sheet = host.addSheet("Projects", [["Id", "Name", "Status", "Budget", "Notes", "Updated"], ...rows]);
  const cells = rows.flatMap((_, i) => [
    { cell: `C${i + 2}`, value: { kind: "text" as const, value: "Amber" } },
    { cell: `E${i + 2}`, value: { kind: "text" as const, value: `A longer note for project ${i}, as managers write them` } },
    { cell: `F${i + 2}`, value: { kind: "date" as const, value: "2026-11-30" } },
  ]);
  const appendRows = Array.from({ length: 5_000 }, (_, i) => ({ A: { kind: "text" as const, value: `N${i}` }, D: { kind: "number" as const, value: i } }));
  return { sheet, edits: [{ sheet: "Projects", cells, appendRows }] };
}

const writesValues = (sync: SyncRecord) => sync.actions.includes("set Range.Values");

describe("a large collection on the simulated host", () => {
  it("goes in a few requests, each under the limit, every cell written", async () => {
    const { sheet, edits } = largeCollection();
    await createExcelPort().writeCellEdits(edits, []);

    const syncs = host.contextSyncs;
    expect(syncs.every((sync) => sync.error === undefined)).toBe(true);
    expect(Math.max(...syncs.map((sync) => Math.max(sync.requestBytes, sync.responseBytes)))).toBeLessThanOrEqual(MAX_SYNC_BYTES);
    expect(Math.max(...syncs.map((sync) => sync.requestBytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    // The writes fill ~4 MB requests; the reads before them: the sheets, the cells to change (the
    // first request ~1 MB at a guess, then full ones, and what is left) and the rows under them.
    const writes = syncs.filter(writesValues);
    const written = writes.reduce((sum, sync) => sum + sync.requestBytes, 0);
    const read = syncs.filter((sync) => !writesValues(sync)).reduce((sum, sync) => sum + sync.responseBytes, 0);
    expect(written).toBeGreaterThan(MAX_SYNC_BYTES);
    expect(writes.length).toBe(Math.ceil(written / MAX_SYNC_BYTES));
    expect(syncs.length - writes.length).toBeLessThanOrEqual(1 + 1 + Math.ceil(read / MAX_SYNC_BYTES) + 1 + 1);
    expect(sheet.cell(60_000, 2)).toEqual({ value: "Amber" });
    expect(sheet.cell(60_000, 5)).toEqual({ value: NOV_30, numberFormat: "yyyy-mm-dd" });
    expect(sheet.cell(60_000, 1)).toEqual({ value: "Project 59999" });
    expect(sheet.cell(65_000, 0)).toEqual({ value: "N4999" });
    expect(sheet.cell(65_000, 3)).toEqual({ value: 4_999 });
    expect(sheet.usedBounds(true)).toEqual({ top: 0, left: 0, bottom: 65_000, right: 5 });
  }, 120_000);

  it("puts back the cells of the requests already sent when a later one is lost", async () => {
    // Where the last write goes, from a run that succeeds; then the same write with that request lost.
    await createExcelPort().writeCellEdits(largeCollection().edits, []);
    const lastWrite = host.syncs.filter(writesValues).pop()!.index;
    host.uninstall();

    const { sheet, edits } = largeCollection({ failAtSync: lastWrite });
    const before = shownCells(sheet);
    await expect(createExcelPort().writeCellEdits(edits, [])).rejects.toThrow();
    // A request of writes went through before the lost one; the restore put its cells back.
    expect(host.syncs.filter((sync) => writesValues(sync) && sync.error === undefined && sync.index < lastWrite).length).toBeGreaterThanOrEqual(1);
    expect(host.syncs.some((sync) => sync.index > lastWrite && sync.actions.includes("set Range.Formulas"))).toBe(true);
    expect(shownCells(sheet)).toEqual(before);
  }, 120_000);
});
