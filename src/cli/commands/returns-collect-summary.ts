/**
 * What `pmo returns collect` says when done (not with --json): what was applied, what was refused
 * and why, the returns' findings with file and cell, and the chasing list.
 */
import { ReturnsResult } from "../../engine/returns";
import { counted } from "../../engine/words";


/** Findings listed one per line up to this many; the rest are counted (all of them are in --json). */
const LISTED_FINDINGS = 50;

export interface CollectSummaryContext {
  register: string;
  output: string;
  dryRun: boolean;
  returns: number;
}

export function collectSummaryLines(result: ReturnsResult, context: CollectSummaryContext): string[] {
  const lines: string[] = [];
  const cells = result.changes.length;
  const where = context.dryRun ? "nothing written (--dry-run)" : context.output === context.register ? `${context.register} updated` : `written to ${context.output}`;
  lines.push(`Collected ${counted(context.returns, "return")} for ${result.month}: ${counted(result.applied.length, "project")} applied (${counted(cells, "cell")} changed), ${result.refused.length} refused; ${where}.`);
  if (!context.dryRun) lines.push(`PMO Returns and PMO Changes have this collection's rows.`);
  if (result.refused.length > 0) {
    lines.push("", "Refused (not applied):");
    for (const outcome of result.refused) {
      lines.push(`  ${outcome.projectId ?? "(no project)"} in ${outcome.file}: ${outcome.reasons.map((reason) => reason.message).join(" ")}`);
    }
  }
  if (result.findings.length > 0) {
    const errors = result.findings.filter((item) => item.severity === "error").length;
    lines.push("", `Findings in the returns: ${counted(errors, "error")}, ${counted(result.findings.length - errors, "warning")}:`);
    for (const item of result.findings.slice(0, LISTED_FINDINGS)) {
      const at = item.sheet === "" ? item.file : `${item.file} ${item.sheet}!${item.cell}`;
      lines.push(`  ${item.severity === "error" ? "error  " : "warning"} ${at}: ${item.message} [${item.rule}]`);
    }
    if (result.findings.length > LISTED_FINDINGS) lines.push(`  ... and ${result.findings.length - LISTED_FINDINGS} more (see --json)`);
  }
  lines.push("", result.missing.length === 0 ? "Every active project sent a return." : `No return yet from ${counted(result.missing.length, "active project")} (chase them):`);
  for (const missing of result.missing) lines.push(`  ${missing.projectId} ${missing.name} (${missing.manager ?? "no manager"})`);
  return lines;
}
