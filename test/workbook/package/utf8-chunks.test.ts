/** UTF-8 in arbitrary slices decodes to what the whole decodes to, invalid bytes included. */
import fc from "fast-check";
import { Utf8Chunks } from "../../../src/workbook/xlsx/package/utf8-chunks";
import { cutsIn } from "./sheet-xml-arbitraries";
import { encoder, sliceAt } from "./stream-helpers";

const whole = new TextDecoder();

function decodeInSlices(pieces: readonly Uint8Array[]): string {
  const chunks = new Utf8Chunks();
  return pieces.map((piece) => chunks.decode(piece)).join("") + chunks.end();
}

test("text in random slices, a byte order mark and bytes that are not UTF-8 decode as the whole does", () => {
  const bytes = fc.oneof(
    fc.string({ unit: "binary", maxLength: 40 }).map((text) => encoder.encode(text)),
    fc.string({ unit: "binary", maxLength: 20 }).map((text) => encoder.encode(`\uFEFF${text}\uFEFF`)),
    fc.uint8Array({ maxLength: 40 }),
    fc.array(fc.constantFrom(0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xc3, 0xa9, 0x41, 0xff, 0xed, 0xa0), { maxLength: 40 }).map((list) => Uint8Array.from(list)),
  );
  fc.assert(
    fc.property(
      bytes.chain((data) => fc.tuple(fc.constant(data), cutsIn(data.length))),
      ([data, cuts]) => {
        expect(decodeInSlices(sliceAt(data, cuts))).toBe(whole.decode(data));
        expect(decodeInSlices(Array.from(data, (_, i) => data.subarray(i, i + 1)))).toBe(whole.decode(data));
      },
    ),
    { numRuns: 1000 },
  );
});
