/**
 * `pmo returns make PORTFOLIO --out FOLDER [--by manager|project] [--month YYYY-MM] [--due
 * YYYY-MM-DD] [--force] [--json] [--map field=Header ...]` (SPEC 10): one return workbook per manager (or per project) of
 * the register's active projects, into FOLDER (created if missing). No return file is replaced
 * unless --force; each is written atomically. The due date defaults to the fifth working day of
 * the month after --month.
 */
import { existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { PmoInputError } from "../../engine/errors";
import { counted } from "../../engine/words";
import { defaultDueDate, planReturns, PlannedReturn, returnFileName, RETURNS_BY, ReturnsBy } from "../../engine/returns";
import { workbookRows } from "../../engine/returns/workbook-rows";
import { ColumnMapping } from "../../engine/config";
import { dayFromText } from "../../engine/values";
import { readRegisterForReturns } from "../../workbook/returns-routine";
import { xlsxFileReader } from "../../workbook/xlsx/xlsx-reader";
import { fileArgument, flagValue, hasFlag, ParsedArgs } from "../args";
import { requireWorkbookFile } from "../files";
import { parseMappingFlags } from "../mapping";
import { reportingMonth } from "../month";
import { terminal } from "../terminal";

export const RETURNS_MAKE_FLAGS = {
  out: { takesValue: true },
  by: { takesValue: true },
  month: { takesValue: true },
  due: { takesValue: true },
  force: { takesValue: false },
  json: { takesValue: false },
  map: { takesValue: true, repeatable: true },
} as const;

/** Returns listed one per line; a larger mailing is counted (--json lists every one). */
const LISTED_RETURNS = 20;

function byFlag(args: ParsedArgs): ReturnsBy {
  const by = (flagValue(args, "by") ?? "manager").toLowerCase();
  if (!(RETURNS_BY as readonly string[]).includes(by)) throw new PmoInputError(`--by must be manager or project, not "${flagValue(args, "by")}"`);
  return by as ReturnsBy;
}

function dueFlag(args: ParsedArgs, month: string): string {
  const due = flagValue(args, "due");
  if (due === undefined) return defaultDueDate(month);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(due) || dayFromText(due) === undefined) throw new PmoInputError(`--due must be a date as YYYY-MM-DD, such as 2026-12-07, not "${due}"`);
  return due;
}

/** The folder the returns go into, created when missing. */
function outputFolder(args: ParsedArgs): string {
  const folder = flagValue(args, "out");
  if (folder === undefined) throw new PmoInputError("pmo returns make needs --out FOLDER: the folder the return workbooks go into");
  if (existsSync(folder) && !statSync(folder).isDirectory()) throw new PmoInputError(`--out ${folder} is a file; give the folder the returns go into`);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new PmoInputError(`The folder ${folder} cannot be created (${(error as NodeJS.ErrnoException).code ?? "error"}); give another --out`);
  }
  return folder;
}

/** The register's Projects, Risks, Milestones and Financials rows, found as collecting finds them. */
async function registerRows(file: string, given: ColumnMapping) {
  const { register } = await readRegisterForReturns(xlsxFileReader(file), file, given);
  return workbookRows({ ...register, file: path.basename(file) });
}

/** Each return's file name; two returns whose names come out the same get (2), (3) ... */
function fileNames(month: string, returns: readonly PlannedReturn[]): string[] {
  const used = new Map<string, number>();
  return returns.map((planned) => {
    const name = returnFileName(month, planned.for);
    const count = (used.get(name.toLowerCase()) ?? 0) + 1;
    used.set(name.toLowerCase(), count);
    return count === 1 ? name : name.replace(/\.xlsx$/, ` (${count}).xlsx`);
  });
}

export async function runReturnsMake(args: ParsedArgs): Promise<number> {
  const file = fileArgument(args);
  const json = hasFlag(args, "json");
  const by = byFlag(args);
  const { month } = reportingMonth(flagValue(args, "month"));
  const due = dueFlag(args, month);
  requireWorkbookFile(file);
  const screen = terminal({ quiet: json });
  screen.progress(`Reading ${file} ...`);
  const returns = planReturns(await registerRows(file, parseMappingFlags(args.flags.get("map") ?? [])), by);
  if (returns.length === 0) throw new PmoInputError(`${file} has no active projects (Closed and Cancelled projects get no return)`);
  const folder = outputFolder(args);
  const targets = fileNames(month, returns).map((name) => path.join(folder, name));
  const existing = targets.filter((target) => existsSync(target));
  if (existing.length > 0 && !hasFlag(args, "force")) {
    screen.done();
    throw new PmoInputError(`${existing.length} return file${existing.length === 1 ? "" : "s"} already exist${existing.length === 1 ? "s" : ""} (${existing[0]}${existing.length > 1 ? " ..." : ""}); nothing was written; add --force to replace them`);
  }
  // ExcelJS takes half a second to load: only this command pays for it.
  const { writeReturnWorkbook } = await import("../../workbook/xlsx/return-workbook");
  for (const [index, planned] of returns.entries()) {
    screen.progress(`Writing return ${index + 1} of ${returns.length}: ${path.basename(targets[index])} ...`);
    await writeReturnWorkbook(targets[index], planned, { month, for: planned.for, projectIds: planned.projectIds, due });
  }
  screen.done();
  if (json) {
    screen.out(JSON.stringify({ month, due, returns: returns.map((planned, index) => ({ file: targets[index], for: planned.for, projects: planned.projectIds })) }, null, 2));
    return 0;
  }
  screen.out(`Wrote ${counted(returns.length, "return")} to ${folder} (${month}, due ${due}):`);
  for (const [index, planned] of returns.slice(0, LISTED_RETURNS).entries()) {
    const ids = planned.projectIds;
    screen.out(`  ${path.basename(targets[index])}: ${counted(ids.length, "project")} (${ids.join(", ")})`);
  }
  if (returns.length > LISTED_RETURNS) screen.out(`  ... and ${returns.length - LISTED_RETURNS} more (every one in --json)`);
  return 0;
}
