/** A new governed workbook written to disk and read back with ExcelJS. */
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { DEFAULT_RULES, RULE_DESCRIPTIONS, ruleRows } from "../../src/engine/rules";
import { CREATED_FIELDS, MILESTONE_FIELDS, RISK_FIELDS } from "../../src/engine/schema/fields";
import { generateSamplePortfolio } from "../../src/sample";
import { writeFileAtomically } from "../../src/workbook/xlsx/atomic-write";
import { buildNewWorkbook, writeNewWorkbook } from "../../src/workbook/xlsx/new-workbook";

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "pmo-new-workbook-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

function headerRow(sheet: ExcelJS.Worksheet, width: number): unknown[] {
  return Array.from({ length: width }, (_, index) => sheet.getRow(1).getCell(index + 1).value);
}

type WithModels = { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] };

describe("a new workbook with the sample", () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    const sample = generateSamplePortfolio({ projects: 20, seed: 4, month: "2026-03" }); // 20 projects: exactly 100 risks, 60 milestones
    // Text that Excel would take for a formula if it were typed in: it must stay text.
    sample.projects.rows[0][1] = "=1+1";
    sample.projects.rows[1][1] = "=HYPERLINK(\"http://example.com\",\"x\")";
    sample.projects.rows[2][1] = "@cmd";
    const path = join(folder, "sample.xlsx");
    await writeNewWorkbook(path, sample);
    workbook = await readBack(path);
  });

  test("has the governed sheets and the config sheet, in order", () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Projects", "Risks", "Milestones", "Financials", "PMO Config"]);
  });

  test("each governed sheet is an Excel table with the canonical headers", () => {
    const cases = [["Projects", CREATED_FIELDS.projects, "A1:Z21"], ["Risks", RISK_FIELDS, "A1:L101"], ["Milestones", MILESTONE_FIELDS, "A1:G61"]] as const;
    for (const [name, fields, ref] of cases) {
      const sheet = workbook.getWorksheet(name)!;
      expect(headerRow(sheet, fields.length)).toEqual(fields.map((spec) => spec.header));
      const table = sheet.getTable(name) as unknown as { table: { tableRef: string; style: { theme: string } } };
      expect(table.table.tableRef).toBe(ref);
      expect(table.table.style.theme).toBe("TableStyleMedium2");
    }
    expect(workbook.getWorksheet("Risks")!.getCell("A1").value).toBe("Risk ID");
  });

  test("the header row is bold and frozen", () => {
    const sheet = workbook.getWorksheet("Projects")!;
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  test("dates are dates, money numbers, percentages formatted as such", () => {
    const sheet = workbook.getWorksheet("Projects")!;
    // J = Start, M = BAC, Q = % Complete (project 1 is forced active and under way).
    expect(sheet.getCell("J2").value).toBeInstanceOf(Date);
    expect(sheet.getCell("J2").numFmt).toBe("yyyy-mm-dd");
    expect(typeof sheet.getCell("M2").value).toBe("number");
    expect(sheet.getCell("M2").numFmt).toBe("#,##0");
    expect(sheet.getCell("Q2").numFmt).toBe("0%");
    expect(sheet.getColumn("B").width).toBeGreaterThanOrEqual(15);
  });

  test("text that looks like a formula is read back as text", () => {
    const sheet = workbook.getWorksheet("Projects")!;
    for (const [address, text] of [["B2", "=1+1"], ["B3", "=HYPERLINK(\"http://example.com\",\"x\")"], ["B4", "@cmd"]]) {
      expect(sheet.getCell(address).value).toBe(text);
      expect(sheet.getCell(address).type).toBe(ExcelJS.ValueType.String);
      expect(sheet.getCell(address).formula).toBeUndefined();
    }
  });

  test("the planted #REF! is a real Excel error cell", () => {
    expect(workbook.getWorksheet("Projects")!.getCell("N16").value).toEqual({ error: "#REF!" });
    expect(workbook.getWorksheet("Projects")!.getCell("L14").value).toBe("TBC");
  });

  test("drop-down lists on the governed columns, well below the data", () => {
    const projects = workbook.getWorksheet("Projects")!;
    expect(projects.getCell("H2").dataValidation).toMatchObject({ type: "list", formulae: ['"Active,On Hold,Closed,Cancelled"'] });
    expect(projects.getCell("H5000").dataValidation?.type).toBe("list");
    expect(projects.getCell("I2").dataValidation?.formulae).toEqual(['"Idea,Initiation,Planning,Execution,Closing"']);
    expect(projects.getCell("R2").dataValidation?.formulae).toEqual(['"Green,Amber,Red"']);
    expect(projects.getCell("Z2").dataValidation?.formulae).toEqual(['"Green,Amber/Green,Amber,Amber/Red,Red"']);
    const risks = workbook.getWorksheet("Risks")!;
    expect(risks.getCell("G2").dataValidation?.formulae).toEqual(['"Threat,Opportunity"']);
    expect(risks.getCell("H2").dataValidation?.formulae).toEqual(['"Open,Mitigating,Closed,Occurred"']);
    expect(risks.getCell("J2").dataValidation?.formulae).toEqual(['"1,2,3,4,5,Very Low,Low,Medium,High,Very High"']);
    expect(workbook.getWorksheet("Milestones")!.getCell("G2").dataValidation?.formulae).toEqual(['"Yes,No"']);
    expect(projects.getCell("B2").dataValidation).toBeUndefined();
  });

  test("the RAG override and reported RAG columns are coloured by their value", () => {
    const formats = (workbook.getWorksheet("Projects") as unknown as WithModels).conditionalFormattings;
    expect(formats.map((format) => format.ref)).toEqual(["R2:R5000", "Z2:Z5000"]);
    expect(formats[0].rules.map((rule) => rule.formulae?.[0])).toEqual(['OR(R2="Green",R2="G")', 'OR(R2="Amber",R2="A")', 'OR(R2="Red",R2="R")']);
  });

  test("PMO Config holds the default rules with their descriptions", () => {
    const rows = workbook.getWorksheet("PMO Config")!.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));
    expect(rows[0]).toEqual(["Key", "Value", "Description"]);
    expect(rows.slice(1)).toEqual(ruleRows(DEFAULT_RULES).map(([key, value]) => [key, value, RULE_DESCRIPTIONS[key]]));
    expect(rows[1]).toEqual(["spi.amber", 0.95, "Schedule is Amber when SPI is below this"]);
  });
});

describe("a large workbook, streamed as plain ranges", () => {
  test("holds the same headers, values, formats, lists and config as the table version", async () => {
    const sample = generateSamplePortfolio({ projects: 20, seed: 4, month: "2026-03" });
    sample.projects.rows[0][1] = "=1+1";
    const streamedPath = join(folder, "streamed.xlsx");
    const tablePath = join(folder, "tables.xlsx");
    await writeNewWorkbook(streamedPath, sample, { tableRowLimit: 10 });
    await writeNewWorkbook(tablePath, sample);
    const streamed = await readBack(streamedPath);
    const tables = await readBack(tablePath);
    expect(streamed.worksheets.map((sheet) => sheet.name)).toEqual(["Projects", "Risks", "Milestones", "Financials", "PMO Config"]);
    // Compared before anything below reads a cell (reading a cell creates its row).
    for (const name of ["Projects", "Risks", "Milestones", "Financials", "PMO Config"]) {
      expect(streamed.getWorksheet(name)!.getSheetValues()).toEqual(tables.getWorksheet(name)!.getSheetValues());
    }
    const projects = streamed.getWorksheet("Projects")!;
    expect(projects.getTables()).toHaveLength(0);
    expect(projects.autoFilter).toBe("A1:Z21");
    expect(headerRow(projects, CREATED_FIELDS.projects.length)).toEqual(CREATED_FIELDS.projects.map((spec) => spec.header));
    expect(projects.getCell("A1").font?.bold).toBe(true);
    expect(projects.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(projects.getCell("B2").value).toBe("=1+1");
    expect(projects.getCell("B2").type).toBe(ExcelJS.ValueType.String);
    expect(projects.getCell("N16").value).toEqual({ error: "#REF!" });
    expect(projects.getCell("J2").numFmt).toBe("yyyy-mm-dd");
    expect(projects.getCell("H5000").dataValidation?.formulae).toEqual(['"Active,On Hold,Closed,Cancelled"']);
  });
});

describe("a new empty workbook", () => {
  test("has the tables with headers only", async () => {
    const path = join(folder, "empty.xlsx");
    await writeNewWorkbook(path, undefined);
    const workbook = await readBack(path);
    const projects = workbook.getWorksheet("Projects")!;
    expect(headerRow(projects, CREATED_FIELDS.projects.length)).toEqual(CREATED_FIELDS.projects.map((spec) => spec.header));
    expect(projects.getRow(2).values).toEqual([]);
    expect((projects.getTable("Projects") as unknown as { table: { tableRef: string } }).table.tableRef).toBe("A1:Z2");
    expect(workbook.getWorksheet("Risks")!.getCell("H2").dataValidation?.type).toBe("list");
    expect(workbook.getWorksheet("PMO Config")!.rowCount).toBe(1 + ruleRows(DEFAULT_RULES).length);
  });

  test("building without writing needs no file system", () => {
    const workbook = buildNewWorkbook(undefined);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Projects", "Risks", "Milestones", "Financials", "PMO Config"]);
  });
});

describe("atomic writing", () => {
  test("replaces an existing file and leaves no temporary file", async () => {
    const path = join(folder, "atomic", "book.xlsx");
    await rm(join(folder, "atomic"), { recursive: true, force: true });
    await import("node:fs/promises").then((fs) => fs.mkdir(join(folder, "atomic")));
    await writeFile(path, "old");
    await writeNewWorkbook(path, undefined);
    expect(await readdir(join(folder, "atomic"))).toEqual(["book.xlsx"]);
    expect((await readBack(path)).worksheets).toHaveLength(5);
  });

  test("a failed write leaves neither a temporary file nor a changed target", async () => {
    const dir = join(folder, "failing");
    await import("node:fs/promises").then((fs) => fs.mkdir(dir));
    const path = join(dir, "book.xlsx");
    await writeFile(path, "old");
    const failing = writeFileAtomically(path, async (temporary) => {
      await writeFile(temporary, "half a workbook");
      throw new Error("disk full");
    });
    await expect(failing).rejects.toThrow("disk full");
    expect(await readdir(dir)).toEqual(["book.xlsx"]);
    expect(await import("node:fs/promises").then((fs) => fs.readFile(path, "utf8"))).toBe("old");
  });

  test("a folder that does not exist is an error, and nothing is created", async () => {
    await expect(writeNewWorkbook(join(folder, "missing", "book.xlsx"), undefined)).rejects.toThrow();
    expect(await readdir(folder)).not.toContain("missing");
  });
});
