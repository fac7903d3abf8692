/**
 * `pmo init FILE [--sample] [--projects N] [--seed S] [--month YYYY-MM] [--no-financials] [--force]`:
 * a new governed workbook, empty or with the sample portfolio (with its Financials sheet unless
 * told not to). Never overwrites a file unless told to.
 */
import { existsSync } from "node:fs";
import { PmoInputError } from "../../engine/errors";
import { generateSamplePortfolio, MAX_SAMPLE_PROJECTS } from "../../sample";
import { fileArgument, flagValue, hasFlag, integerFlag, ParsedArgs } from "../args";
import { requireOutputFolder } from "../files";
import { reportingMonth } from "../month";
import { terminal } from "../terminal";

export const INIT_FLAGS = {
  sample: { takesValue: false },
  projects: { takesValue: true },
  seed: { takesValue: true },
  month: { takesValue: true },
  force: { takesValue: false },
  "no-financials": { takesValue: false },
} as const;

export const DEFAULT_SAMPLE_PROJECTS = 500;

export async function runInit(args: ParsedArgs): Promise<number> {
  const file = fileArgument(args);
  if (!/\.xlsx$/i.test(file)) throw new PmoInputError(`${file}: the workbook name must end in .xlsx`);
  const sample = hasFlag(args, "sample");
  const projects = integerFlag(args, "projects", { min: 1, max: MAX_SAMPLE_PROJECTS });
  const seed = integerFlag(args, "seed", { min: 0, max: 2 ** 31 - 1 });
  const { month } = reportingMonth(flagValue(args, "month"));
  const financials = !hasFlag(args, "no-financials");
  if (!sample && (projects !== undefined || seed !== undefined || !financials)) throw new PmoInputError("--projects, --seed and --no-financials go with --sample");
  requireOutputFolder(file);
  if (existsSync(file) && !hasFlag(args, "force")) throw new PmoInputError(`${file} already exists; choose another name or add --force to replace it`);
  const screen = terminal({ quiet: false });
  screen.progress(sample ? `Generating a sample portfolio of ${projects ?? DEFAULT_SAMPLE_PROJECTS} projects ...` : "Creating the workbook ...");
  const content = sample ? generateSamplePortfolio({ projects: projects ?? DEFAULT_SAMPLE_PROJECTS, seed: seed ?? 1, month, financials }) : undefined;
  screen.progress(`Writing ${file} ...`);
  // Loaded here, not at the top: ExcelJS (which only init writes with) takes half a second to
  // load, which every other command would pay for nothing.
  const { writeNewWorkbook } = await import("../../workbook/xlsx/new-workbook");
  await writeNewWorkbook(file, content);
  screen.done();
  const phasing = content?.financials ? `, ${content.financials.rows.length} Financials rows` : "";
  const what = content
    ? `a sample portfolio of ${content.projects.rows.length} projects, ${content.risks.rows.length} risks, ${content.milestones.rows.length} milestones${phasing} (as of ${month})`
    : "empty Projects, Risks, Milestones and Financials tables";
  screen.out(`Created ${file} with ${what}.`);
  return 0;
}
