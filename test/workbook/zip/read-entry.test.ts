/** Reading entries: chunked, checked against the directory, and stopped by the inflate budget. */
import { deflateSync, zipSync } from "fflate";
import {
  defaultInflateLimit,
  INFLATE_INPUT_SLICE,
  InflateBudget,
  openZip,
  readEntryBytes,
  readEntryChunks,
  readEntryText,
  ZipDamagedError,
  ZipLimitError,
} from "../../../src/workbook/xlsx/zip";
import { caught } from "../../helpers/caught";
import { handMadeZip, text } from "./hand-made-zip";

const MB = 1024 * 1024;
const plenty = () => new InflateBudget(100 * MB);

/** Rows of a worksheet: regular, like the XML that makes up most of a workbook. */
function sheetXml(rows: number): Uint8Array {
  const parts: string[] = [];
  for (let r = 1; r <= rows; r++) parts.push(`<row r="${r}"><c r="A${r}"><v>${(r * 7919) % 10007}</v></c></row>`);
  return text(`<worksheet><sheetData>${parts.join("")}</sheetData></worksheet>`);
}

describe("readEntryChunks", () => {
  it("gives a deflated entry in several chunks that join to its content", () => {
    const xml = sheetXml(60_000);
    const archive = openZip(zipSync({ "xl/worksheets/sheet1.xml": xml }));
    const chunks: Uint8Array[] = [];
    readEntryChunks(archive, "xl/worksheets/sheet1.xml", (chunk) => chunks.push(chunk), plenty());
    expect(archive.entries[0].compressedSize).toBeGreaterThan(2 * INFLATE_INPUT_SLICE);
    expect(chunks.length).toBeGreaterThan(2);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(xml.length / 2);
    expect(Buffer.concat(chunks).equals(Buffer.from(xml))).toBe(true);
  });

  it("gives a stored entry in 64 KB slices", () => {
    const data = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 31) & 0xff);
    const archive = openZip(zipSync({ "xl/media/image1.png": [data, { level: 0 }] }));
    const sizes: number[] = [];
    const budget = plenty();
    readEntryChunks(archive, archive.entries[0], (chunk) => sizes.push(chunk.length), budget);
    expect(sizes).toEqual([65_536, 65_536, 65_536, 3_392]);
    expect(budget.used).toBe(200_000);
  });

  it("reads an entry written with a data descriptor, by the directory's sizes", () => {
    const archive = openZip(handMadeZip([
      { name: "a.xml", content: text("streamed ".repeat(100)), method: 8, dataDescriptor: true },
      { name: "b.xml", content: text("after"), dataDescriptor: true },
    ]));
    expect(readEntryText(archive, "a.xml", plenty())).toBe("streamed ".repeat(100));
    expect(readEntryText(archive, "b.xml", plenty())).toBe("after");
  });

  it("passes the caller's own errors through unchanged", () => {
    const archive = openZip(zipSync({ "a.xml": sheetXml(10) }));
    const mine = new Error("stop here");
    expect(caught(() => readEntryChunks(archive, "a.xml", () => { throw mine; }, plenty()))).toBe(mine);
  });
});

describe("readEntryBytes and readEntryText", () => {
  it("return the content of small parts, found by OPC name", () => {
    const archive = openZip(zipSync({ "xl/workbook.xml": text("<workbook>é</workbook>"), "empty.xml": new Uint8Array(0) }));
    expect(readEntryText(archive, "/XL/workbook.xml", plenty())).toBe("<workbook>é</workbook>");
    expect(readEntryBytes(archive, "empty.xml", plenty())).toEqual(new Uint8Array(0));
  });

  it("copy a stored entry out of the archive rather than lending a view of it", () => {
    const archive = openZip(zipSync({ "a.bin": [new Uint8Array([1, 2, 3]), { level: 0 }] }));
    const bytes = readEntryBytes(archive, "a.bin", plenty());
    bytes[0] = 99;
    expect(Array.from(archive.compressedData(archive.entries[0]))).toEqual([1, 2, 3]);
  });

  it("throw a plain error for a part the archive lacks", () => {
    const archive = openZip(zipSync({ "a.xml": text("x") }));
    expect(() => readEntryText(archive, "b.xml", plenty())).toThrow('The package has no part named "b.xml".');
  });
});

describe("damaged entries", () => {
  function damageOf(bytes: Uint8Array, name: string): { damage: string; part?: string } {
    const error = caught(() => readEntryBytes(openZip(bytes), name, plenty()));
    if (!(error instanceof ZipDamagedError)) throw error;
    return { damage: error.damage, part: error.part };
  }

  it("a flipped byte in a stored entry is a bad CRC", () => {
    const bytes = handMadeZip([{ name: "xl/sharedStrings.xml", content: text("<sst>hello</sst>") }]);
    bytes[30 + "xl/sharedStrings.xml".length + 6] ^= 0x01;
    expect(damageOf(bytes, "xl/sharedStrings.xml")).toEqual({ damage: "bad-crc", part: "xl/sharedStrings.xml" });
  });

  it("an invalid deflate block, or a stream cut short, is bad deflate data", () => {
    const content = sheetXml(100);
    const invalid = deflateSync(content);
    invalid[0] = 0xff; // final block of the reserved type 3
    expect(damageOf(handMadeZip([{ name: "s.xml", content, method: 8, compressed: invalid }]), "s.xml")).toEqual({ damage: "bad-deflate-data", part: "s.xml" });
    const cut = deflateSync(content).subarray(0, 40);
    expect(damageOf(handMadeZip([{ name: "s.xml", content, method: 8, compressed: cut }]), "s.xml").damage).toBe("bad-deflate-data");
  });

  it("content longer or shorter than claimed is a bad length", () => {
    const content = text("twelve bytes");
    expect(damageOf(handMadeZip([{ name: "a.xml", content, method: 8, uncompressedSize: 11 }]), "a.xml")).toEqual({ damage: "bad-length", part: "a.xml" });
    expect(damageOf(handMadeZip([{ name: "a.xml", content, method: 8, uncompressedSize: 13 }]), "a.xml")).toEqual({ damage: "bad-length", part: "a.xml" });
  });

  it("a method other than stored or deflate opens, but is refused when read", () => {
    const bytes = handMadeZip([{ name: "a.xml", content: text("bz"), method: 12 }]);
    expect(openZip(bytes).entries[0].method).toBe(12);
    expect(damageOf(bytes, "a.xml")).toEqual({ damage: "unsupported-method", part: "a.xml" });
  });
});

describe("the inflate budget", () => {
  it("is min(40 x file size + 10 MB, 2 GB)", () => {
    expect(defaultInflateLimit(0)).toBe(10 * MB);
    expect(defaultInflateLimit(MB)).toBe(50 * MB);
    expect(defaultInflateLimit(26 * MB)).toBe(1050 * MB);
    expect(defaultInflateLimit(100 * MB)).toBe(2048 * MB);
  });

  it("stops a highly compressible entry soon after the limit", () => {
    const zeros = new Uint8Array(16 * MB);
    const compressed = deflateSync(zeros, { level: 9 });
    expect(compressed.length).toBeLessThan(INFLATE_INPUT_SLICE);
    const archive = openZip(handMadeZip([{ name: "xl/worksheets/sheet1.xml", content: zeros, method: 8, compressed }]));
    const budget = new InflateBudget(MB);
    const sizes: number[] = [];
    const error = caught(() => readEntryChunks(archive, "xl/worksheets/sheet1.xml", (chunk) => sizes.push(chunk.length), budget));
    expect(error).toBeInstanceOf(ZipLimitError);
    expect(error).toMatchObject({ limitKind: "inflated-bytes", limit: MB, part: "xl/worksheets/sheet1.xml" });
    // Nothing past the limit is handed over; inflating stopped within one small slice's output of it.
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(MB);
    expect(budget.used).toBeLessThanOrEqual(MB + 1032 * 1024);
  });

  it("refuses, before inflating, a size the data could not expand to", () => {
    const compressed = deflateSync(new Uint8Array(MB));
    const archive = openZip(handMadeZip([{ name: "s.xml", content: new Uint8Array(0), method: 8, compressed, crc: 0, uncompressedSize: 0xfffffff0 }]));
    const budget = new InflateBudget(4096 * MB);
    const error = caught(() => readEntryBytes(archive, "s.xml", budget));
    expect(error).toMatchObject({ damage: "bad-length", part: "s.xml" });
    expect(budget.used).toBe(0);
  });

  it("is shared by every entry read from one archive", () => {
    const archive = openZip(zipSync({ "a.xml": new Uint8Array(600_000), "b.xml": new Uint8Array(600_000) }));
    const budget = new InflateBudget(MB);
    expect(readEntryBytes(archive, "a.xml", budget).length).toBe(600_000);
    expect(budget.used).toBe(600_000);
    const error = caught(() => readEntryBytes(archive, "b.xml", budget));
    expect(error).toBeInstanceOf(ZipLimitError);
    expect((error as ZipLimitError).part).toBe("b.xml");
  });
});
