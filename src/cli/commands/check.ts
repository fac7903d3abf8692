/**
 * `pmo check FILE [--json] [--month YYYY-MM] [--map field=Header ...]`: the governance findings
 * (SPEC 5, 7). Exit 1 when any is an error.
 */
import { countFindings, Finding } from "../../engine/findings";
import { isoFromDay } from "../../engine/values";
import { loadPortfolio, readingLines } from "../../workbook/load-portfolio";
import { xlsxFileReader } from "../../workbook/xlsx/xlsx-reader";
import { fileArgument, flagValue, hasFlag, ParsedArgs } from "../args";
import { requireWorkbookFile } from "../files";
import { parseMappingFlags } from "../mapping";
import { collectGarbage } from "../garbage";
import { checkDate } from "../month";
import { terminal } from "../terminal";

export const CHECK_FLAGS = {
  json: { takesValue: false },
  month: { takesValue: true },
  map: { takesValue: true, repeatable: true },
} as const;

/** One line per finding, whatever line breaks the user's text put in its message. */
function findingLine(item: Finding): string {
  return `${`${item.sheet}!${item.cell}`.padEnd(18)} ${item.severity.padEnd(7)} ${item.rule.padEnd(26)} ${item.message.replace(/\s*[\r\n]+\s*/g, " ")}`;
}

export async function runCheck(args: ParsedArgs): Promise<number> {
  const file = fileArgument(args);
  const json = hasFlag(args, "json");
  const asOf = checkDate(flagValue(args, "month"));
  const mapping = parseMappingFlags(args.flags.get("map") ?? []);
  requireWorkbookFile(file);
  const screen = terminal({ quiet: json });
  screen.progress(`Reading ${file} ...`);
  const loaded = await loadPortfolio(xlsxFileReader(file), { asOf, mapping, registerRead: collectGarbage });
  screen.done();
  const counts = countFindings(loaded.findings);
  if (!json) for (const line of readingLines(loaded)) screen.out(line);
  if (json) {
    const findings = loaded.findings.map(({ rule, severity, sheet, cell, message }) => ({ rule, severity, sheet, cell, message }));
    screen.out(JSON.stringify({ findings }, null, 2));
  } else if (loaded.findings.length === 0) {
    screen.out(`No governance findings in ${file} (as of ${isoFromDay(asOf)}, ${loaded.portfolio.projects.length} projects).`);
  } else {
    for (const item of loaded.findings) screen.out(findingLine(item));
    screen.out(`\n${loaded.findings.length} findings: ${counts.errors} errors, ${counts.warnings} warnings (as of ${isoFromDay(asOf)}, ${loaded.portfolio.projects.length} projects).`);
  }
  return counts.errors > 0 ? 1 : 0;
}
