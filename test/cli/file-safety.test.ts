/**
 * The user's files are safe from pmo report, whatever the paths look like: the input is compared
 * with the output as a file (links followed), an output that is a folder is refused before any
 * work, and a sheet pmo writes itself is never read as the register. Each refusal is one line and
 * exit 2, and leaves every file as it was.
 */
import { createHash } from "node:crypto";
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { pmo, temporaryFolder } from "./run-pmo";

const digest = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

const folder = temporaryFolder();
const victim = path.join(folder, "victim.xlsx");

beforeAll(() => {
  expect(pmo("init", victim, "--sample", "--projects", "20", "--month", "2026-11").status).toBe(0);
});

function expectRefused(args: string[], message: RegExp, files: string[]): void {
  const before = files.map(digest);
  const run = pmo(...args);
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(message);
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(files.map(digest)).toEqual(before);
}

test("an input that is a link to the output is the output: refused without --in-place", () => {
  const link = path.join(folder, "link.xlsx");
  symlinkSync(victim, link);
  expectRefused(["report", link, "--month", "2026-11", "--out", victim], /is the input workbook itself; add --in-place/, [victim]);
});

test("an output reached through a linked folder, or a hard link, is the input too", () => {
  const linkedFolder = path.join(folder, "linked");
  symlinkSync(folder, linkedFolder);
  expectRefused(["report", victim, "--month", "2026-11", "--out", path.join(linkedFolder, "victim.xlsx")], /is the input workbook itself/, [victim]);
  const hardLink = path.join(folder, "hard.xlsx");
  linkSync(victim, hardLink);
  expectRefused(["report", victim, "--month", "2026-11", "--out", hardLink], /is the input workbook itself/, [victim]);
});

test("an output that is a folder is refused before any work", () => {
  const outFolder = path.join(folder, "out.xlsx");
  mkdirSync(outFolder);
  expectRefused(["report", victim, "--month", "2026-11", "--out", outFolder], /is a folder; give the name of the \.xlsx file/, [victim]);
  expect(readdirSync(outFolder)).toEqual([]);
});

test("PMO Config naming a sheet pmo writes as the register is refused, with --in-place too", async () => {
  const configured = path.join(folder, "configured.xlsx");
  copyFileSync(victim, configured);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(configured);
  workbook.getWorksheet("PMO Config")!.addRow(["sheet.projects", "PMO History"]);
  await workbook.xlsx.writeFile(configured);
  expectRefused(["report", configured, "--month", "2026-11", "--in-place"], /sheet\.projects names "PMO History", a sheet pmo writes itself/, [configured]);
  expectRefused(["check", configured, "--month", "2026-11"], /sheet\.projects names "PMO History"/, [configured]);
});
