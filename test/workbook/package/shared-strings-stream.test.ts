/**
 * The streaming shared-strings reader: parseSharedStrings' strings on the fixtures and on random
 * tables in random slices; a string over the cell limit cut with a note; one past ScanLimits, or a
 * part cut short, refused.
 */
import fc from "fast-check";
import { strFromU8 } from "fflate";
import { parseSharedStrings } from "../../../src/workbook/xlsx/package/shared-strings";
import { createSharedStringsScanner } from "../../../src/workbook/xlsx/package/shared-strings-stream";
import { MAX_CELL_TEXT, MAX_ELEMENT_TEXT, SheetDamagedError, SheetLimitError } from "../../../src/workbook/xlsx/package/scan-limits";
import { cutsIn, stringItem } from "./sheet-xml-arbitraries";
import { encoder, FIXTURES, fixtureParts, sliceAt, slicesOf, streamSharedStrings } from "./stream-helpers";

const table = (items: string, prefix = "") =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${prefix}sst xmlns${prefix ? `:${prefix.slice(0, -1)}` : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="9" uniqueCount="9">${items}</${prefix}sst>`;

describe.each(FIXTURES)("%s", (name) => {
  it("reads the strings parseSharedStrings reads, in slices of 1 to all bytes", () => {
    const bytes = fixtureParts(name).sharedStrings;
    if (!bytes) return;
    const expected = parseSharedStrings(strFromU8(bytes));
    expect(expected.length).toBeGreaterThan(0);
    for (const size of [1, 7, 64, 4096, Infinity]) expect(streamSharedStrings(slicesOf(bytes, size))).toEqual(expected);
  });
});

test("a random table in random slices reads as built, and as parseSharedStrings reads it", () => {
  const items = fc.constantFrom("", "x:").chain((prefix) =>
    fc.array(fc.oneof(stringItem(prefix), fc.constant({ text: "", xml: "" })), { maxLength: 12 }).map((list) => ({ prefix, list })),
  );
  fc.assert(
    fc.property(
      items.chain(({ prefix, list }) => {
        const xml = table(list.map((item) => (item.xml === "" ? `<${prefix}si/>` : `<${prefix}si>${item.xml}</${prefix}si>`)).join("<!-- <si><t>no</t></si> -->"), prefix);
        const bytes = encoder.encode(xml);
        return fc.tuple(fc.constant(list.map((item) => item.text)), fc.constant(xml), fc.constant(bytes), cutsIn(bytes.length));
      }),
      ([texts, xml, bytes, cuts]) => {
        const strings = streamSharedStrings(sliceAt(bytes, cuts));
        expect(strings).toEqual(texts);
        // parseSharedStrings does not know comments (it would read the <si> in them).
        expect(strings).toEqual(parseSharedStrings(xml.replace(/<!--[\s\S]*?-->/g, "")));
      },
    ),
    { numRuns: 300 },
  );
});

test("reads phonetic runs out, rich runs joined, CDATA and references decoded", () => {
  const xml = table(
    '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si><si><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> &amp; &#x1F600;</t></r></si>' +
      "<si><t><![CDATA[a<b & c]]></t></si><si><t>A_x000D__x000A_B</t></si><si/>",
  );
  expect(streamSharedStrings(slicesOf(encoder.encode(xml), 3))).toEqual(["漢字", "Bold & 😀", "a<b & c", "A\r\nB", ""]);
});

test("cuts a 40,000-character string to 32,767 and notes its index", () => {
  const long = "c".repeat(40000);
  const scanner = createSharedStringsScanner();
  for (const piece of slicesOf(encoder.encode(table(`<si><t>short</t></si><si><t>${long}</t></si>`)), 4096)) scanner.push(piece);
  expect(scanner.finish()).toEqual(["short", long.slice(0, MAX_CELL_TEXT)]);
  expect(scanner.notes()).toEqual([{ sharedString: 1, message: "Shared string 1 is longer than Excel's 32,767 characters; it was cut to that length" }]);
});

test("refuses one string of hundreds of millions of characters as soon as it passes the limit", () => {
  const scanner = createSharedStringsScanner();
  scanner.push(encoder.encode(table("<si><t>").replace(/<\/sst>$/, "")));
  const chunk = encoder.encode("d".repeat(65536));
  let pushed = 0;
  // 700 million characters would be 10,682 chunks; the reader must refuse long before.
  expect(() => {
    for (; pushed < 700_000_000; pushed += chunk.length) scanner.push(chunk);
  }).toThrow(SheetLimitError);
  expect(pushed).toBeLessThanOrEqual(MAX_ELEMENT_TEXT);
});

test("throws SheetDamagedError wherever a cut falls before the table ends", () => {
  const xml = table("<si><t>one</t></si><si><r><t>t&amp;wo</t></r></si><!-- c --><si/>");
  const bytes = encoder.encode(xml);
  for (let cut = 0; cut < bytes.length; cut++) {
    expect(() => streamSharedStrings([bytes.subarray(0, cut)])).toThrow(SheetDamagedError);
    expect(() => streamSharedStrings(slicesOf(bytes.subarray(0, cut), 2))).toThrow(SheetDamagedError);
  }
  expect(streamSharedStrings([bytes])).toEqual(["one", "t&wo", ""]);
});
