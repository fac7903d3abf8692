/** Collected returns' cell edits as the rectangles the Office adapter writes (cell-edit-blocks.ts). */
import { CellWrite } from "../../../src/engine/returns/returns-types";
import { appendedRows, cellsByRow, editsBySheet, needsTextFormat, restoreArrays, rowBlocks, writeArrays } from "../../../src/workbook/excel/cell-edit-blocks";

const text = (value: string): CellWrite => ({ kind: "text", value });
const num = (value: number): CellWrite => ({ kind: "number", value });

describe("the rectangles of a collection's cells", () => {
  it("joins consecutive rows over the columns they change, and starts again after a gap", () => {
    const blocks = rowBlocks(cellsByRow([
      { cell: "C2", value: text("a") },
      { cell: "E3", value: num(1) },
      { cell: "$B$3", value: text("b") },
      { cell: "D6", value: text("c") },
    ]));
    expect(blocks.map(({ top, left, bottom, right }) => [top, left, bottom, right])).toEqual([
      [2, 2, 3, 5], // B2:E3
      [6, 4, 6, 4], // D6
    ]);
    // Row 2 changes C only; row 3 B and E: the rest of the rectangle is left alone (undefined).
    expect(blocks[0].writes).toEqual([
      [undefined, text("a"), undefined, undefined],
      [text("b"), undefined, undefined, num(1)],
    ]);
  });

  it("keeps a rectangle to 5,000 cells", () => {
    // 1,000 rows of A..F (6 cells each): 833 rows make 4,998 cells, the 834th would pass 5,000.
    const cells = Array.from({ length: 1_000 }, (_, i) => [{ cell: `A${i + 1}`, value: num(i) }, { cell: `F${i + 1}`, value: num(i) }]).flat();
    expect(rowBlocks(cellsByRow(cells)).map((block) => [block.top, block.bottom])).toEqual([[1, 833], [834, 1_000]]);
  });

  it("puts appended rows from the first row under the data, by column letter", () => {
    const rows = appendedRows([{ A: text("R10"), C: num(4) }, { B: text("P2") }], 8);
    expect([...rows.entries()].map(([row, columns]) => [row, [...columns.entries()]])).toEqual([
      [8, [[1, text("R10")], [3, num(4)]]],
      [9, [[2, text("P2")]]],
    ]);
  });

  it("merges the pieces of one sheet, named as Excel matches names", () => {
    expect(editsBySheet([
      { sheet: "Projects", cells: [{ cell: "A1", value: num(1) }] },
      { sheet: "Risks", cells: [] },
      { sheet: "PROJECTS", cells: [], appendRows: [{ A: num(2) }] },
    ])).toEqual([{ sheet: "Projects", cells: [{ cell: "A1", value: num(1) }], appendRows: [{ A: num(2) }] }]);
  });
});

describe("what goes into each cell", () => {
  const block = rowBlocks(cellsByRow([
    { cell: "A1", value: { kind: "text", value: "=1+1", formulaLike: true } },
    { cell: "B1", value: { kind: "date", value: "2026-11-30" } },
    { cell: "C1", value: { kind: "date", value: "2026-11-30" } },
    { cell: "D1", value: num(5) },
    { cell: "E1", value: num(6) },
    { cell: "F1", value: { kind: "boolean", value: true } },
  ]))[0];

  it("text as Text; a date as its serial, with a date format only where the cell shows none; a number out of a Text cell", () => {
    // 2026-11-30 is 46,356 in the 1900 system (2026-01-01 is 46,023; 333 days later) and 44,894 in the 1904 one (1,462 fewer).
    expect(writeArrays(block, [["General", "General", "d mmm yy", "@", "0%", "General"]], 1900)).toEqual({
      values: [["=1+1", 46_356, 46_356, 5, 6, true]],
      formats: [["@", "yyyy-mm-dd", null, "General", null, null]],
    });
    expect(writeArrays(block, [["General", "General", "General", "General", "General", "General"]], 1904).values[0][1]).toBe(44_894);
  });

  it("gives a new row's unformatted cell the format above it", () => {
    const above = (column: number) => ["@", "dd/mm/yyyy", "0%", "0.0", "General", "@"][column - 1];
    expect(writeArrays(block, [["General", "General", "General", "0", "General", "General"]], 1900, above).formats).toEqual([["@", "dd/mm/yyyy", "yyyy-mm-dd", null, null, "General"]]);
  });

  it("restores only the cells it wrote, formulas included", () => {
    const sparse = rowBlocks(cellsByRow([{ cell: "A1", value: num(1) }, { cell: "C1", value: num(2) }]))[0];
    expect(restoreArrays(sparse, [["=SUM(X1:X9)", "keep", ""]], [["0.00", "@", "General"]])).toEqual({ formulas: [["=SUM(X1:X9)", null, ""]], formats: [["0.00", null, "General"]] });
  });

  it("makes a cell Text only for text Excel would not keep as typed", () => {
    for (const text of ["=1+1", "+44 20 7946 0000", "-3", "@cmd", "#N/A", "007", "1/2", "12:30", "45%", "£1,000", "(100)", "TRUE", "false", "Mar 2026", "March-2026", "sep. 9"]) {
      expect([text, needsTextFormat(text)]).toEqual([text, true]);
    }
    for (const text of ["Amber", "Closed", "Key supplier enters administration", "May", "R3", "Project 5", "PRJ-001", "Truer words"]) {
      expect([text, needsTextFormat(text)]).toEqual([text, false]);
    }
  });
});
