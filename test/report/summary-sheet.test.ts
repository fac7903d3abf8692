/**
 * The summary as a user opens it: written into a copy of a workbook and read back with ExcelJS.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { parseMonth } from "../../src/engine/values";
import { monthlySummary } from "../../src/layout/monthly-summary";
import { loadPortfolio } from "../../src/workbook/load-portfolio";
import { writeSheetsToCopy } from "../../src/workbook/xlsx/write-sheets";
import { xlsxFileReader } from "../../src/workbook/xlsx/xlsx-reader";

const INJECTED = ['=HYPERLINK("http://example.com","click")', "+1", "@cmd", "-2+3"];

async function inputWorkbook(folder: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const projects = workbook.addWorksheet("Projects");
  projects.addRow(["Project ID", "Project Name", "Programme", "BAC", "Actual Cost", "Earned Value", "Planned Value"]);
  // Every project over budget (CPI 0.8): Red, so each name shows in the exceptions.
  INJECTED.forEach((name, index) => projects.addRow([`P-${index + 1}`, name, index % 2 === 0 ? "=cmd|' /C calc'!A0" : "Ops", 1000, 500, 400, 400]));
  const path_ = path.join(folder, "input.xlsx");
  await workbook.xlsx.writeFile(path_);
  return path_;
}

async function summarise(input: string, output: string) {
  const loaded = await loadPortfolio(xlsxFileReader(input), { asOf: parseMonth("2026-11")!.last });
  const summary = monthlySummary(loaded, { month: "2026-11", now: "2026-12-01T08:00:00.000Z", mappingGiven: false });
  await writeSheetsToCopy(input, output, summary.plans);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(output);
  return workbook.getWorksheet("PMO Summary 2026-11")!;
}

function columnAText(sheet: ExcelJS.Worksheet): string[] {
  const texts: string[] = [];
  sheet.eachRow((row) => {
    const value = row.getCell(1).value;
    if (typeof value === "string") texts.push(value);
  });
  return texts;
}

function findRow(sheet: ExcelJS.Worksheet, text: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (!found && row.getCell(1).value === text) found = row;
  });
  if (!found) throw new Error(`no row starting with ${text}`);
  return found;
}

describe("the PMO Summary sheet", () => {
  const folder = mkdtempSync(path.join(tmpdir(), "pmo-summary-"));
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    sheet = await summarise(await inputWorkbook(folder), path.join(folder, "output.xlsx"));
  });

  it("has the title and every section, in order", () => {
    const texts = columnAText(sheet);
    expect(texts[0]).toBe("PMO Summary: November 2026");
    expect(texts[1]).toMatch(/^As of 2026-11-30 \| Sources: Projects \| Rule set: Default rules$/);
    const sections = [
      "Key figures",
      "Roll-up by Programme",
      "Exceptions: Red and Amber projects",
      "Changes since last month",
      "Top 10 open risks",
      "Risk heat map: open threats, impact (rows) by probability (columns)",
      "Milestones",
      "Governance findings",
      "Status trend (PMO History)",
    ];
    const positions = sections.map((section) => texts.indexOf(section));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("keeps text from the user's cells as text, never a formula", () => {
    const names: unknown[] = [];
    const programmes: unknown[] = [];
    const start = findRow(sheet, "Exceptions: Red and Amber projects").number + 2;
    for (let row = start; row < start + INJECTED.length; row += 1) {
      const cell = sheet.getCell(row, 2);
      expect(cell.formula).toBeUndefined();
      names.push(cell.value);
    }
    expect(names.sort()).toEqual([...INJECTED].sort());
    const rollupStart = findRow(sheet, "Roll-up by Programme").number + 2;
    for (let row = rollupStart; row < rollupStart + 2; row += 1) programmes.push(sheet.getCell(row, 1).value);
    expect(programmes).toEqual(["=cmd|' /C calc'!A0", "Ops"]);
  });

  it("colours statuses and formats numbers", () => {
    const header = findRow(sheet, "Key figures").number + 1;
    const redCount = sheet.getCell(header + 1, 4);
    expect(redCount.value).toBe(4);
    expect((redCount.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
    const bac = sheet.getCell(header + 3, 1);
    expect(bac.value).toBe(4000);
    expect(bac.numFmt).toBe("#,##0;[Red]-#,##0");
    const cpi = sheet.getCell(header + 3, 5);
    expect(cpi.value).toBeCloseTo(0.8, 12);
    expect(cpi.numFmt).toBe("0.00");
    const exceptionStatus = sheet.getCell(findRow(sheet, "Exceptions: Red and Amber projects").number + 2, 3);
    expect(exceptionStatus.value).toBe("Red");
    expect((exceptionStatus.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFC7CE");
  });

  it("is set up to print landscape, one page wide, with the title rows frozen", () => {
    expect(sheet.pageSetup.orientation).toBe("landscape");
    expect(sheet.pageSetup.fitToWidth).toBe(1);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
  });
});

describe("a failed write", () => {
  it("leaves no output, no temporary file and the input as it was", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "pmo-fault-"));
    const input = await inputWorkbook(folder);
    const before = createHash("sha256").update(readFileSync(input)).digest("hex");
    const loaded = await loadPortfolio(xlsxFileReader(input), { asOf: parseMonth("2026-11")!.last });
    const { plans } = monthlySummary(loaded, { month: "2026-11", now: "2026-12-01T08:00:00.000Z", mappingGiven: false });
    // The output path is taken by a folder, so moving the finished file into place fails.
    const blocked = path.join(folder, "blocked.xlsx");
    mkdirSync(blocked);
    await expect(writeSheetsToCopy(input, blocked, plans)).rejects.toThrow();
    // A sheet name Excel refuses fails before anything is written.
    await expect(writeSheetsToCopy(input, path.join(folder, "bad.xlsx"), [{ ...plans[0], name: "Bad/Name" }])).rejects.toThrow();
    expect(readdirSync(folder).sort()).toEqual(["blocked.xlsx", "input.xlsx"]);
    expect(readdirSync(blocked)).toEqual([]);
    expect(existsSync(path.join(folder, "bad.xlsx"))).toBe(false);
    expect(createHash("sha256").update(readFileSync(input)).digest("hex")).toBe(before);
  });
});

describe("the key figures of a large portfolio", () => {
  // Three projects of BAC 987,654,321, AC 900,000,000 and EV 800,000,000: BAC 2,962,962,963, AC
  // 2,700,000,000, EV 2,400,000,000 and EAC (BAC / CPI, CPI = 8/9) 3,333,333,333, 13 characters each.
  // In bold 14 pt a digit is at least 14/11 of the default font's, so anything under
  // ceil(13 x 14 / 11) = 17 characters shows ### in Excel and LibreOffice.
  it("get columns wide enough to show them", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "pmo-wide-"));
    const workbook = new ExcelJS.Workbook();
    const projects = workbook.addWorksheet("Projects");
    projects.addRow(["Project ID", "Project Name", "BAC", "Actual Cost", "Earned Value", "Planned Value"]);
    for (const id of ["P-1", "P-2", "P-3"]) projects.addRow([id, `Project ${id}`, 987_654_321, 900_000_000, 800_000_000, 800_000_000]);
    const input = path.join(folder, "input.xlsx");
    await workbook.xlsx.writeFile(input);
    const sheet = await summarise(input, path.join(folder, "output.xlsx"));
    const header = findRow(sheet, "Key figures").number;
    const values = [1, 2, 3, 4].map((column) => sheet.getCell(header + 4, column).value);
    expect(values[0]).toBe(2_962_962_963);
    expect(values[1]).toBe(2_700_000_000);
    expect(values[2]).toBe(2_400_000_000);
    expect(values[3] as number).toBeCloseTo(3_333_333_333, 0);
    for (const column of [1, 2, 3, 4]) expect(sheet.getColumn(column).width).toBeGreaterThanOrEqual(17);
  });
});
