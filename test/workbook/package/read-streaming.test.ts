/**
 * The CLI's reading (sheets and shared strings inflated by Node's zlib as they are scanned) gives
 * the same contents as the whole-part reading on every fixture, and the same one-line refusal,
 * naming the part, for a damaged one.
 */
import { readFileSync } from "node:fs";
import { PmoInputError } from "../../../src/engine/errors";
import { nodeInflateRaw, nodeInflateRawStream } from "../../../src/workbook/xlsx/node-zlib";
import { readXlsxPackage, readXlsxPackageStreaming } from "../../../src/workbook/xlsx/package/read-xlsx-package";
import { openZip } from "../../../src/workbook/xlsx/zip";
import { fixture } from "../preview/helpers";

const everything = () => true;
const asJson = (value: unknown) => JSON.stringify(value, (_key, item) => (item instanceof Map ? [...item] : item));

test.each(["golden.xlsx", "messy.xlsx", "clean.xlsx", "missing-name-column.xlsx"])("%s reads the same as the whole-part reader", async (name) => {
  const bytes = new Uint8Array(readFileSync(fixture(name)));
  const streamed = await readXlsxPackageStreaming(bytes, everything, "The file", nodeInflateRawStream, nodeInflateRaw);
  expect(asJson(streamed)).toBe(asJson(readXlsxPackage(bytes, everything)));
});

test("a damaged sheet is refused the same way, naming the part", async () => {
  const bytes = new Uint8Array(readFileSync(fixture("golden.xlsx")));
  const archive = openZip(bytes);
  const sheet = archive.entries.find((entry) => /^xl\/worksheets\/sheet\d+\.xml$/.test(entry.name) && entry.compressedSize > 200)!;
  const damaged = bytes.slice();
  for (let i = 0; i < 16; i++) damaged[sheet.dataOffset + Math.floor(sheet.compressedSize / 2) + i] ^= 0xff;
  const whole = (() => {
    try {
      readXlsxPackage(damaged, everything, "The file", nodeInflateRaw);
    } catch (error) {
      return error as Error;
    }
  })();
  const streamed = await readXlsxPackageStreaming(damaged, everything, "The file", nodeInflateRawStream, nodeInflateRaw).catch((error: Error) => error);
  expect(streamed).toBeInstanceOf(PmoInputError);
  expect((streamed as Error).message).toMatch(/damaged/);
  expect((streamed as Error).message).toContain(sheet.name);
  expect(whole).toBeInstanceOf(PmoInputError);
  expect((whole as Error).message.split(":")[0]).toBe((streamed as Error).message.split(":")[0]);
});
