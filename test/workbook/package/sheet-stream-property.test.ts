/**
 * The streaming worksheet reader on random sheets: whatever the slices, the values the sheet was
 * built from, the same as one push and as scanSheetData; rows shuffled and split into two `<row>`
 * of the same number read the same.
 */
import fc from "fast-check";
import { strFromU8 } from "fflate";
import { scanSheetData } from "../../../src/workbook/xlsx/package/sheet-scanner";
import { builtSheet, context, cutsIn } from "./sheet-xml-arbitraries";
import { encoder, sliceAt, streamSheet, withoutTrailingEmptyRows } from "./stream-helpers";

const sheetWithCuts = builtSheet.chain((sheet) => {
  const bytes = encoder.encode(sheet.xml);
  return fc.tuple(fc.constant(sheet), fc.constant(bytes), cutsIn(bytes.length));
});

test("a random sheet in random slices reads as the values it was built from", () => {
  fc.assert(
    fc.property(sheetWithCuts, ([sheet, bytes, cuts]) => {
      const whole = streamSheet([bytes], context);
      expect(whole.rows).toEqual(sheet.rows);
      expect(streamSheet(sliceAt(bytes, cuts), context)).toEqual(whole);
      expect(whole).toEqual(withoutTrailingEmptyRows(scanSheetData(strFromU8(bytes), "S", context)));
    }),
    { numRuns: 300 },
  );
});

test("rows out of order, and a row number met twice, read as the rows in order", () => {
  fc.assert(
    fc.property(
      builtSheet.chain((sheet) => {
        const bytes = encoder.encode(sheet.shuffledXml);
        return fc.tuple(fc.constant(sheet), fc.constant(bytes), cutsIn(bytes.length));
      }),
      ([sheet, bytes, cuts]) => {
        expect(streamSheet(sliceAt(bytes, cuts), context).rows).toEqual(sheet.rows);
      },
    ),
    { numRuns: 200 },
  );
});

test("slices of one byte read the same as one push", () => {
  fc.assert(
    fc.property(builtSheet, (sheet) => {
      const bytes = encoder.encode(sheet.xml);
      const bytewise = Array.from(bytes, (_, index) => bytes.subarray(index, index + 1));
      expect(streamSheet(bytewise, context).rows).toEqual(sheet.rows);
    }),
    { numRuns: 50 },
  );
});
