/**
 * SPEC 7: everything that is not a PMO sheet comes out unchanged, byte for byte. The input holds
 * a chart, a pivot table, an image, notes, defined names, validation and a calc chain.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { openZip } from "../../../src/workbook/xlsx/zip";
import { spliceSheets } from "../../../src/workbook/xlsx/package";
import { ADDED_PARTS, buildRichWorkbook } from "./rich-workbook";
import { historyPlan, summaryPlan } from "./plans";
import { loadWithExcelJS, unzipText } from "./read-back";

// docProps/app.xml lists the sheet titles, so a sheet we add is added there too.
const EDITED = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml", "docProps/app.xml"];

let input: Uint8Array;
let output: Uint8Array;
beforeAll(async () => {
  input = await buildRichWorkbook();
  output = spliceSheets(input, [summaryPlan(), historyPlan(5)]);
});

function elements(xml: string, name: string): string[] {
  return xml.match(new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`, "g")) ?? [];
}

describe("preservation", () => {
  test("the input really holds a chart, a pivot table, an image, notes and a calc chain", () => {
    const parts = Object.keys(unzipSync(input));
    for (const part of [...Object.values(ADDED_PARTS), "xl/media/image1.png", "xl/comments1.xml", "xl/drawings/vmlDrawing1.vml", "xl/drawings/drawing1.xml"]) {
      expect(parts).toContain(part);
    }
  });

  test("every part not edited is byte-identical (the replaced PMO History apart)", () => {
    const before = unzipSync(input);
    const after = unzipSync(output);
    const untouched = Object.keys(before).filter((name) => !EDITED.includes(name) && name !== "xl/worksheets/sheet2.xml");
    expect(untouched.length).toBeGreaterThan(20);
    for (const name of untouched) {
      expect([name, Buffer.from(after[name] ?? []).equals(Buffer.from(before[name]))]).toEqual([name, true]);
    }
  });

  test("every part not edited is copied as its compressed bytes, never inflated and deflated again", () => {
    const inputZip = openZip(input);
    const outputZip = openZip(output);
    const untouched = inputZip.entries.filter((entry) => !EDITED.includes(entry.name) && entry.name !== "xl/worksheets/sheet2.xml");
    expect(untouched.length).toBeGreaterThan(20);
    for (const entry of untouched) {
      const copied = outputZip.find(entry.name)!;
      expect([entry.name, copied.crc32, copied.method]).toEqual([entry.name, entry.crc32, entry.method]);
      expect([entry.name, Buffer.from(outputZip.compressedData(copied)).equals(Buffer.from(inputZip.compressedData(entry)))]).toEqual([entry.name, true]);
    }
  });

  test("edited parts keep every original entry", () => {
    const before = unzipText(input);
    const after = unzipText(output);
    const keeps = (part: string, names: string[]) => {
      for (const name of names) {
        const original = elements(before.get(part) as string, name);
        expect(original.length).toBeGreaterThan(0);
        for (const element of original) expect([part, after.get(part)?.includes(element)]).toEqual([part, true]);
      }
    };
    keeps("xl/workbook.xml", ["sheet", "definedName", "pivotCache", "calcPr", "workbookPr"]);
    keeps("xl/_rels/workbook.xml.rels", ["Relationship"]);
    keeps("[Content_Types].xml", ["Override", "Default"]);
    // styles.xml: each original collection is still there, in order, at the start of its section.
    for (const section of ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"]) {
      const body = (xml: string) => /<(\w+)\b[^>]*>([\s\S]*?)<\/\1>/.exec(elements(xml, section)[0] ?? "")?.[2] ?? "";
      const original = body(before.get("xl/styles.xml") as string);
      expect([section, body(after.get("xl/styles.xml") as string).startsWith(original)]).toEqual([section, true]);
    }
  });

  test("the output loads in ExcelJS with its image, notes, names and validation", async () => {
    const workbook = await loadWithExcelJS(output);
    const projects = workbook.getWorksheet("Projects") as ExcelJS.Worksheet;
    expect(projects.getImages()).toHaveLength(1);
    expect(projects.getCell("A1").note).toBe("Project identifier");
    expect(projects.getCell("C2").dataValidation).toMatchObject({ type: "list", formulae: ['"Green,Amber,Red,Grey"'] });
    expect(workbook.definedNames.getRanges("ProjectTable").ranges).toEqual(["Projects!$A$1:$C$3"]);
    expect((workbook.getWorksheet("Data") as ExcelJS.Worksheet).getCell("C1").formula).toBe("SUM(B2:B3)");
  });

  test("LibreOffice opens the output when it is installed", () => {
    const office = ["libreoffice", "soffice"].find((command) => {
      try {
        execFileSync("which", [command], { stdio: "ignore" });
        return true;
      } catch {
        return false;
      }
    });
    if (!office) {
      console.log("LibreOffice not on PATH: the headless open/convert check was skipped (ExcelJS check still ran).");
      expect(office).toBeUndefined();
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), "pmo-splice-"));
    try {
      writeFileSync(join(dir, "out.xlsx"), output);
      execFileSync(office, ["--headless", "--convert-to", "csv", "--outdir", dir, join(dir, "out.xlsx")], { timeout: 120_000, stdio: "ignore" });
      expect(readdirSync(dir)).toContain("out.csv");
      expect(readFileSync(join(dir, "out.csv"), "utf8")).toContain("Id");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
