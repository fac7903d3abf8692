/**
 * Any text, number or boolean ExcelJS writes (as shared strings, in node) reads back equal through
 * the preview reader, but for what ExcelJS's writer itself changes or leaves for an XML reader to
 * change, listed in `asWritten`.
 */
import fc from "fast-check";
import ExcelJS from "exceljs";
import { readXlsxPackage } from "../../../src/workbook/preview";

const tricky = fc.constantFrom(
  "<", ">", "&", "&amp;", "&#13;", '"', "'", "=", "\r", "\n", "\r\n", "\t", " ", "\u0000", "\u0001", "\u001F", "\u007F", "\uD800", "\uDFFF",
  "_x0041_", "_x005F_", "_x00e9_", "]]>", "<![CDATA[", "<t>", "</si>", "😀", "\u00A0", "漢字",
);
const unit = fc.oneof(fc.string({ unit: "binary", minLength: 1, maxLength: 1 }), fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), tricky);
const text = fc.array(unit, { minLength: 1, maxLength: 20 }).map((pieces) => pieces.join(""));
const value = fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean());

/**
 * The text as it is in the file, read as Excel reads it: ExcelJS drops C0 controls but tab, LF and
 * CR, and DEL; a lone surrogate half becomes U+FFFD in UTF-8; a raw CR is a line end, which XML
 * reads as LF; and ExcelJS does not escape a literal "_xHHHH_", so Excel (and this reader) decode
 * it (ECMA-376 ST_Xstring).
 */
function asWritten(input: string): string {
  return input
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "") // eslint-disable-line no-control-regex
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
    .replace(/\r\n?/g, "\n")
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function expected(cell: string | number | boolean): unknown {
  if (typeof cell === "string") return asWritten(cell);
  return Object.is(cell, -0) ? 0 : cell;
}

test("values written by ExcelJS read back equal", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(value, { minLength: 1, maxLength: 6 }), async (cells) => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet("Values").addRow(cells);
      const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
      const row = readXlsxPackage(bytes, () => true).sheets.get("Values")!.rows[0];
      const want = cells.map(expected);
      // An empty string is a written cell ("" read back), so nothing trails but what ExcelJS drops.
      expect(row).toEqual(want);
    }),
    { numRuns: 150 },
  );
});
