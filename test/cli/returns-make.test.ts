import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { collectReturns, governedSheets, ID_COLUMN_NOTE, ProjectReturnInput, readReturnSheet } from "../../src/engine/returns";
import { checkReturn } from "../../src/engine/returns/return-checks";
import { DEFAULT_RULES } from "../../src/engine/rules";
import { lastDayOfMonth, monthFromText } from "../../src/engine/values";
import { generateSamplePortfolio } from "../../src/sample";
import { SampleTable } from "../../src/sample/types";
import { xlsxFileReader } from "../../src/workbook/xlsx/xlsx-reader";
import { pmo, temporaryFolder } from "./run-pmo";

const MONTH = "2026-11";
const sample = generateSamplePortfolio({ projects: 40, seed: 7, month: MONTH });
const column = (table: SampleTable, header: string) => table.headers.indexOf(header);
const key = (value: unknown) => String(value).trim().toLowerCase();

/** The sample's active projects (a repeated id: its first row), grouped by manager, worked out here from the sample's rows. */
function expectedByManager(): Map<string, string[]> {
  const { projects } = sample;
  const [id, manager, status] = ["Project ID", "Project Manager", "Status"].map((header) => column(projects, header));
  const seen = new Set<string>();
  const groups = new Map<string, string[]>();
  for (const row of projects.rows) {
    if (seen.has(key(row[id]))) continue;
    seen.add(key(row[id]));
    if (row[status] === "Closed" || row[status] === "Cancelled") continue;
    const name = typeof row[manager] === "string" && row[manager] !== "" ? String(row[manager]).trim() : "(no manager)";
    groups.set(name, [...(groups.get(name) ?? []), String(row[id])]);
  }
  return groups;
}

/** How many rows of a sample sheet belong to these projects (a repeated key: once). */
function rowsOf(table: SampleTable, projectIds: readonly string[], idHeader?: string): number {
  const projectColumn = column(table, "Project ID");
  const idColumn = idHeader ? column(table, idHeader) : -1;
  const wanted = new Set(projectIds.map(key));
  const keys = table.rows.filter((row) => wanted.has(key(row[projectColumn]))).map((row) => (idColumn >= 0 ? `${key(row[projectColumn])}|${key(row[idColumn])}` : `${row.join("|")}`));
  return idHeader ? new Set(keys).size : keys.length;
}

async function governedWorkbook(file: string) {
  const contents = await xlsxFileReader(file).read(() => true);
  const sheets = contents.sheetNames.map((name) => contents.sheets.get(name)!).filter(Boolean);
  return { file: path.basename(file), sheets: governedSheets(sheets), dateSystem: contents.dateSystem, all: contents.sheets };
}

async function readWithExcelJs(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

function dataRows(sheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row, number) => {
    if (number > 1 && row.values && (row.values as unknown[]).some((value) => value !== null && value !== undefined)) rows.push(row);
  });
  return rows;
}

describe("pmo returns make", () => {
  const folder = temporaryFolder();
  const register = path.join(folder, "register.xlsx");
  const out = path.join(folder, "returns");
  let made: { month: string; due: string; returns: { file: string; for: string; projects: string[] }[] };

  beforeAll(() => {
    expect(pmo("init", register, "--sample", "--projects", "40", "--seed", "7", "--month", MONTH).status).toBe(0);
    const run = pmo("returns", "make", register, "--out", out, "--month", MONTH, "--json");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    made = JSON.parse(run.stdout);
  });

  it("writes one return per manager holding exactly that manager's active projects", () => {
    const expected = expectedByManager();
    expect(made.due).toBe("2026-12-07");
    expect(new Map(made.returns.map((item) => [item.for, item.projects]))).toEqual(expected);
    expect(readdirSync(out).sort()).toEqual(made.returns.map((item) => path.basename(item.file)).sort());
    for (const item of made.returns) expect(path.basename(item.file)).toBe(`Return ${MONTH} - ${item.for.replace(/^\((.*)\)$/, "$1").replace(/^./, (first) => first.toUpperCase())}.xlsx`);
  });

  it("holds the projects' risks, milestones and Financials rows, with drop-downs, grey id columns and the Return sheet", async () => {
    let financialRows = 0;
    for (const item of made.returns.slice(0, 6)) {
      const workbook = await readWithExcelJs(item.file);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Return", "Projects", "Risks", "Milestones", "Financials"]);
      const projects = workbook.getWorksheet("Projects")!;
      expect(dataRows(projects).map((row) => row.getCell(1).value)).toEqual(item.projects);
      expect(dataRows(workbook.getWorksheet("Risks")!)).toHaveLength(rowsOf(sample.risks, item.projects, "Risk ID"));
      expect(dataRows(workbook.getWorksheet("Milestones")!)).toHaveLength(rowsOf(sample.milestones, item.projects, "Milestone ID"));
      const financials = workbook.getWorksheet("Financials")!;
      financialRows += dataRows(financials).length;
      expect(dataRows(financials).length).toBeLessThanOrEqual(rowsOf(sample.financials!, item.projects));
      for (const row of dataRows(workbook.getWorksheet("Risks")!)) expect(item.projects.map(key)).toContain(key(row.getCell(2).value));
      const status = column(sample.projects, "Status") + 1;
      const validations = (projects as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
      const statusValidation = Object.entries(validations).find(([address]) => address.startsWith(`${String.fromCharCode(64 + status)}2`));
      expect(statusValidation?.[1]).toMatchObject({ type: "list", formulae: ['"Active,On Hold,Closed,Cancelled"'] });
      expect(projects.getCell("A1").note).toBe(ID_COLUMN_NOTE);
      expect(projects.getCell("A2").fill).toMatchObject({ type: "pattern", fgColor: { argb: "FFD9D9D9" } });
      const risks = workbook.getWorksheet("Risks")!;
      expect([risks.getCell("A1").note, risks.getCell("B1").note, risks.getCell("C1").note]).toEqual([ID_COLUMN_NOTE, ID_COLUMN_NOTE, undefined]);
      expect([1, 2, 3, 4].map((index) => financials.getCell(1, index).note)).toEqual([ID_COLUMN_NOTE, ID_COLUMN_NOTE, ID_COLUMN_NOTE, undefined]);
      const info = new Map<string, unknown>();
      workbook.getWorksheet("Return")!.eachRow((row) => info.set(String(row.getCell(1).value ?? ""), row.getCell(2).value));
      expect(info.get("Month")).toBe(MONTH);
      expect(info.get("For")).toBe(item.for);
      expect(info.get("Projects")).toBe(item.projects.join(", "));
      expect(info.get("Due")).toEqual(new Date("2026-12-07T00:00:00Z"));
      expect(info.get("Submitted")).toBeNull();
      expect(info.get("Submitted By")).toBeNull();
      expect(String(info.get("Instructions"))).toMatch(/blank cell means no change/);
    }
    expect(financialRows).toBeGreaterThan(0);
  });

  it("collects back unchanged: no changes but lastUpdated, every active project in exactly one return, refused only for the register's own errors", async () => {
    const registerBook = await governedWorkbook(register);
    const returns: ProjectReturnInput[] = [];
    for (const item of made.returns) {
      const book = await governedWorkbook(item.file);
      const answers = readReturnSheet(book.all.get("Return")!.rows, book.dateSystem);
      // The month it was made for (its first row); Submitted and Submitted By are left for the PM.
      expect(answers).toEqual({ month: { month: MONTH, row: 0 } });
      returns.push({ file: book.file, sheets: book.sheets, dateSystem: book.dateSystem, date: 20_000 });
    }
    const result = collectReturns({ file: "register.xlsx", sheets: registerBook.sheets, dateSystem: registerBook.dateSystem }, returns, { month: monthFromText(MONTH)! });
    expect(result.changes.filter((change) => change.field !== "lastUpdated")).toEqual([]);
    expect(result.missing).toEqual([]);
    const outcomes = [...result.applied, ...result.refused].map((outcome) => outcome.projectId!);
    expect(outcomes.sort()).toEqual([...expectedByManager().values()].flat().sort());
    // The sample plants governance errors: a project whose register rows have one has it in its
    // return too, and is refused for it (and for nothing else) until the PM puts it right.
    const registerErrors = checkReturn(registerBook, { asOf: lastDayOfMonth(monthFromText(MONTH)!), rules: DEFAULT_RULES }).findings.filter((item) => item.severity === "error");
    const projectsWithErrors = new Set(registerErrors.map((item) => key(item.projectId)));
    expect(result.applied.length).toBeGreaterThan(result.refused.length);
    for (const outcome of result.refused) {
      expect(outcome.reasons.map((reason) => reason.code)).toEqual(["errors"]);
      expect(projectsWithErrors).toContain(key(outcome.projectId));
    }
    for (const item of result.findings.filter((found) => found.severity === "error")) {
      expect(registerErrors.map((found) => `${found.rule} ${found.message}`)).toContain(`${item.rule} ${item.message}`);
    }
  });

  it("makes one return per project with --by project", () => {
    const byProject = path.join(folder, "by-project");
    const run = pmo("returns", "make", register, "--out", byProject, "--month", MONTH, "--by", "project", "--due", "2026-12-04");
    expect(run.status).toBe(0);
    const ids = [...expectedByManager().values()].flat();
    expect(run.stdout).toContain(`Wrote ${ids.length} returns to ${byProject} (${MONTH}, due 2026-12-04):`);
    // The first 20 are listed, one per line; the rest are counted.
    expect(run.stdout.split("\n").filter((line) => line.startsWith("  Return "))).toHaveLength(20);
    expect(run.stdout).toContain(`  ... and ${ids.length - 20} more (every one in --json)`);
    expect(readdirSync(byProject).sort()).toEqual(ids.map((id) => `Return ${MONTH} - ${id}.xlsx`).sort());
  });

  it("reads a register's own headers, with --map for one the matcher does not know", async () => {
    const own = path.join(folder, "own.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Projects").addRows([["Proj ID", "Project Title", "Delivery Lead", "Status"], ["A-1", "Alpha", "Kim Lee", "Active"], ["A-2", "Beta", "Kim Lee", "Closed"], ["A-3", "Gamma", null, ""]]);
    await workbook.xlsx.writeFile(own);
    const run = pmo("returns", "make", own, "--out", path.join(folder, "own"), "--month", MONTH, "--map", "manager=Delivery Lead", "--json");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).returns.map((item: { file: string; for: string; projects: string[] }) => [path.basename(item.file), item.for, item.projects])).toEqual([
      [`Return ${MONTH} - Kim Lee.xlsx`, "Kim Lee", ["A-1"]],
      [`Return ${MONTH} - No manager.xlsx`, "(no manager)", ["A-3"]],
    ]);
    const made = await readWithExcelJs(path.join(folder, "own", `Return ${MONTH} - Kim Lee.xlsx`));
    expect(made.worksheets.map((sheet) => sheet.name)).toEqual(["Return", "Projects", "Risks", "Milestones"]);
    expect(made.getWorksheet("Projects")!.getRow(2).getCell(7).value).toBe("Kim Lee");
  });

  it("refuses bad input with exit 2 and one line, and never replaces a return unless --force", async () => {
    const file = made.returns[0].file;
    const before = statSync(file).mtimeMs;
    const again = pmo("returns", "make", register, "--out", out, "--month", MONTH);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already exist.*--force/);
    expect(statSync(file).mtimeMs).toBe(before);
    expect(pmo("returns", "make", register, "--out", out, "--month", MONTH, "--force").status).toBe(0);
    const notAFolder = path.join(folder, "file.txt");
    writeFileSync(notAFolder, "x");
    const allClosed = path.join(folder, "closed.xlsx");
    const noProjects = path.join(folder, "no-projects.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Projects").addRows([["Project ID", "Project Name", "Status"], ["C-1", "Done", "Closed"], ["C-2", "Stopped", "Cancelled"]]);
    await workbook.xlsx.writeFile(allClosed);
    const notes = new ExcelJS.Workbook();
    notes.addWorksheet("Notes").addRows([["Meeting notes"], ["nothing here"]]);
    await notes.xlsx.writeFile(noProjects);
    for (const args of [
      ["returns", "make", path.join(folder, "missing.xlsx"), "--out", out],
      ["returns", "make", register, "--out", out, "--by", "programme"],
      ["returns", "make", register],
      ["returns", "make", register, "--out", notAFolder],
      ["returns", "make", register, "--out", path.join(notAFolder, "returns")],
      ["returns", "make", allClosed, "--out", path.join(folder, "none")],
      ["returns", "make", noProjects, "--out", path.join(folder, "none")],
      ["returns", "make", register, "--out", out, "--map", "nosuchfield=X"],
      ["returns", "make", register, "--out", out, "--due", "next week"],
      ["returns", "make", register, "--out", out, "--month", "November"],
      ["returns", "send", register],
      ["returns"],
    ]) {
      const run = pmo(...args);
      expect({ args, status: run.status }).toEqual({ args, status: 2 });
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(/^pmo: /);
    }
    expect(existsSync(path.join(folder, "missing.xlsx"))).toBe(false);
    expect(existsSync(path.join(folder, "none"))).toBe(false);
    expect(pmo("returns", "make", allClosed, "--out", path.join(folder, "none")).stderr).toMatch(/no active projects/);
  });
});
