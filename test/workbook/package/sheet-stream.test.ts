/**
 * The streaming worksheet reader (sheet-stream.ts): the same values as scanSheetData on every
 * fixture sheet in slices of every size, and the cases scanSheetData got wrong or slow, by hand.
 */
import { strFromU8 } from "fflate";
import { scanSheetData, SheetContext } from "../../../src/workbook/xlsx/package/sheet-scanner";
import { createSheetScanner } from "../../../src/workbook/xlsx/package/sheet-stream";
import { encoder, FIXTURES, fixtureParts, slicesOf, streamSheet, withoutTrailingEmptyRows } from "./stream-helpers";

const SIZES = [1, 7, 64, 4096, Infinity];
const context: SheetContext = { sharedStrings: ["zero", "one"], dateStyles: [false, true], dateSystem: 1900 };
const sheet = (sheetData: string, prefix = "") =>
  `<?xml version="1.0" encoding="UTF-8"?><${prefix}worksheet xmlns${prefix ? `:${prefix.slice(0, -1)}` : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<${prefix}sheetData>${sheetData}</${prefix}sheetData></${prefix}worksheet>`;
/** The rows of `xml`, the same in every slice size (checked), as read in one push. */
const rowsOf = (xml: string, ctx = context) => {
  const bytes = encoder.encode(xml);
  const results = SIZES.map((size) => streamSheet(slicesOf(bytes, size), ctx).rows);
  for (const rows of results) expect(rows).toEqual(results[results.length - 1]);
  return results[results.length - 1];
};

describe.each(FIXTURES)("%s", (name) => {
  const parts = fixtureParts(name);
  it.each(SIZES)("reads every sheet as scanSheetData does, in slices of %s bytes", (size) => {
    expect(parts.sheets.length).toBeGreaterThan(0);
    for (const part of parts.sheets) {
      const expected = withoutTrailingEmptyRows(scanSheetData(strFromU8(part.bytes), "Sheet", parts.context));
      expect(streamSheet(slicesOf(part.bytes, size), parts.context, undefined, "Sheet")).toEqual(expected);
    }
  });
});

describe("the cell semantics of scanSheetData", () => {
  // The sheet of test/workbook/preview's "cell types and shared strings", without its shared strings part.
  const sheetData =
    '<row r="2"><c r="A2" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="b"><v>0</v></c><c r="D2" t="e"><v>#REF!</v></c><c r="E2" t="str"><f>A1&amp;"!"</f><v>plain&amp;!</v></c><c r="F2"><f>1+1</f><v>2</v></c><c r="G2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="H2" t="b"><f>TRUE</f><v>1</v></c></row>' +
    '<row><c><v>1</v></c><c s="0"/><c><v>3</v></c><c r="F3"><f>A1</f></c></row>' +
    '<row r="6"><c r="C6" t="d"><v>2026-11-30T00:00:00</v></c><c r="A6" s="1"><v>46356</v></c><c r="B6" t="s"><v>1</v></c><c r="D6" t="s"><v>9</v></c></row>' +
    '<row r="7"/>';

  it("reads each type as scanSheetData, and stops at the last row with a value", () => {
    const rows = rowsOf(sheet(sheetData));
    expect(rows).toEqual([
      [],
      ["inline", true, false, { error: "#REF!" }, "plain&!", 2, { error: "#DIV/0!" }, true],
      [1, null, 3],
      [],
      [],
      [new Date(Date.UTC(2026, 10, 30)), "one", new Date(Date.UTC(2026, 10, 30))],
    ]);
    expect(rows).toEqual(withoutTrailingEmptyRows(scanSheetData(sheet(sheetData), "S", context)).rows);
  });

  it("reads rich and phonetic runs, entities, references and _xHHHH_ escapes in inline strings", () => {
    const is = (content: string) => `<row r="1"><c r="A1" t="inlineStr"><is>${content}</is></c></row>`;
    expect(rowsOf(sheet(is('<r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> &amp; plain</t></r>')))).toEqual([["Bold & plain"]]);
    expect(rowsOf(sheet(is("<t>&lt;tag&gt; &quot;q&quot; &apos;a&apos; &#233; &#x1F600;</t>")))).toEqual([["<tag> \"q\" 'a' é 😀"]]);
    expect(rowsOf(sheet(is("<t>A_x000D__x000A_B _x005F_x0041_ _x00e9_</t>")))).toEqual([["A\r\nB _x0041_ é"]]);
    expect(rowsOf(sheet(is('<t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/>')))).toEqual([["漢字"]]);
    expect(rowsOf(sheet(is("<t>cr\r\nlf</t>")))).toEqual([["cr\nlf"]]);
    expect(rowsOf(sheet(is("<t/>")))).toEqual([[""]]);
  });
});

describe("what scanSheetData got wrong", () => {
  it("a formula without a cached value is a blank, and the cells after it are read", () => {
    const rows = rowsOf(sheet('<row r="1"><c r="A1"><f>1+1</f></c><c r="B1"><v>2</v></c><c r="C1"><f>A1</f></c></row><row r="2"><c r="A2"><f>B1*2</f></c><c r="B2" t="s"><v>0</v></c></row>'));
    expect(rows).toEqual([[null, 2], [null, "zero"]]);
  });

  it("reads CDATA in <t> and <v> as literal text", () => {
    const rows = rowsOf(
      sheet(
        '<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[a<b & c]]></t></is></c><c r="B1" t="str"><f>X</f><v><![CDATA[<x>&amp;]]></v></c>' +
          '<c r="C1"><v><![CDATA[42.5]]></v></c><c r="D1" t="inlineStr"><is><t>x<![CDATA[]]]]><![CDATA[>]]>&amp;</t></is></c></row>',
      ),
    );
    expect(rows).toEqual([["a<b & c", "<x>&amp;", 42.5, "x]]>&"]]);
  });

  it("reads elements under any prefix (x:row, x:c, ns0:v), prefixed and not in one sheet", () => {
    const xml = sheet('<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Id</x:t></x:is></x:c><x:c r="B1"><x:v>7</x:v></x:c><x:c r="C1"><v>8</v></x:c></x:row>', "x:");
    expect(rowsOf(xml)).toEqual([["Id", 7, 8]]);
    expect(rowsOf(sheet('<ns0:row r="2"><ns0:c r="B2" t="s"><ns0:v>1</ns0:v></ns0:c></ns0:row>', "ns0:"))).toEqual([[], [null, "one"]]);
  });

  it("places rows out of order by their r, and merges a row number met twice (a later value wins)", () => {
    const rows = rowsOf(
      sheet('<row r="3"><c r="A3"><v>3</v></c></row><row r="1"><c r="B1"><v>1</v></c></row><row r="3"><c r="C3"><v>33</v></c><c r="A3"><v>30</v></c></row><row r="1"><c r="B1"/></row>'),
    );
    expect(rows).toEqual([[null, 1], [], [30, null, 33]]);
  });

  it("skips comments and processing instructions, even ones holding tags", () => {
    const rows = rowsOf(sheet('<!-- <row r="9"><c><v>9</v></c></row> --><?pi <c r="Z1"><v>1</v></c>?><row r="1"><c r="A1" t="inlineStr"><is><t>a<!--x-->b<?p q?>c</t></is></c></row>'));
    expect(rows).toEqual([["abc"]]);
  });

  it("passes over rows past 1,048,576 and columns past XFD, and places row 1,048,576", () => {
    // One push: comparing a million rows for each slice size would take jest half a minute.
    const xml = sheet('<row r="1"><c r="XFD1"><v>1</v></c><c r="XFE1"><v>2</v></c></row><row r="1048577"><c r="A1048577"><v>3</v></c></row><row r="1048576"><c r="B1048576"><v>4</v></c></row>');
    const rows = streamSheet([encoder.encode(xml)], context).rows;
    expect(rows).toHaveLength(1048576);
    expect(rows[1]).toEqual([]);
    expect(rows[0]).toHaveLength(16384);
    expect(rows[0][16383]).toBe(1);
    expect(rows[1048575]).toEqual([null, 4]);
  });

  it("reads text with multi-byte characters split between slices, and a byte order mark", () => {
    const xml = `\uFEFF${sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>é漢字😀\uFEFF</t></is></c></row>')}`;
    expect(rowsOf(xml)).toEqual([["é漢字😀\uFEFF"]]);
  });

  it("gives no rows for a sheet without <sheetData>, or with an empty one", () => {
    expect(rowsOf('<worksheet><dimension ref="A1"/></worksheet>')).toEqual([]);
    expect(rowsOf('<worksheet><sheetData/><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>')).toEqual([]);
    expect(rowsOf(sheet(""))).toEqual([]);
  });

  it("reads nothing after </sheetData>, even XML cut short there", () => {
    const scanner = createSheetScanner("S", context);
    scanner.push(encoder.encode(sheet('<row r="1"><c r="A1"><v>1</v></c></row>').replace("</worksheet>", '<mergeCells count="1"><mergeCell ref="A1:')));
    expect(scanner.finish().rows).toEqual([[1]]);
  });
});
