/**
 * `pmo returns collect PORTFOLIO RETURN... [--month YYYY-MM] [--out FILE] [--dry-run] [--json]
 * [--map field=Header ...]` (SPEC 10): checks each return, applies per project what may be
 * applied to the register's own cells (package level: values only, everything else kept byte for
 * byte), and adds the collection's rows to PMO Returns and PMO Changes. A RETURN may be a folder
 * (its .xlsx files). The register is updated in place unless --out names a copy; either way
 * atomically. The returns are only read. Exit 1 when a project was refused.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { PmoInputError } from "../../engine/errors";
import { counted } from "../../engine/words";
import { collectReturns, ProjectReturnInput } from "../../engine/returns";
import { localDay, monthOfDay } from "../../engine/values";
import { collectionWrites, readRegisterForReturns, readReturnWorkbook, unreadableReturn } from "../../workbook/returns-routine";
import { editCells, spliceSheets, writePackageFile } from "../../workbook/xlsx/package";
import { nodeDeflateRaw, nodeInflateRaw } from "../../workbook/xlsx/node-zlib";
import { xlsxFileReader } from "../../workbook/xlsx/xlsx-reader";
import { flagValue, hasFlag, ParsedArgs } from "../args";
import { isSameFile, requireOutputFolder, requireWorkbookFile } from "../files";
import { parseMappingFlags } from "../mapping";
import { reportingMonth } from "../month";
import { terminal } from "../terminal";
import { collectSummaryLines } from "./returns-collect-summary";

export const RETURNS_COLLECT_FLAGS = {
  month: { takesValue: true },
  out: { takesValue: true },
  "dry-run": { takesValue: false },
  json: { takesValue: false },
  map: { takesValue: true, repeatable: true },
} as const;

export const EXIT_REFUSED = 1;

/** Excel's lock files (`~$Return.xlsx`) and hidden files are not returns. */
const isReturnFileName = (name: string) => /\.xlsx$/i.test(name) && !name.startsWith("~$") && !name.startsWith(".");

/** The return files the arguments name: files as given, folders as their .xlsx files by name; the register itself never. */
export function returnFiles(given: readonly string[], register: string): string[] {
  if (given.length === 0) throw new PmoInputError("pmo returns collect needs the returns after the register: files, or a folder of them (see pmo --help)");
  const files: string[] = [];
  for (const item of given) {
    let folder = false;
    try {
      folder = statSync(item).isDirectory();
    } catch {
      throw new PmoInputError(`Return not found: ${item}`);
    }
    if (!folder) {
      requireWorkbookFile(item);
      files.push(item);
      continue;
    }
    const inFolder = readdirSync(item)
      .filter(isReturnFileName)
      .sort((a, b) => a.localeCompare(b, "en"))
      .map((name) => path.join(item, name))
      .filter((file) => statSync(file).isFile() && !isSameFile(file, register));
    if (inFolder.length === 0) throw new PmoInputError(`The folder ${item} holds no .xlsx returns`);
    files.push(...inFolder);
  }
  const unique = files.filter((file, index) => files.findIndex((other) => isSameFile(other, file)) === index);
  const itself = unique.find((file) => isSameFile(file, register));
  if (itself !== undefined) throw new PmoInputError(`${itself} is the register itself; give the returns after it`);
  return unique;
}

/** Where the register goes: --out (a new .xlsx, not a return), else the register itself. */
function outputPath(register: string, out: string | undefined, returns: readonly string[]): string {
  if (out === undefined) return register;
  if (!/\.xlsx$/i.test(out)) throw new PmoInputError(`--out ${out}: the output must be an .xlsx file`);
  if (returns.some((file) => path.resolve(file) === path.resolve(out) || isSameFile(file, out))) throw new PmoInputError(`--out ${out} is one of the returns; returns are never written`);
  requireOutputFolder(out);
  return out;
}

/** The calendar day a file was last saved, as the user's clock shows it: the date of a return that gives none. */
function modifiedDay(file: string): number {
  return localDay(statSync(file).mtime)!;
}

/**
 * The month to collect for when --month is not given: the one every return's Return sheet names
 * (November's returns are collected in early December), else this month, as for the other commands.
 */
export function monthOfReturns(returns: readonly ProjectReturnInput[]): string | undefined {
  const months = new Set(returns.flatMap((input) => (input.madeFor ? [input.madeFor.month] : [])));
  return months.size === 1 ? [...months][0] : undefined;
}

/** A return as the engine takes it; a file that cannot be read is a return refused as unreadable, not the end of the run. */
async function readReturn(file: string): Promise<ProjectReturnInput> {
  const name = path.basename(file);
  const date = modifiedDay(file);
  try {
    return await readReturnWorkbook(xlsxFileReader(file), name, date);
  } catch (error) {
    if (!(error instanceof PmoInputError)) throw error;
    return unreadableReturn(name, date, error.message);
  }
}

export async function runReturnsCollect(args: ParsedArgs): Promise<number> {
  const [register, ...given] = args.positionals;
  if (register === undefined) throw new PmoInputError("pmo returns collect needs the register (PORTFOLIO) and the returns; see pmo --help");
  requireWorkbookFile(register);
  const json = hasFlag(args, "json");
  const dryRun = hasFlag(args, "dry-run");
  // Checked before anything is read; without --month the returns' own month is used (below).
  const monthGiven = flagValue(args, "month");
  if (monthGiven !== undefined) reportingMonth(monthGiven);
  const files = returnFiles(given, register);
  const output = outputPath(register, flagValue(args, "out"), files);
  const screen = terminal({ quiet: json });

  screen.progress(`Reading ${register} ...`);
  const reader = xlsxFileReader(register);
  const { register: registerSheets, rules, logs } = await readRegisterForReturns(reader, path.basename(register), parseMappingFlags(args.flags.get("map") ?? []));
  const returns: ProjectReturnInput[] = [];
  for (const [index, file] of files.entries()) {
    screen.progress(`Reading return ${index + 1} of ${files.length}: ${path.basename(file)} ...`);
    returns.push(await readReturn(file));
  }
  screen.progress(`Checking ${counted(files.length, "return")} against the register ...`);
  const { asOf } = reportingMonth(monthGiven ?? monthOfReturns(returns));
  const result = collectReturns(registerSheets, returns, { month: monthOfDay(asOf), rules });

  if (!dryRun) {
    screen.progress(`Writing ${output} ...`);
    const { edits, plans } = collectionWrites(result, logs);
    const source = path.basename(register);
    const edited = editCells(await reader.bytes(), edits, { source, deflateRaw: nodeDeflateRaw, inflateWhole: nodeInflateRaw });
    await writePackageFile(output, spliceSheets(edited, plans, nodeDeflateRaw));
  }
  screen.done();
  if (json) screen.out(JSON.stringify(result, null, 2));
  else for (const line of collectSummaryLines(result, { register, output, dryRun, returns: files.length })) screen.out(line);
  return result.refused.length > 0 ? EXIT_REFUSED : 0;
}
