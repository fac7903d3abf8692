/**
 * The streaming worksheet reader's bounds: text over Excel's cell limit is cut with a note; a
 * value or a tag past ScanLimits throws SheetLimitError while it streams in (before it is held);
 * a part cut short throws SheetDamagedError wherever the cut falls; and styled empty rows and
 * blank cells, gigabytes of them in real workbooks, leave nothing behind.
 */
import { SheetContext } from "../../../src/workbook/xlsx/package/sheet-scanner";
import { createSheetScanner } from "../../../src/workbook/xlsx/package/sheet-stream";
import { MAX_CELL_TEXT, MAX_ELEMENT_TEXT, MAX_TAG_LENGTH, SheetDamagedError, SheetLimitError } from "../../../src/workbook/xlsx/package/scan-limits";
import { encoder, slicesOf, streamSheet } from "./stream-helpers";

const context: SheetContext = { sharedStrings: [], dateStyles: [], dateSystem: 1900 };
const OPEN = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const CLOSE = "</sheetData></worksheet>";
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** Pushes `repeat` copies of `piece` (then `close`), counting characters, until done or it throws. */
function pushRepeated(name: string, open: string, piece: string, repeat: number, close: string): { error: unknown; pushed: number } {
  const scanner = createSheetScanner(name, context);
  const chunk = encoder.encode(piece);
  let pushed = 0;
  try {
    scanner.push(encoder.encode(open));
    for (let i = 0; i < repeat; i++, pushed += piece.length) scanner.push(chunk);
    scanner.push(encoder.encode(close));
    scanner.finish();
    return { error: undefined, pushed };
  } catch (error) {
    return { error, pushed };
  }
}

describe("Excel's 32,767 characters a cell", () => {
  it("cuts a 40,000-character text to 32,767 and notes the cell, in any slices", () => {
    const long = "ab".repeat(20000);
    const xml = `${OPEN}<row r="2"><c r="A2"><v>1</v></c>${inline("B2", long)}<c r="C2" t="str"><f>B2</f><v>${long}</v></c></row>${CLOSE}`;
    for (const size of [1000, 4096, Infinity]) {
      const scanner = createSheetScanner("Projects", context);
      for (const piece of slicesOf(encoder.encode(xml), size)) scanner.push(piece);
      expect(scanner.finish().rows).toEqual([[], [1, long.slice(0, MAX_CELL_TEXT), long.slice(0, MAX_CELL_TEXT)]]);
      expect(scanner.notes()).toEqual([
        { cell: "B2", message: `The text of cell B2 on sheet "Projects" is longer than Excel's 32,767 characters; it was cut to that length` },
        { cell: "C2", message: `The text of cell C2 on sheet "Projects" is longer than Excel's 32,767 characters; it was cut to that length` },
      ]);
    }
  });

  it("keeps a text of exactly 32,767 characters, and never cuts a character in two", () => {
    const exact = "x".repeat(MAX_CELL_TEXT);
    const pair = `${"y".repeat(MAX_CELL_TEXT - 1)}😀z`;
    const scanner = createSheetScanner("S", context);
    scanner.push(encoder.encode(`${OPEN}<row r="1">${inline("A1", exact)}${inline("B1", pair)}</row>${CLOSE}`));
    expect(scanner.finish().rows).toEqual([[exact, "y".repeat(MAX_CELL_TEXT - 1)]]);
    expect(scanner.notes().map((note) => note.cell)).toEqual(["B1"]);
  });

  it("counts the text as decoded: 32,767 entities are 32,767 characters", () => {
    const rows = streamSheet([encoder.encode(`${OPEN}<row r="1">${inline("A1", "&amp;".repeat(MAX_CELL_TEXT))}</row>${CLOSE}`)], context).rows;
    expect(rows).toEqual([["&".repeat(MAX_CELL_TEXT)]]);
  });
});

describe("values and tags past the limits", () => {
  it("throws SheetLimitError for a value of over 1 Mi characters, before holding much more", () => {
    const { error, pushed } = pushRepeated("Projects", `${OPEN}<row r="3"><c r="D3" t="inlineStr"><is><t>`, "a".repeat(65536), 100, `</t></is></c></row>${CLOSE}`);
    expect(error).toBeInstanceOf(SheetLimitError);
    expect((error as SheetLimitError).message).toBe(
      'The sheet "Projects" holds a value of over 1,048,576 characters of XML text in cell D3; Excel writes nothing that large, so the sheet is damaged or was not made by a spreadsheet program',
    );
    expect((error as SheetLimitError).sheet).toBe("Projects");
    expect((error as SheetLimitError).cell).toBe("D3");
    expect(pushed).toBeLessThanOrEqual(MAX_ELEMENT_TEXT);
  });

  it("once it has thrown, throws the same error again rather than read on", () => {
    const scanner = createSheetScanner("S", context, { maxTagLength: 100 });
    let first: unknown;
    try {
      scanner.push(encoder.encode(`${OPEN}<row r="1" ${"a".repeat(200)}/>`));
    } catch (error) {
      first = error;
    }
    expect(first).toBeInstanceOf(SheetLimitError);
    expect(() => scanner.push(encoder.encode(CLOSE))).toThrow(first as Error);
    expect(() => scanner.finish()).toThrow(first as Error);
  });

  it("throws for the rich runs of one string that are too long together", () => {
    const run = `<r><t>${"b".repeat(60000)}</t></r>`;
    const { error } = pushRepeated("S", `${OPEN}<row r="1"><c r="A1" t="inlineStr"><is>`, run, 20, `</is></c></row>${CLOSE}`);
    expect(error).toBeInstanceOf(SheetLimitError);
  });

  it("throws SheetLimitError for a tag over 1 Mi characters, in slices or whole", () => {
    const { error, pushed } = pushRepeated("Risks", `${OPEN}<row r="5"><c r="A5"><v>1</v></c><c r="B5" `, 'x="1" '.repeat(10000), 30, "/></row>" + CLOSE);
    expect(error).toBeInstanceOf(SheetLimitError);
    expect((error as Error).message).toBe(
      'The sheet "Risks" holds an XML tag over 1,048,576 characters long after cell A5; Excel writes nothing that large, so the sheet is damaged or was not made by a spreadsheet program',
    );
    expect(pushed).toBeLessThanOrEqual(MAX_TAG_LENGTH);
    const whole = encoder.encode(`${OPEN}<row r="1" ${'x="1" '.repeat(200)}/>${CLOSE}`);
    expect(() => streamSheet([whole], context, { maxTagLength: 1000 })).toThrow(SheetLimitError);
    expect(() => streamSheet(slicesOf(whole, 10), context, { maxTagLength: 1000 })).toThrow(/XML tag over 1,000 characters long;/);
  });

  it("reads a formula, a comment or a CDATA section it does not keep however long, without a limit", () => {
    const long = "1+".repeat(300000);
    const xml = `${OPEN}<row r="1"><c r="A1"><f>${long}1</f><v>2</v></c><!-- ${long} --><c r="B1"><f><![CDATA[${long}]]></f></c></row>${CLOSE}`;
    expect(streamSheet(slicesOf(encoder.encode(xml), 4096), context).rows).toEqual([[2]]);
  });
});

describe("a part cut short", () => {
  const xml = `${OPEN}<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="inlineStr"><is><t>é<![CDATA[<x>]]></t></is></c><!-- c --></row><row r="2"><c r="A2"><f>1</f></c></row>${CLOSE}`;
  const bytes = encoder.encode(xml);
  const end = encoder.encode(xml.slice(0, xml.indexOf(CLOSE) + "</sheetData>".length)).length;

  it("throws SheetDamagedError wherever the cut falls before </sheetData> ends, in any slices", () => {
    for (let cut = 0; cut < bytes.length; cut++) {
      for (const size of [3, Infinity]) {
        const read = () => streamSheet(slicesOf(bytes.subarray(0, cut), size), context, undefined, "Projects");
        if (cut < end) expect(read).toThrow(SheetDamagedError);
        else expect(read().rows).toEqual([[1, "é<x>"]]);
      }
    }
  });

  it("says which sheet, and which cell when the cut is inside one", () => {
    const inCell = xml.indexOf("<![CDATA[") + 3;
    expect(() => streamSheet([bytes.subarray(0, inCell)], context, undefined, "Projects")).toThrow(
      'The sheet "Projects" is damaged (it ends inside cell B1), so it cannot be read whole; open the workbook in Excel and save it again',
    );
    expect(() => streamSheet([encoder.encode(`${OPEN}<row r="1"><c r="A1"><v>1</v></c></row>`)], context, undefined, "Risks")).toThrow(
      'The sheet "Risks" is damaged (it ends before the end of its rows), so it cannot be read whole; open the workbook in Excel and save it again',
    );
    expect(() => streamSheet([encoder.encode('<worksheet><sheetViews><sheetView workbookViewId="0"/>')], context)).toThrow(/it ends before the end of the worksheet/);
    expect(() => streamSheet([encoder.encode("")], context)).toThrow(SheetDamagedError);
  });

  it("throws SheetDamagedError for a cell that holds a row or another cell", () => {
    expect(() => streamSheet([encoder.encode(`${OPEN}<row r="1"><c r="A1"><v>1</v><c r="B1"/></c></row>${CLOSE}`)], context)).toThrow(/its cell A1 has no end/);
    expect(() => streamSheet([encoder.encode(`${OPEN}<row r="1"><c r="A1"><v>1</v></row><row r="2"/>${CLOSE}`)], context)).toThrow(SheetDamagedError);
  });
});

describe("styled empty rows and blank cells", () => {
  it("2 million styled empty rows and 1 million styled blank cells after 3 rows leave 3 rows", () => {
    const scanner = createSheetScanner("Projects", context);
    scanner.push(encoder.encode(`${OPEN}<row r="1">${inline("A1", "Name")}</row><row r="2">${inline("A2", "One")}</row><row r="3">${inline("A3", "Two")}<c r="B3"><v>3</v></c></row>`));
    const ROWS_PER_CHUNK = 10_000;
    for (let first = 4; first < 4 + 2_000_000; first += ROWS_PER_CHUNK) {
      let chunk = "";
      for (let r = first; r < first + ROWS_PER_CHUNK; r++) chunk += `<row r="${r}" s="1" customFormat="1"/>`;
      scanner.push(encoder.encode(chunk));
    }
    for (let first = 2_000_004; first < 2_000_004 + 100_000; first += ROWS_PER_CHUNK / 10) {
      let chunk = "";
      for (let r = first; r < first + ROWS_PER_CHUNK / 10; r++) {
        chunk += `<row r="${r % 1_000_000}" spans="1:10">`;
        for (let c = 0; c < 10; c++) chunk += `<c r="${String.fromCharCode(65 + c)}${r % 1_000_000}" s="3"/>`;
        chunk += "</row>";
      }
      scanner.push(encoder.encode(chunk));
    }
    scanner.push(encoder.encode(CLOSE));
    const rows = scanner.finish().rows;
    expect(rows).toHaveLength(3);
    expect(rows).toEqual([["Name"], ["One"], ["Two", 3]]);
  });
});
