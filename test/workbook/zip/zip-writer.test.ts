/** Writing: copy-through of compressed bytes, new content, and readers other than ours agreeing. */
import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync, Zip, ZipDeflate, zipSync } from "fflate";
import { InflateBudget, openZip, readEntryBytes, readEntryText, ZipArchive, ZipLimitError, ZipWriter } from "../../../src/workbook/xlsx/zip";
import { readU16, readU32 } from "../../../src/workbook/xlsx/zip/zip-format";
import { text } from "./hand-made-zip";

const budget = () => new InflateBudget(256 * 1024 * 1024);

function sourcePackage(): Uint8Array {
  return zipSync({
    "[Content_Types].xml": text("<Types>" + "<Override/>".repeat(40) + "</Types>"),
    "xl/workbook.xml": text("<workbook><sheets><sheet name=\"One\"/></sheets></workbook>"),
    "xl/media/image1.png": [Uint8Array.from({ length: 5000 }, (_, i) => (i * 131) & 0xff), { level: 0 }],
    "xl/worksheets/sheet1.xml": text("<worksheet>" + "<row><c><v>1</v></c></row>".repeat(2000) + "</worksheet>"),
  });
}

function copyAll(archive: ZipArchive, writer = new ZipWriter()): ZipWriter {
  for (const entry of archive.entries) writer.copy(archive, entry);
  return writer;
}

/** The local header an entry's central record points at, as the writer wrote it. */
function localHeader(bytes: Uint8Array, localHeaderOffset: number) {
  return {
    flags: readU16(bytes, localHeaderOffset + 6),
    method: readU16(bytes, localHeaderOffset + 8),
    crc32: readU32(bytes, localHeaderOffset + 14),
    compressedSize: readU32(bytes, localHeaderOffset + 18),
    uncompressedSize: readU32(bytes, localHeaderOffset + 22),
    extraLength: readU16(bytes, localHeaderOffset + 28),
  };
}

describe("ZipWriter", () => {
  it("copies every entry's compressed bytes as they are and adds new ones, readable by fflate and by us", () => {
    const input = sourcePackage();
    const source = openZip(input);
    const output = copyAll(source).add("xl/sharedStrings.xml", "<sst>new</sst>").toBytes();

    const expected = { ...unzipSync(input), "xl/sharedStrings.xml": text("<sst>new</sst>") };
    const byFflate = unzipSync(output);
    expect(Object.keys(byFflate)).toEqual(Object.keys(expected));
    for (const [name, data] of Object.entries(expected)) expect(Buffer.from(byFflate[name]).equals(Buffer.from(data))).toBe(true);

    const reopened = openZip(output);
    expect(reopened.names()).toEqual(Object.keys(expected));
    for (const [name, data] of Object.entries(expected)) expect(Buffer.from(readEntryBytes(reopened, name, budget())).equals(Buffer.from(data))).toBe(true);
    for (const entry of source.entries) {
      const copied = reopened.find(entry.name);
      expect(copied).toMatchObject({ method: entry.method, crc32: entry.crc32, compressedSize: entry.compressedSize, uncompressedSize: entry.uncompressedSize });
      expect(Buffer.from(reopened.compressedData(copied!)).equals(Buffer.from(source.compressedData(entry)))).toBe(true);
    }
  });

  it("writes minimal headers: sizes and CRC in the local header, no extra field, the total size exact", () => {
    const source = openZip(sourcePackage());
    const output = copyAll(source).toBytes();
    const reopened = openZip(output);
    for (const entry of reopened.entries) {
      expect(localHeader(output, entry.localHeaderOffset)).toEqual({ flags: 0, method: entry.method, crc32: entry.crc32, compressedSize: entry.compressedSize, uncompressedSize: entry.uncompressedSize, extraLength: 0 });
    }
    const names = source.names().reduce((sum, name) => sum + name.length, 0);
    const data = source.entries.reduce((sum, entry) => sum + entry.compressedSize, 0);
    expect(output.length).toBe(source.entries.length * (30 + 46) + 2 * names + data + 22);
  });

  it("copies an entry written with a data descriptor into one without", async () => {
    const content = text("<worksheet>" + "<row/>".repeat(500) + "</worksheet>");
    const chunks: Uint8Array[] = [];
    const streamed = await new Promise<Uint8Array>((resolve, reject) => {
      const zip = new Zip((error, chunk, final) => {
        if (error) return reject(error);
        chunks.push(chunk);
        if (final) resolve(Buffer.concat(chunks));
      });
      const file = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 6 });
      zip.add(file);
      file.push(content, true);
      zip.end();
    });
    const source = openZip(streamed);
    expect(source.entries[0].flags & 0x0008).toBe(0x0008);
    expect(localHeader(streamed, 0).compressedSize).toBe(0);

    const output = copyAll(source).toBytes();
    const copied = openZip(output).entries[0];
    expect(copied.flags & 0x0008).toBe(0);
    expect(localHeader(output, 0)).toMatchObject({ crc32: source.entries[0].crc32, compressedSize: source.entries[0].compressedSize, uncompressedSize: content.length });
    expect(output.length).toBe(30 + 46 + 2 * "xl/worksheets/sheet1.xml".length + source.entries[0].compressedSize + 22);
    expect(strFromU8(unzipSync(output)["xl/worksheets/sheet1.xml"])).toBe(strFromU8(content));
  });

  it("renames a copied entry and keeps the order given", () => {
    const source = openZip(sourcePackage());
    const output = new ZipWriter()
      .copy(source, "xl/worksheets/sheet1.xml", "xl/worksheets/sheet9.xml")
      .add("z.xml", "<z/>")
      .copy(source, "xl/workbook.xml")
      .toBytes();
    const reopened = openZip(output);
    expect(reopened.names()).toEqual(["xl/worksheets/sheet9.xml", "z.xml", "xl/workbook.xml"]);
    expect(readEntryText(reopened, "xl/worksheets/sheet9.xml", budget())).toBe(readEntryText(source, "xl/worksheets/sheet1.xml", budget()));
  });

  it("deflates text, stores media, empty parts and what would not shrink", () => {
    let seed = 2463534242;
    const noise = Uint8Array.from({ length: 3000 }, () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return seed & 0xff;
    }); // xorshift32: bytes deflate cannot shrink
    const output = new ZipWriter()
      .add("xl/a.xml", "<a>" + "x".repeat(1000) + "</a>")
      .add("xl/media/photo.JPEG", new Uint8Array(1000))
      .add("xl/empty.xml", "")
      .add("xl/noise.bin", noise)
      .toBytes();
    expect(openZip(output).entries.map((e) => [e.name, e.method])).toEqual([["xl/a.xml", 8], ["xl/media/photo.JPEG", 0], ["xl/empty.xml", 0], ["xl/noise.bin", 0]]);
    expect(unzipSync(output)["xl/noise.bin"]).toEqual(noise);
  });

  it("sets flag bit 11 for names outside ASCII, only for them", () => {
    const output = new ZipWriter().add("xl/plain.xml", "a").add("xl/Übersicht ✓.xml", "b").toBytes();
    const [plain, unicode] = openZip(output).entries;
    expect([plain.flags & 0x0800, unicode.flags & 0x0800]).toEqual([0, 0x0800]);
    expect(unicode.name).toBe("xl/Übersicht ✓.xml");
    expect(Object.keys(unzipSync(output))).toEqual(["xl/plain.xml", "xl/Übersicht ✓.xml"]);
  });

  it("records 1980-01-01 unless told a time, and keeps a copied entry's time", () => {
    const output = new ZipWriter().add("a.xml", "a").add("b.xml", "b", { modified: new Date(2026, 11, 1, 9, 30, 14) }).toBytes();
    const [a, b] = openZip(output).entries;
    expect([a.dosDate, a.dosTime]).toEqual([0x21, 0]);
    expect([b.dosDate, b.dosTime]).toEqual([(46 << 9) | (12 << 5) | 1, (9 << 11) | (30 << 5) | 7]);
    const copied = openZip(new ZipWriter().copy(openZip(output), "b.xml").toBytes()).entries[0];
    expect([copied.dosDate, copied.dosTime]).toEqual([b.dosDate, b.dosTime]);
  });

  it("refuses to write one part twice, comparing names as OPC does", () => {
    const writer = new ZipWriter().add("xl/a.xml", "1");
    expect(() => writer.add("/XL/A.xml", "2")).toThrow('Part "/XL/A.xml" is written twice');
    expect(writer.entryCount).toBe(1);
  });

  it("refuses to write more entries than a zip without ZIP64 can count", () => {
    const writer = new ZipWriter();
    for (let i = 0; i < 65_534; i++) writer.add(`p${i}`, "");
    expect(openZip(writer.toBytes()).entries).toHaveLength(65_534);
    writer.add("one-more", "");
    expect(() => writer.toBytes()).toThrow(ZipLimitError);
  });

  it("writes an empty archive that readers open", () => {
    const output = new ZipWriter().toBytes();
    expect(output.length).toBe(22);
    expect(unzipSync(output)).toEqual({});
    expect(openZip(output).entries).toEqual([]);
  });

  it("gives ExcelJS a workbook it reads, copied through with one part rewritten", async () => {
    const source = openZip(new Uint8Array(readFileSync(join(__dirname, "../../fixtures/golden.xlsx"))));
    const writer = new ZipWriter();
    for (const entry of source.entries) {
      if (entry.name === "xl/workbook.xml") writer.add(entry.name, readEntryText(source, entry, budget()).replace('name="Risks"', 'name="Threats"'));
      else writer.copy(source, entry);
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(writer.toBytes()) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Projects", "Threats", "Milestones", "PMO History"]);
    expect(workbook.getWorksheet("Projects")?.getCell("B2").value).toBe("All green");
    expect(workbook.getWorksheet("Threats")?.getCell("J2").value).toBe(1000);
  });
});
