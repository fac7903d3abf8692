/**
 * Any text in a plan cell comes back as the same string, never a formula. What XML 1.0 cannot
 * hold is removed (see src/workbook/xlsx/package/xml-text.ts): C0 controls other than tab, LF and
 * CR, U+FFFE, U+FFFF and unpaired surrogate halves. A literal "_xHHHH_" is written escaped, as
 * "_x005F_xHHHH_", so Excel shows it literally; ExcelJS does not decode that escape in inline
 * strings, so for such text the check decodes it the way Excel does (ECMA-376 ST_Xstring).
 */
import fc from "fast-check";
import ExcelJS from "exceljs";
import { spliceSheets } from "../../../src/workbook/xlsx/package";
import { buildRichWorkbook } from "./rich-workbook";
import { textPlan } from "./plans";
import { loadWithExcelJS } from "./read-back";

const tricky = fc.constantFrom(
  "<", ">", "&", "&amp;", '"', "'", "=", "+", "-", "@", "\r", "\n", "\r\n", "\t", " ", "\u0000", "\u0001", "\u000B", "\u001F", "\u007F",
  "\uFFFE", "\uFFFF", "\uD800", "\uDFFF", "_x0041_", "_x005F_", "_x00e9_", "]]>", '=HYPERLINK("http://x")', "😀", "\u00A0", "\u200B",
);
const unit = fc.oneof(fc.string({ unit: "binary", minLength: 1, maxLength: 1 }), fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), tricky);
const text = fc.array(unit, { minLength: 1, maxLength: 30 }).map((pieces) => pieces.join(""));

/** What XML 1.0 can hold of the text (the documented loss). */
function writable(value: string): string {
  return value
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ""); // eslint-disable-line no-control-regex
}

/** Excel's reading of an ST_Xstring: each "_xHHHH_" is the character HHHH. */
function decodeXstring(value: string): string {
  return value.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

let input: Uint8Array;
beforeAll(async () => {
  input = await buildRichWorkbook();
});

async function readBack(texts: string[]): Promise<ExcelJS.Worksheet> {
  const workbook = await loadWithExcelJS(spliceSheets(input, [textPlan(texts)]));
  return workbook.getWorksheet("PMO Summary 2026-11") as ExcelJS.Worksheet;
}

function cellModel(sheet: ExcelJS.Worksheet, row: number) {
  const { formula, text, type, value } = sheet.getCell(row, 1);
  return { formula, text, type, value };
}

test("arbitrary text survives splice + ExcelJS read-back, minus what XML 1.0 cannot hold", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 8 }), async (texts) => {
      const sheet = await readBack(texts);
      texts.forEach((value, index) => {
        // A plain ExcelJS value object (named so the Office.js lint rules do not mistake it for a range).
        const read = cellModel(sheet, index + 1);
        const want = writable(value);
        expect(read.formula).toBeUndefined();
        if (want === "") {
          expect(read.text).toBe("");
          return;
        }
        expect(read.type).toBe(ExcelJS.ValueType.String);
        if (/_x[0-9A-Fa-f]{4}_/.test(want)) expect(decodeXstring(read.value as string)).toBe(want);
        else expect(read.value).toBe(want);
      });
    }),
    { numRuns: 150 },
  );
}, 120_000);

test("by hand: formulas stay text, controls go, CR and spaces survive, _xHHHH_ is protected", async () => {
  const sheet = await readBack(["=SUM(A1:A2)", "+1", "-1", "@x", "a\u0001b\u000Bc", "  two\r\nlines\t", "_x0041_"]);
  expect(sheet.getCell("A1").value).toBe("=SUM(A1:A2)");
  expect(sheet.getCell("A2").value).toBe("+1");
  expect(sheet.getCell("A3").value).toBe("-1");
  expect(sheet.getCell("A4").value).toBe("@x");
  expect(sheet.getCell("A5").value).toBe("abc");
  expect(sheet.getCell("A6").value).toBe("  two\r\nlines\t");
  expect(sheet.getCell("A7").value).toBe("_x005F_x0041_");
});
