/** Opening archives: what the central directory says, and every way a file is refused. */
import { zipSync } from "fflate";
import { looksLikeZip, openZip, ZipDamagedError, ZipLimitError } from "../../../src/workbook/xlsx/zip";
import { handMadeZip, text } from "./hand-made-zip";

function refusal(open: () => unknown): ZipDamagedError | ZipLimitError {
  try {
    open();
  } catch (error) {
    if (error instanceof ZipDamagedError || error instanceof ZipLimitError) return error;
    throw error;
  }
  throw new Error("expected the archive to be refused");
}

function damage(bytes: Uint8Array): { damage: string; part: string | undefined } {
  const error = refusal(() => openZip(bytes));
  if (!(error instanceof ZipDamagedError)) throw error;
  return { damage: error.damage, part: error.part };
}

describe("openZip", () => {
  it("lists entries in central-directory order with their methods, sizes and CRCs", () => {
    const bytes = zipSync(
      { "[Content_Types].xml": text("<Types/>"), "xl/media/image1.png": [new Uint8Array([1, 2, 3]), { level: 0 }], "xl/workbook.xml": text("<workbook/>".repeat(50)) },
      { mtime: new Date(2024, 0, 1) },
    );
    const archive = openZip(bytes);
    expect(archive.names()).toEqual(["[Content_Types].xml", "xl/media/image1.png", "xl/workbook.xml"]);
    const [types, image, workbook] = archive.entries;
    expect(types).toMatchObject({ method: 8, uncompressedSize: 8, crc32: 0x3c171cc7, localHeaderOffset: 0 });
    expect(image).toMatchObject({ method: 0, compressedSize: 3, uncompressedSize: 3 });
    expect(workbook.method).toBe(8);
    expect(workbook.uncompressedSize).toBe(550);
    expect(Array.from(archive.compressedData(image))).toEqual([1, 2, 3]);
    expect(image.dataOffset).toBe(image.localHeaderOffset + 30 + "xl/media/image1.png".length);
  });

  it("finds parts as OPC names them: ignoring case and a leading slash", () => {
    const archive = openZip(zipSync({ "xl/Workbook.xml": text("x") }));
    expect(archive.find("/XL/workbook.XML")?.name).toBe("xl/Workbook.xml");
    expect(archive.has("xl/workbook.xml")).toBe(true);
    expect(archive.find("xl/styles.xml")).toBeUndefined();
  });

  it("takes the data offset from the local header's extra field, not the central one", () => {
    const bytes = handMadeZip([
      { name: "a.xml", content: text("first"), localExtra: new Uint8Array([0xaa, 0xaa, 4, 0, 9, 9, 9, 9]) },
      { name: "b.xml", content: text("second"), centralExtra: new Uint8Array([0xbb, 0xbb, 2, 0, 7, 7]) },
    ]);
    const [a, b] = openZip(bytes).entries;
    expect(a.dataOffset).toBe(30 + 5 + 8);
    expect(b.localHeaderOffset).toBe(30 + 5 + 8 + 5);
    expect(b.dataOffset).toBe(b.localHeaderOffset + 30 + 5);
  });

  it("decodes names as UTF-8 with flag bit 11 and as Latin-1 without", () => {
    const archive = openZip(handMadeZip([
      { name: "xl/Résumé.xml", content: text("a") },
      { name: new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x78, 0x6d, 0x6c]), content: text("b") },
    ]));
    expect(archive.names()).toEqual(["xl/Résumé.xml", "café.xml"]);
    expect(archive.entries[0].flags & 0x0800).toBe(0x0800);
  });

  it("reads ZIP64 sizes and offsets", () => {
    const archive = openZip(handMadeZip([
      { name: "a.xml", content: text("alpha") },
      { name: "b.xml", content: text("bravo!"), method: 8 },
    ], { zip64: true }));
    expect(archive.names()).toEqual(["a.xml", "b.xml"]);
    expect(archive.entries[0]).toMatchObject({ compressedSize: 5, uncompressedSize: 5, localHeaderOffset: 0, dataOffset: 35 });
    expect(archive.entries[1]).toMatchObject({ uncompressedSize: 6, localHeaderOffset: 40 });
  });

  it("opens an archive with a comment, and an empty archive", () => {
    expect(openZip(handMadeZip([{ name: "a", content: text("x") }], { comment: text("PK\x05\x06 not the end") })).names()).toEqual(["a"]);
    expect(openZip(zipSync({})).entries).toEqual([]);
  });

  it("refuses what is not a zip, saying whether it is password-protected", () => {
    expect(damage(text("hello, this is not a workbook at all"))).toEqual({ damage: "not-a-zip", part: undefined });
    expect(damage(new Uint8Array(0)).damage).toBe("not-a-zip");
    const ole = refusal(() => openZip(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(600)])));
    expect(ole.message).toMatch(/password-protected/);
  });

  describe("refuses a truncated file", () => {
    const whole = zipSync({ "xl/workbook.xml": text("<workbook/>".repeat(100)), "xl/styles.xml": text("<styleSheet/>") });

    it("cut 22 bytes short (no end record)", () => {
      expect(damage(whole.subarray(0, whole.length - 22)).damage).toBe("truncated");
      expect(damage(whole.subarray(0, 40)).damage).toBe("truncated");
    });

    it("whose directory runs past the end", () => {
      const archive = handMadeZip([{ name: "a.xml", content: text("abc") }]);
      const lying = archive.slice();
      lying[lying.length - 22 + 12] += 50; // central directory size
      expect(damage(lying).damage).toBe("truncated");
    });

    it("whose local header or data runs past the end", () => {
      const archive = handMadeZip([{ name: "a.xml", content: text("abc") }]);
      const central = archive.length - 22 - (46 + 5);
      const pastData = archive.slice();
      pastData[central + 20] = 200; // compressed size, beyond the file
      expect(damage(pastData)).toEqual({ damage: "truncated", part: "a.xml" });
      const pastHeader = archive.slice();
      pastHeader[central + 42] = 250; // local header offset, beyond the file
      expect(damage(pastHeader)).toEqual({ damage: "truncated", part: "a.xml" });
    });
  });

  it("refuses more entries than the limit, before reading them", () => {
    const files = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`p${i}.xml`, text("x")]));
    const bytes = zipSync(files);
    expect(openZip(bytes, { maxEntries: 11 }).entries).toHaveLength(11);
    const error = refusal(() => openZip(bytes, { maxEntries: 10 }));
    expect(error).toBeInstanceOf(ZipLimitError);
    expect(error).toMatchObject({ limitKind: "entries", limit: 10 });
  });

  it("refuses duplicate names, also when they differ in case or by a leading slash", () => {
    expect(damage(handMadeZip([{ name: "xl/a.xml", content: text("1") }, { name: "xl/a.xml", content: text("2") }]))).toEqual({ damage: "duplicate-name", part: "xl/a.xml" });
    expect(damage(handMadeZip([{ name: "xl/a.xml", content: text("1") }, { name: "XL/A.xml", content: text("2") }]))).toEqual({ damage: "duplicate-name", part: "XL/A.xml" });
    expect(damage(handMadeZip([{ name: "xl/a.xml", content: text("1") }, { name: "/xl/a.xml", content: text("2") }]))).toEqual({ damage: "duplicate-name", part: "/xl/a.xml" });
  });

  it("refuses a zip bomb of 61 entries sharing one stream", () => {
    const entries = Array.from({ length: 61 }, (_, i) => ({ name: `xl/worksheets/sheet${i}.xml`, content: new Uint8Array(100_000), method: 8, sharesDataOf: i === 0 ? undefined : 0 }));
    expect(damage(handMadeZip(entries))).toEqual({ damage: "overlapping-entries", part: "xl/worksheets/sheet1.xml" });
  });

  it("refuses an entry whose local header lies inside another's data (a quoted-overlap bomb)", () => {
    const quoted = handMadeZip([{ name: "b.xml", content: text("x") }]).subarray(0, 30 + 5 + 1);
    const archive = handMadeZip([
      { name: "a.xml", content: quoted },
      { name: "b.xml", content: text("x"), centralOffset: 30 + 5 },
    ]);
    expect(damage(archive)).toEqual({ damage: "overlapping-entries", part: "b.xml" });
  });

  it("refuses data running into the central directory", () => {
    const archive = handMadeZip([{ name: "a.xml", content: text("abc") }]);
    const central = archive.length - 22 - (46 + 5);
    const lying = archive.slice();
    lying[central + 20] = 10; // 3 bytes of data claimed as 10: they end inside the directory
    expect(damage(lying)).toEqual({ damage: "overlapping-entries", part: "a.xml" });
  });

  it("refuses encrypted entries", () => {
    expect(damage(handMadeZip([{ name: "a.xml", content: text("secret"), flags: 0x0001 }]))).toEqual({ damage: "encrypted", part: "a.xml" });
  });

  it("refuses a name that differs between the local header and the directory", () => {
    const archive = handMadeZip([{ name: "a.xml", content: text("abc") }]);
    archive[30] = "b".charCodeAt(0);
    expect(damage(archive)).toEqual({ damage: "malformed", part: "a.xml" });
  });

  it("sniffs zips by their first bytes", () => {
    expect(looksLikeZip(zipSync({ a: text("x") }))).toBe(true);
    expect(looksLikeZip(zipSync({}))).toBe(true);
    expect(looksLikeZip(text("PK"))).toBe(false);
    expect(looksLikeZip(text("<xml/>"))).toBe(false);
  });
});
