/**
 * The RAID section of the summary sheet (SPEC 2, 6): written into a copy of a workbook whose
 * registers were built by ExcelJS, read back with ExcelJS; shown only when the workbook keeps
 * issues, assumptions or dependencies.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { parseMonth } from "../../src/engine/values";
import { monthlySummary } from "../../src/layout/monthly-summary";
import { loadPortfolio } from "../../src/workbook/load-portfolio";
import { writeSheetsToCopy } from "../../src/workbook/xlsx/write-sheets";
import { xlsxFileReader } from "../../src/workbook/xlsx/xlsx-reader";
import { COMBINED_RAID_LOG, RAID_MONTH, SEPARATE_RAID_SHEETS, writeRaidWorkbook } from "../helpers/raid-workbooks";
import { SheetData } from "../../src/engine/sheet";

const SECTION = "RAID: issues, dependencies and assumptions of active projects";
const folder = mkdtempSync(path.join(tmpdir(), "pmo-raid-summary-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function summarySheet(name: string, sheets: readonly SheetData[]): Promise<ExcelJS.Worksheet> {
  const input = path.join(folder, `${name}.xlsx`);
  const output = path.join(folder, `${name}-out.xlsx`);
  await writeRaidWorkbook(sheets, input);
  const loaded = await loadPortfolio(xlsxFileReader(input), { asOf: parseMonth(RAID_MONTH)!.last });
  const summary = monthlySummary(loaded, { month: RAID_MONTH, now: "2026-12-01T08:00:00.000Z", mappingGiven: false });
  await writeSheetsToCopy(input, output, summary.plans);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(output);
  return workbook.getWorksheet(`PMO Summary ${RAID_MONTH}`)!;
}

/** The header and the counts under the RAID section's title, or undefined without the section. */
function raidSection(sheet: ExcelJS.Worksheet): { header: unknown[]; counts: unknown[] } | undefined {
  let title: number | undefined;
  sheet.eachRow((row, number) => {
    if (title === undefined && row.getCell(1).value === SECTION) title = number;
  });
  if (title === undefined) return undefined;
  const cells = (number: number) => Array.from({ length: 6 }, (_, index) => sheet.getRow(number).getCell(index + 1).value);
  return { header: cells(title + 1), counts: cells(title + 2) };
}

test("separate registers: the section holds the counts worked out by hand", async () => {
  const section = raidSection(await summarySheet("separate", SEPARATE_RAID_SHEETS));
  expect(section?.header).toEqual(["Open issues", "Overdue issues", "High+Critical issues", "Open dependencies", "Late dependencies", "Open assumptions"]);
  // Issues 4 open, 2 overdue, 3 High or Critical; dependencies 3 open, 1 late; assumptions 2 open.
  expect(section?.counts).toEqual([4, 2, 3, 3, 1, 2]);
});

test("a combined RAID log: the same section from its Type column", async () => {
  const section = raidSection(await summarySheet("combined", COMBINED_RAID_LOG));
  // Issues 1 open, 1 overdue, 1 Critical; dependencies 2 open, 1 late; assumptions 1 open.
  expect(section?.counts).toEqual([1, 1, 1, 2, 1, 1]);
});

test("a register the workbook lacks shows n/a, and no RAID register at all shows no section", async () => {
  const [projects, issueLog] = SEPARATE_RAID_SHEETS;
  const onlyIssues = raidSection(await summarySheet("issues-only", [projects, issueLog]));
  expect(onlyIssues?.counts).toEqual([4, 2, 3, "n/a", "n/a", "n/a"]);
  expect(raidSection(await summarySheet("none", [projects]))).toBeUndefined();
});
