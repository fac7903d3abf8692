/**
 * Damaged and hostile packages, as a scheduled job would meet them: each ends in one line on
 * stderr and exit 2, names what is wrong (and the part, where one is at fault), and writes nothing.
 * A damaged part is never read in part: a half-read register must not pass for a whole one.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { InflateBudget, openZip, readEntryBytes, ZipWriter } from "../../src/workbook/xlsx/zip";
import { pmo, temporaryFolder } from "./run-pmo";

const folder = temporaryFolder();
const sample = path.join(folder, "sample.xlsx");
let bytes: Uint8Array;

beforeAll(() => {
  expect(pmo("init", sample, "--sample", "--projects", "20", "--month", "2026-11").status).toBe(0);
  bytes = new Uint8Array(readFileSync(sample));
});

/** The sample with one byte of a part's compressed data changed. */
function withDamagedPart(part: string): Uint8Array {
  const archive = openZip(bytes);
  const entry = archive.find(part)!;
  const damaged = bytes.slice();
  const middle = entry.dataOffset + Math.floor(entry.compressedSize / 2);
  damaged[middle] ^= 0xff;
  return damaged;
}

/** The sample with one part's content replaced (deflated afresh, so only its XML is wrong). */
function withPartText(part: string, text: string): Uint8Array {
  const archive = openZip(bytes);
  const writer = new ZipWriter();
  for (const entry of archive.entries) {
    if (entry.name === part) writer.add(part, text);
    else writer.copy(archive, entry);
  }
  return writer.toBytes();
}

function expectRefused(name: string, content: Uint8Array, message: RegExp): void {
  const file = path.join(folder, name);
  writeFileSync(file, content);
  const before = readdirSync(folder).sort();
  for (const args of [["check", file, "--month", "2026-11"], ["report", file, "--month", "2026-11"]]) {
    const run = pmo(...args);
    expect({ args: args[0], status: run.status }).toEqual({ args: args[0], status: 2 });
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stdout).toBe("");
  }
  expect(readdirSync(folder).sort()).toEqual(before);
}

test("a zip cut 22 bytes short", () => {
  expectRefused("cut.xlsx", bytes.slice(0, bytes.length - 22), /is damaged: .*cut short/);
});

test("damaged data in the Projects sheet", () => {
  expectRefused("bad-sheet.xlsx", withDamagedPart("xl/worksheets/sheet1.xml"), /is damaged: .*\(part "xl\/worksheets\/sheet1\.xml"\)/);
});

test("damaged data in workbook.xml", () => {
  expectRefused("bad-workbook.xml.xlsx", withDamagedPart("xl/workbook.xml"), /is damaged: .*\(part "xl\/workbook\.xml"\)/);
});

test("a workbook.xml that is not well-formed", () => {
  expectRefused("cut-workbook.xlsx", withPartText("xl/workbook.xml", `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Projects`), /is damaged: .*\(part "xl\/workbook\.xml"\)/);
});

test("a Projects sheet cut in half", () => {
  const archive = openZip(bytes);
  const writer = new ZipWriter();
  for (const entry of archive.entries) {
    if (entry.name !== "xl/worksheets/sheet1.xml") writer.copy(archive, entry);
    else {
      const xml = new TextDecoder().decode(readEntryBytes(archive, entry, new InflateBudget(1e9)));
      writer.add(entry.name, xml.slice(0, Math.floor(xml.length / 2)));
    }
  }
  expectRefused("half.xlsx", writer.toBytes(), /is damaged: .*sheet.*Projects/i);
});

test("a styles.xml or [Content_Types].xml that is not well-formed", () => {
  expectRefusedReport("bad-styles.xlsx", withPartText("xl/styles.xml", "<styleSheet><fonts></styleSheet>"), /is damaged: .*\(part "xl\/styles\.xml"\)/);
  expectRefusedReport("bad-types.xlsx", withPartText("[Content_Types].xml", "<Types><Default Extension=\"xml\""), /is damaged: .*\(part "\[Content_Types\]\.xml"\)/);
});

test("a chart sheet named like a sheet pmo writes", () => {
  const archive = openZip(bytes);
  const writer = new ZipWriter();
  // PMO Config is the workbook's last sheet, so its part is the sheet numbered as many as there are.
  const workbookXml = new TextDecoder().decode(readEntryBytes(archive, archive.entries.find((entry) => entry.name === "xl/workbook.xml")!, new InflateBudget(1e9)));
  const configPart = `sheet${workbookXml.match(/<sheet /g)!.length}.xml`;
  expect(workbookXml).toMatch(/name="PMO Config"[^>]*\/><\/sheets>/);
  for (const entry of archive.entries) {
    const text = () => new TextDecoder().decode(readEntryBytes(archive, entry, new InflateBudget(1e9)));
    if (entry.name === "xl/workbook.xml") writer.add(entry.name, text().replace('name="PMO Config"', 'name="PMO History"'));
    else if (entry.name === "[Content_Types].xml") writer.add(entry.name, text().replace(new RegExp(`(PartName="/xl/worksheets/${configPart}" ContentType=")[^"]*`), "$1application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"));
    else writer.copy(archive, entry);
  }
  expectRefusedReport("chartsheet.xlsx", writer.toBytes(), /a sheet "PMO History" that is not a worksheet/);
});

/** Only report writes these parts, so only report meets the damage. */
function expectRefusedReport(name: string, content: Uint8Array, message: RegExp): void {
  const file = path.join(folder, name);
  writeFileSync(file, content);
  const before = readdirSync(folder).sort();
  const run = pmo("report", file, "--month", "2026-11");
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(message);
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(readdirSync(folder).sort()).toEqual(before);
}
