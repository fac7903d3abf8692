/** How the Returns page words a collection (SPEC 10): each change as old -> new, the headline, what applying wrote. */
import { CellChange, describeWrite, NEW_ROW, ProjectOutcome, ReturnsResult } from "../../../engine/returns";
import { counted } from "../../../engine/words";

/** "Projects!F2 % Complete: 0.4 -> 0.6"; a new row's field "Risks, new row R10, Title: Key engineer leaves". */
export function changeText(change: CellChange): string {
  const value = (write: CellChange["oldValue"]) => (write === null || describeWrite(write) === "" ? "(blank)" : describeWrite(write));
  if (change.cell === NEW_ROW) return `${change.sheet}, new row ${change.rowId}, ${change.header}: ${value(change.newValue)}`;
  return `${change.sheet}!${change.cell} ${change.header}: ${value(change.oldValue)} -> ${value(change.newValue)}`;
}

/** The changes of one applied project from one return. */
export function changesOf(result: ReturnsResult, outcome: ProjectOutcome): CellChange[] {
  return result.changes.filter((change) => change.file === outcome.file && change.projectId === outcome.projectId);
}

/** "1 project and 1 unreadable return" refused; "0" when nothing is. */
function refusedText(result: ReturnsResult): string {
  const unreadable = result.refused.filter((outcome) => outcome.reasons.some((reason) => reason.code === "unreadable")).length;
  const projects = result.refused.length - unreadable;
  const parts = [projects > 0 ? counted(projects, "project") : "", unreadable > 0 ? counted(unreadable, "unreadable return") : ""].filter(Boolean);
  return parts.length === 0 ? "0" : parts.join(" and ");
}

export function headline(result: ReturnsResult, files: number): string {
  return [
    `${counted(files, "return")} read for ${result.month}: ${counted(result.applied.length, "project")} to apply (${counted(result.changes.length, "cell change")}), ${refusedText(result)} refused`,
    `${counted(result.findings.length, "finding")}; ${counted(result.missing.length, "project")} with no return.`,
  ].join(", ");
}

/** "Applied 12 cell changes for 3 projects; 1 project refused. PMO Returns and PMO Changes updated." */
export function appliedText(result: ReturnsResult): string {
  const refused = result.refused.length === 0 ? "" : `; ${refusedText(result)} refused`;
  return `Applied ${counted(result.changes.length, "cell change")} for ${counted(result.applied.length, "project")}${refused}. PMO Returns and PMO Changes updated.`;
}
