/**
 * `pmo check` and `pmo report` on RAID logs (SPEC 2, 7), as a user runs them: workbooks written
 * by ExcelJS from the registers of test/helpers/raid-workbooks.ts, month pinned to 2026-11.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { SheetData } from "../../src/engine/sheet";
import { COMBINED_RAID_EXPECTED, COMBINED_RAID_LOG, RAID_MONTH, SEPARATE_RAID_EXPECTED, SEPARATE_RAID_SHEETS, writeRaidWorkbook } from "../helpers/raid-workbooks";
import { pmo, temporaryFolder } from "./run-pmo";

const folder = temporaryFolder();
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function workbook(name: string, sheets: readonly SheetData[]): Promise<string> {
  const file = path.join(folder, `${name}.xlsx`);
  await writeRaidWorkbook(sheets, file);
  return file;
}

function reportJson(file: string, ...flags: string[]) {
  const run = pmo("report", file, "--month", RAID_MONTH, "--json", "--out", file.replace(/\.xlsx$/, "-out.xlsx"), ...flags);
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
  return JSON.parse(run.stdout) as { raid: unknown };
}

const projects: SheetData = SEPARATE_RAID_SHEETS[0];
const sheet = (name: string, rows: unknown[][]): SheetData => ({ name, rows, firstRow: 1, firstColumn: 1 });

describe("pmo check on a combined RAID log", () => {
  it("prints one line per finding, naming the real sheet and cell, and exits 1", async () => {
    const run = pmo("check", await workbook("combined", COMBINED_RAID_LOG), "--month", RAID_MONTH);
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split("\n");
    // Four findings (E6 issue-without-owner, B13 invalid-value, Milestones missing, J10 dependency-late), a blank line, the count.
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^Raid Log!E6\s+error\s+issue-without-owner\s+Open Critical issue I-1 has no owner; give it one who will resolve it\.$/);
    expect(lines[3]).toMatch(/^Raid Log!J10\s+warning\s+dependency-late\s+Dependency D-1 was needed by 2026-11-20, before the as-of date 2026-11-30, and is still Open\.$/);
    expect(lines[5]).toBe("4 findings: 2 errors, 2 warnings (as of 2026-11-30, 2 projects).");
  });
});

describe("pmo report --json", () => {
  it("carries the RAID counts of separate registers", async () => {
    expect(reportJson(await workbook("separate", SEPARATE_RAID_SHEETS)).raid).toEqual(SEPARATE_RAID_EXPECTED);
  });

  it("carries the RAID counts of a combined RAID log", async () => {
    expect(reportJson(await workbook("combined-report", COMBINED_RAID_LOG)).raid).toEqual(COMBINED_RAID_EXPECTED);
  });

  it("gives null counts for the registers a workbook does not keep", async () => {
    expect(reportJson(await workbook("projects-only", [projects])).raid).toEqual({ issues: { open: null, overdue: null, high: null }, dependencies: { open: null, late: null }, assumptions: { open: null } });
  });

  it("reads an issue column through --map issues.field=Header, and a sheet named in PMO Config", async () => {
    // One open High issue of P-1 due 2026-11-01, on a sheet whose name and date header pmo does not know.
    const points = sheet("Open Points", [["Issue ID", "Project ID", "Priority", "Fix By"], ["I-1", "P-1", "High", "2026-11-01"]]);
    const config = sheet("PMO Config", [["Key", "Value"], ["sheet.issues", "Open Points"]]);
    const file = await workbook("mapped", [projects, points, config]);
    // Without the mapping the due date is not read: open 1, overdue 0, high 1.
    expect(reportJson(file).raid).toMatchObject({ issues: { open: 1, overdue: 0, high: 1 } });
    // With it, due 2026-11-01 is before 2026-11-30: overdue 1.
    expect(reportJson(file, "--map", "issues.due=Fix By").raid).toMatchObject({ issues: { open: 1, overdue: 1, high: 1 } });
  });

  it("refuses a field issues does not have, naming the kinds that --map takes", async () => {
    const run = pmo("report", await workbook("bad-map", SEPARATE_RAID_SHEETS), "--month", RAID_MONTH, "--map", "issues.budget=Cost");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--map issues.budget: no such field");
    expect(run.stderr).toContain("issues, assumptions, dependencies");
  });
});

describe("pmo report", () => {
  it("prints a RAID line in its terminal summary", async () => {
    const file = await workbook("separate-text", SEPARATE_RAID_SHEETS);
    const run = pmo("report", file, "--month", RAID_MONTH, "--out", path.join(folder, "separate-text-out.xlsx"));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("RAID: issues 4 open (2 overdue, 3 High or Critical); dependencies 3 open (1 late); assumptions 2 open");
  });
});
