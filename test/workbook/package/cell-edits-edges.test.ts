/**
 * editCells (SPEC 10) on the less usual: refusals, rows and cells without r, prefixed and empty
 * worksheets, byte-order marks, edits given in pieces.
 */
import { strFromU8, strToU8, unzipSync, zipSync, Zippable } from "fflate";
import { PmoInputError } from "../../../src/engine/errors";
import { CellWrite } from "../../../src/engine/returns/returns-types";
import { editCells, SheetCellEdits } from "../../../src/workbook/xlsx/package/cell-edits";
import { startTags } from "../../../src/workbook/xlsx/package/xml-scopes";
import { buildRegister } from "./cell-edits-register";
import { loadWithExcelJS } from "./read-back";

const text = (value: string): CellWrite => ({ kind: "text", value });
const number = (value: number): CellWrite => ({ kind: "number", value });
const date = (value: string): CellWrite => ({ kind: "date", value });
const boolean = (value: boolean): CellWrite => ({ kind: "boolean", value });

test("a cell without r gets its r when changed; the cells after it keep their places", async () => {
  const parts = unzipSync(await buildRegister()) as Zippable;
  const sheet2 = strFromU8(parts["xl/worksheets/sheet2.xml"] as Uint8Array);
  // As some writers do: no r on the row nor its cells.
  parts["xl/worksheets/sheet2.xml"] = strToU8(sheet2.replace(/<row r="1"/, "<row").replace(/<c r="[A-C]1"/g, "<c"));
  const output = editCells(zipSync(parts), [{ sheet: "Notes", cells: [{ cell: "A1", value: text("changed") }, { cell: "B3", value: number(7) }] }]);
  // ExcelJS cannot read rows without r at all, so the XML itself is the check.
  const xml = strFromU8(unzipSync(output)["xl/worksheets/sheet2.xml"]);
  expect(xml).toContain(
    '<row spans="1:3" x14ac:dyDescent="0.25"><c r="A1" s="6" t="inlineStr"><is><t xml:space="preserve">changed</t></is></c><c><v>1</v></c><c><f>B1+1</f><v>2</v></c></row><row r="3"><c r="B3"><v>7</v></c></row></sheetData>',
  );
});

describe("what is refused, before anything is returned", () => {
  let input: Uint8Array;
  beforeAll(async () => {
    input = await buildRegister();
  });
  const refused = (edits: SheetCellEdits[], message: RegExp) => {
    expect(() => editCells(input, edits)).toThrow(PmoInputError);
    expect(() => editCells(input, edits)).toThrow(message);
  };

  test("a sheet the register does not have", () => refused([{ sheet: "Risks", cells: [] }], /no worksheet "Risks"/));
  test("a bad cell reference", () => refused([{ sheet: "Projects", cells: [{ cell: "4D", value: number(1) }] }], /sheet "Projects": "4D" is not a cell reference/));
  test("a bad date", () => refused([{ sheet: "Projects", cells: [{ cell: "E4", value: date("31/12/2026") }] }], /sheet "Projects", cell E4: "31\/12\/2026" is not a date/));
  test("a number a cell cannot hold", () => refused([{ sheet: "Projects", cells: [{ cell: "D4", value: number(NaN) }] }], /sheet "Projects", cell D4/));
  test("a bad column of an appended row", () => refused([{ sheet: "Projects", cells: [], appendRows: [{ a1: text("x") }] }], /"a1" is not a column/));
  test("rows under a table's totals row", async () => {
    const withTotals = await buildRegister({ totalsRow: true });
    expect(() => editCells(withTotals, [{ sheet: "Projects", cells: [], appendRows: [{ A: text("P-4") }] }])).toThrow(/totals row/);
  });
  test("the master cell of a shared formula", () => {
    const parts = unzipSync(input) as Zippable;
    const xml = strFromU8(parts["xl/worksheets/sheet1.xml"] as Uint8Array);
    parts["xl/worksheets/sheet1.xml"] = strToU8(xml.replace("<f>D4*2</f>", '<f t="shared" ref="H4:H5" si="0">D4*2</f>').replace("<f>D5*2</f>", '<f t="shared" si="0"/>'));
    const shared = zipSync(parts);
    expect(() => editCells(shared, [{ sheet: "Projects", cells: [{ cell: "H4", value: number(1) }] }])).toThrow(/cell H4 holds the formula other cells share/);
    // A cell that only uses the shared formula can be changed.
    expect(() => editCells(shared, [{ sheet: "Projects", cells: [{ cell: "H5", value: number(1) }] }])).not.toThrow();
  });
  test("a cell of an array formula", () => {
    const parts = unzipSync(input) as Zippable;
    const xml = strFromU8(parts["xl/worksheets/sheet1.xml"] as Uint8Array);
    parts["xl/worksheets/sheet1.xml"] = strToU8(xml.replace("<f>D4*2</f>", '<f t="array" ref="H4:H5">D4:D5*2</f>'));
    expect(() => editCells(zipSync(parts), [{ sheet: "Projects", cells: [{ cell: "H5", value: number(1) }] }])).toThrow(/cell H5 is part of the array formula or data table H4:H5/);
  });
  test("a cell inside merged cells but their first", async () => {
    const workbook = await loadWithExcelJS(input);
    workbook.getWorksheet("Notes")!.mergeCells("A3:B4");
    const merged = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    expect(() => editCells(merged, [{ sheet: "Notes", cells: [{ cell: "B4", value: number(1) }] }])).toThrow(/sheet "Notes", cell B4 is inside the merged cells A3:B4/);
    expect(() => editCells(merged, [{ sheet: "Notes", cells: [{ cell: "A3", value: number(1) }] }])).not.toThrow();
  });
  test("a sheet whose rows are out of order is damaged, and named", async () => {
    const parts = unzipSync(input) as Zippable;
    const xml = strFromU8(parts["xl/worksheets/sheet1.xml"] as Uint8Array);
    parts["xl/worksheets/sheet1.xml"] = strToU8(xml.replace('<row r="5"', '<row r="2"'));
    expect(() => editCells(zipSync(parts), [{ sheet: "Projects", cells: [{ cell: "A1", value: number(1) }] }])).toThrow(/damaged: .*out of order.*part "xl\/worksheets\/sheet1.xml"/);
  });
  test("not a workbook", () => {
    expect(() => editCells(new Uint8Array([1, 2, 3]), [])).toThrow(PmoInputError);
  });
});

test("a prefixed worksheet with no cells yet gets prefixed rows and cells", async () => {
  const parts = unzipSync(await buildRegister()) as Zippable;
  const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  parts["xl/worksheets/sheet2.xml"] = strToU8(`<?xml version="1.0" encoding="UTF-8"?>\n<x:worksheet xmlns:x="${MAIN}"><x:dimension ref="A1"/><x:sheetData/></x:worksheet>`);
  const output = editCells(zipSync(parts), [{ sheet: "Notes", cells: [{ cell: "B2", value: number(-0) }, { cell: "A1", value: text("a < b") }], appendRows: [{ C: boolean(true) }] }]);
  const xml = strFromU8(unzipSync(output)["xl/worksheets/sheet2.xml"]);
  expect(xml).toBe(
    `<?xml version="1.0" encoding="UTF-8"?>\n<x:worksheet xmlns:x="${MAIN}"><x:dimension ref="A1:C3"/><x:sheetData>` +
      `<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t xml:space="preserve">a &lt; b</x:t></x:is></x:c></x:row>` +
      `<x:row r="2"><x:c r="B2"><x:v>0</x:v></x:c></x:row>` +
      `<x:row r="3"><x:c r="C3" t="b"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
  );
  expect(() => startTags(xml)).not.toThrow();
});

describe("odd parts and edits", () => {
  const withNotes = async (sheetXml: (xml: string) => Uint8Array) => {
    const parts = unzipSync(await buildRegister()) as Zippable;
    parts["xl/worksheets/sheet2.xml"] = sheetXml(strFromU8(parts["xl/worksheets/sheet2.xml"] as Uint8Array));
    return zipSync(parts);
  };

  test("a sheet saved with a byte-order mark keeps it", async () => {
    const input = await withNotes((xml) => new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(xml)]));
    const bytes = unzipSync(editCells(input, [{ sheet: "Notes", cells: [{ cell: "B1", value: number(5) }] }]))["xl/worksheets/sheet2.xml"];
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(bytes.subarray(3))).toContain('<c r="B1"><v>5</v></c>');
  });

  test("a sheet saved as UTF-16 is refused, naming the part", async () => {
    const input = await withNotes((xml) => new Uint8Array([0xff, 0xfe, ...Buffer.from(xml, "utf16le")]));
    expect(() => editCells(input, [{ sheet: "Notes", cells: [{ cell: "B1", value: number(5) }] }])).toThrow(/UTF-16.*xl\/worksheets\/sheet2.xml/);
  });

  test("a cell's value metadata and type go with its old value; its other attributes stay", async () => {
    const input = await withNotes((xml) => strToU8(xml.replace(/<c r="B1"([^>]*)>/, '<c r="B1"$1 t="e" vm="1" cm="2" ph="1">')));
    const xml = strFromU8(unzipSync(editCells(input, [{ sheet: "Notes", cells: [{ cell: "b1", value: text("x") }] }]))["xl/worksheets/sheet2.xml"]);
    expect(xml).toMatch(/<c r="B1" ph="1" t="inlineStr"><is><t xml:space="preserve">x<\/t><\/is><\/c>/);
  });

  test("edits of one sheet given in pieces are applied together, the later value of a cell winning", async () => {
    const input = await buildRegister();
    const output = editCells(input, [
      { sheet: "Notes", cells: [{ cell: "B1", value: number(5) }], appendRows: [{ A: text("first") }] },
      { sheet: "NOTES", cells: [{ cell: "B1", value: number(6) }], appendRows: [{ A: text("second") }] },
    ]);
    const notes = (await loadWithExcelJS(output)).getWorksheet("Notes")!;
    expect(notes.getCell("B1").value).toBe(6);
    expect([notes.getCell("A2").value, notes.getCell("A3").value]).toEqual(["first", "second"]);
  });

  test("no edits: every part as it was", async () => {
    const input = await buildRegister();
    const old = unzipSync(input);
    const now = unzipSync(editCells(input, []));
    for (const name of Object.keys(old)) expect(Buffer.compare(Buffer.from(now[name]), Buffer.from(old[name]))).toBe(0);
  });
});

test("a cell made in a formatted row takes the row's style, else its column's", async () => {
  const parts = unzipSync(await buildRegister()) as Zippable;
  const xml = strFromU8(parts["xl/worksheets/sheet2.xml"] as Uint8Array);
  parts["xl/worksheets/sheet2.xml"] = strToU8(
    xml.replace(/<row r="1"/, '<row r="1" s="3" customFormat="1"').replace("<sheetData>", '<cols><col min="5" max="6" width="9" style="4" customWidth="1"/></cols><sheetData>'),
  );
  const output = editCells(zipSync(parts), [{ sheet: "Notes", cells: ["D1", "E2", "G2"].map((cell) => ({ cell, value: number(1) })) }]);
  const edited = strFromU8(unzipSync(output)["xl/worksheets/sheet2.xml"]);
  expect(edited).toContain('<c r="D1" s="3"><v>1</v></c>');
  expect(edited).toContain('<row r="2"><c r="E2" s="4"><v>1</v></c><c r="G2"><v>1</v></c></row>');
});
