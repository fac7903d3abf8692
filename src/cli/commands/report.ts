/**
 * `pmo report FILE [--month YYYY-MM] [--by FIELD] [--out FILE] [--json] [--map field=Header ...]
 * [--in-place]` (SPEC 6, 7): writes the month's summary sheet and PMO History into a copy of the
 * workbook (beside it unless --out), atomically, keeping every other part of it as it was.
 */
import path from "node:path";
import { PmoInputError } from "../../engine/errors";
import { SHEET_KINDS } from "../../engine/schema/fields";
import { monthlySummary, MonthlySummaryOptions } from "../../layout/monthly-summary";
import { loadPortfolio, LoadOptions, readingLines } from "../../workbook/load-portfolio";
import { writeSheetsToCopy } from "../../workbook/xlsx/write-sheets";
import { xlsxFileReader } from "../../workbook/xlsx/xlsx-reader";
import { fileArgument, flagValue, hasFlag, ParsedArgs } from "../args";
import { collectGarbage } from "../garbage";
import { isSameFile, requireOutputFolder, requireWorkbookFile } from "../files";
import { parseMappingFlags } from "../mapping";
import { reportingMonth } from "../month";
import { Terminal, terminal } from "../terminal";
import { summaryLines } from "./report-summary";

export const REPORT_FLAGS = {
  month: { takesValue: true },
  by: { takesValue: true },
  out: { takesValue: true },
  json: { takesValue: false },
  map: { takesValue: true, repeatable: true },
  "in-place": { takesValue: false },
} as const;

/** Where the report goes: --out, the input itself with --in-place, else a copy beside the input. */
export function reportOutputPath(input: string, month: string, out: string | undefined, inPlace: boolean): string {
  if (inPlace && out !== undefined) throw new PmoInputError("--in-place and --out cannot go together");
  if (inPlace) return input;
  if (out === undefined) {
    const parsed = path.parse(input);
    const beside = path.join(parsed.dir, `${parsed.name}-PMO-${month}${parsed.ext}`);
    if (isSameFile(beside, input)) throw new PmoInputError(`${beside} is a link to the input workbook itself; give --out another file, or use --in-place`);
    return beside;
  }
  if (!/\.xlsx$/i.test(out)) throw new PmoInputError(`--out ${out}: the output must be an .xlsx file`);
  if (path.resolve(out) === path.resolve(input) || isSameFile(out, input)) {
    throw new PmoInputError(`--out is the input workbook itself; add --in-place to update it, or choose another name`);
  }
  return out;
}

/**
 * The month's summary of the workbook, and what the run says of where it came from. The loaded
 * portfolio stays in here: on a 50,000-project register it is most of the memory, and writing the
 * sheets needs none of it, so it is garbage before the writing starts.
 */
async function summarise(file: string, load: LoadOptions, options: Omit<MonthlySummaryOptions, "now">, screen: Terminal) {
  screen.progress(`Reading ${file} ...`);
  const reader = xlsxFileReader(file);
  const loaded = await loadPortfolio(reader, load);
  collectGarbage();
  screen.progress(`Computing the ${options.month} summary for ${loaded.portfolio.projects.length} projects ...`);
  const summary = monthlySummary(loaded, { ...options, now: new Date().toISOString(), reportBuilt: collectGarbage });
  const sources = SHEET_KINDS.map((kind) => loaded.sources[kind]).filter(Boolean).join(", ");
  return { summary, sources, readingNotes: readingLines(loaded), inputBytes: await reader.bytes() };
}

export async function runReport(args: ParsedArgs): Promise<number> {
  const file = fileArgument(args);
  const json = hasFlag(args, "json");
  const { month, asOf } = reportingMonth(flagValue(args, "month"));
  const mappingFlags = args.flags.get("map") ?? [];
  const mapping = parseMappingFlags(mappingFlags);
  const output = reportOutputPath(file, month, flagValue(args, "out"), hasFlag(args, "in-place"));
  requireWorkbookFile(file);
  requireOutputFolder(output);
  const screen = terminal({ quiet: json });
  const options = { month, by: flagValue(args, "by"), mappingGiven: mappingFlags.length > 0 };
  const { summary, sources, readingNotes, inputBytes } = await summarise(file, { asOf, mapping, registerRead: collectGarbage }, options, screen);
  collectGarbage();
  screen.progress(`Writing ${output} ...`);
  await writeSheetsToCopy(file, output, summary.plans, inputBytes);
  screen.done();
  if (json) {
    screen.out(JSON.stringify(summary.report.json, null, 2));
    return 0;
  }
  for (const line of readingNotes) screen.out(line);
  screen.out(`Wrote ${summary.plans.map((plan) => `"${plan.name}"`).join(", ")} to ${output} (from ${sources}).`);
  for (const line of summaryLines(summary.report, summary.groupLabel)) screen.out(line);
  return 0;
}
