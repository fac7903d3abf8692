/**
 * The CLI's streaming inflater (Node's zlib on its own thread, chunks handed on as they come) gives
 * the same bytes as the whole-part one and is held to the same checks: damaged or cut data, a
 * wrong CRC, a budget passed, a part longer than it claims; an error from the caller passes as it is.
 */
import { zipSync } from "fflate";
import { nodeInflateRawStream } from "../../../src/workbook/xlsx/node-zlib";
import { InflateBudget, openZip, readEntryChunksStreaming, ZipDamagedError, ZipLimitError } from "../../../src/workbook/xlsx/zip";

const MB = 1024 * 1024;
const PART = "xl/worksheets/sheet1.xml";
const rows: string[] = [];
for (let r = 1; r <= 100_000; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${(r * 7919) % 10007}</v></c></row>`);
const xml = new TextEncoder().encode(`<sheetData>${rows.join("")}</sheetData>`);
const bytes = zipSync({ [PART]: xml });

async function streamed(zip: Uint8Array, budget = new InflateBudget(100 * MB), onChunk: (chunk: Uint8Array) => void = () => undefined): Promise<unknown> {
  try {
    await readEntryChunksStreaming(openZip(zip), PART, onChunk, budget, nodeInflateRawStream);
  } catch (error) {
    return error;
  }
  throw new Error("expected the read to fail");
}

/** `zip` with its one entry's central-directory field at `offset` (from the entry's header) set to `value`. */
function withCentralField(zip: Uint8Array, offset: number, value: number): Uint8Array {
  const changed = zip.slice();
  const view = new DataView(changed.buffer);
  const central = changed.length - 22 - (46 + PART.length);
  view.setUint32(central + offset, value >>> 0, true);
  return changed;
}

test("reads the same bytes in bounded chunks", async () => {
  const chunks: Uint8Array[] = [];
  await readEntryChunksStreaming(openZip(bytes), PART, (chunk) => chunks.push(chunk.slice()), new InflateBudget(100 * MB), nodeInflateRawStream);
  expect(chunks.length).toBeGreaterThan(1);
  expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(xml.length);
  expect(Buffer.concat(chunks).equals(Buffer.from(xml))).toBe(true);
});

test("refuses a part past the budget", async () => {
  expect(await streamed(bytes, new InflateBudget(MB))).toBeInstanceOf(ZipLimitError);
});

test("refuses damaged deflate data, naming the part", async () => {
  const damaged = bytes.slice();
  const entry = openZip(bytes).find(PART)!;
  for (let i = 0; i < 16; i++) damaged[entry.dataOffset + 20 + i] = 0xff;
  const error = await streamed(damaged);
  expect(error).toBeInstanceOf(ZipDamagedError);
  expect((error as ZipDamagedError).part).toBe(PART);
  expect(["bad-deflate-data", "bad-crc", "bad-length"]).toContain((error as ZipDamagedError).damage);
});

test("refuses a wrong CRC once the part has inflated", async () => {
  const error = await streamed(withCentralField(bytes, 16, openZip(bytes).find(PART)!.crc32 ^ 1));
  expect(error).toBeInstanceOf(ZipDamagedError);
  expect((error as ZipDamagedError).damage).toBe("bad-crc");
});

test("refuses a part that unpacks to more than it claims", async () => {
  const error = await streamed(withCentralField(bytes, 24, xml.length - 1000));
  expect(error).toBeInstanceOf(ZipDamagedError);
  expect((error as ZipDamagedError).damage).toBe("bad-length");
});

test("an error from the caller stops the read and passes as it is", async () => {
  const mine = new Error("mine");
  let calls = 0;
  const error = await streamed(bytes, undefined, () => {
    calls++;
    throw mine;
  });
  expect(error).toBe(mine);
  expect(calls).toBe(1);
});
