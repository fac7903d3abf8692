/**
 * The CLI's inflater (Node's zlib, a part at a time) gives the same bytes as fflate's streaming one
 * and is held to the same checks: damaged data, a budget passed, a part longer than it claims.
 */
import { zipSync } from "fflate";
import { nodeInflateRaw } from "../../../src/workbook/xlsx/node-zlib";
import { InflateBudget, openZip, readEntryBytes, readEntryChunks, ZipDamagedError, ZipLimitError } from "../../../src/workbook/xlsx/zip";
import { caught } from "../../helpers/caught";

const MB = 1024 * 1024;
const rows: string[] = [];
for (let r = 1; r <= 100_000; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${(r * 7919) % 10007}</v></c></row>`);
const xml = new TextEncoder().encode(`<sheetData>${rows.join("")}</sheetData>`);
const bytes = zipSync({ "xl/worksheets/sheet1.xml": xml });

test("reads the same bytes as fflate, in chunks", () => {
  const archive = openZip(bytes);
  const chunks: Uint8Array[] = [];
  readEntryChunks(archive, "xl/worksheets/sheet1.xml", (chunk) => chunks.push(chunk), new InflateBudget(100 * MB), nodeInflateRaw);
  expect(chunks.length).toBeGreaterThan(1);
  expect(Buffer.concat(chunks).equals(Buffer.from(xml))).toBe(true);
  expect(Buffer.from(readEntryBytes(archive, "xl/worksheets/sheet1.xml", new InflateBudget(100 * MB))).equals(Buffer.from(xml))).toBe(true);
});

test("refuses a part past the budget without producing it", () => {
  const error = caught(() => readEntryBytes(openZip(bytes), "xl/worksheets/sheet1.xml", new InflateBudget(MB), nodeInflateRaw));
  expect(error).toBeInstanceOf(ZipLimitError);
});

test("refuses damaged deflate data, naming the part", () => {
  const damaged = bytes.slice();
  const entry = openZip(bytes).find("xl/worksheets/sheet1.xml")!;
  for (let i = 0; i < 16; i++) damaged[entry.dataOffset + 20 + i] = 0xff;
  const error = caught(() => readEntryBytes(openZip(damaged), "xl/worksheets/sheet1.xml", new InflateBudget(100 * MB), nodeInflateRaw));
  expect(error).toBeInstanceOf(ZipDamagedError);
  expect((error as ZipDamagedError).part).toBe("xl/worksheets/sheet1.xml");
  expect(["bad-deflate-data", "bad-crc", "bad-length"]).toContain((error as ZipDamagedError).damage);
});
