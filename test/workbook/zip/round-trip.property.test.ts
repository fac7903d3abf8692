/** Any parts written come back byte for byte, through our reader and through fflate's. */
import fc from "fast-check";
import { unzipSync } from "fflate";
import { InflateBudget, openZip, readEntryBytes, ZipWriter } from "../../../src/workbook/xlsx/zip";
import { partKey } from "../../../src/workbook/xlsx/zip/part-names";

/** Names under a folder (fflate returns a plain object, where "__proto__" would not survive as a key). */
const partName = fc.string({ minLength: 1, maxLength: 30, unit: "grapheme" }).filter((name) => !name.endsWith("/")).map((name) => `p/${name}`);
/** Random bytes, or repetitive ones that deflate well. */
const content = fc.oneof(fc.uint8Array({ maxLength: 2000 }), fc.tuple(fc.uint8Array({ minLength: 1, maxLength: 20 }), fc.nat({ max: 200 })).map(([unit, times]) => {
  const out = new Uint8Array(unit.length * times);
  for (let i = 0; i < times; i++) out.set(unit, i * unit.length);
  return out;
}));
const parts = fc.uniqueArray(fc.tuple(partName, content, fc.boolean()), { maxLength: 12, selector: ([name]) => partKey(name) });

describe("write then read", () => {
  it("gives the same bytes per part, in the same order, whether added or copied", () => {
    fc.assert(
      fc.property(parts, (given) => {
        const first = new ZipWriter();
        for (const [name, data] of given) first.add(name, data);
        const archive = openZip(first.toBytes());
        // Copy some parts through, add the others again: a second generation must not differ.
        const second = new ZipWriter();
        for (const [name, data, copy] of given) if (copy) second.copy(archive, name); else second.add(name, data);
        const output = second.toBytes();

        const reopened = openZip(output);
        const budget = new InflateBudget(64 * 1024 * 1024);
        expect(reopened.names()).toEqual(given.map(([name]) => name));
        const byFflate = unzipSync(output);
        expect(Object.keys(byFflate)).toEqual(given.map(([name]) => name));
        for (const [name, data] of given) {
          // Buffer.equals: jest's deep equality walks typed arrays element by element, far slower.
          expect(Buffer.from(readEntryBytes(reopened, name, budget)).equals(Buffer.from(data))).toBe(true);
          expect(Buffer.from(byFflate[name]).equals(Buffer.from(data))).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
