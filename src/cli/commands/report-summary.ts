/** The short terminal summary `pmo report` prints: KPIs and the roll-up, aligned in columns. */
import { Report } from "../../engine/report/report-types";
import { largest } from "../../engine/arrays";
import { NOT_AVAILABLE } from "../../engine/constants";
import { hasRaidRegisters } from "../../engine/report/raid-figures";

const whole = (value: number | null) => (value === null ? NOT_AVAILABLE : Math.round(value).toLocaleString("en-GB"));
const index = (value: number | null) => (value === null ? NOT_AVAILABLE : value.toFixed(2));
const count = (value: number | null) => (value === null ? NOT_AVAILABLE : `${value}`);

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, column) => largest(rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  "));
}

/** The watermelon check's count, when any project reports better than its figures. */
function optimisticText(optimistic: number): string {
  return optimistic === 0 ? "" : `, ${optimistic} reporting a status better than the figures (optimistic)`;
}

/** One line of RAID counts, when the workbook keeps issues, assumptions or dependencies. */
function raidLines(report: Report): string[] {
  const { raid } = report.json;
  if (!hasRaidRegisters(raid)) return [];
  return [
    `  RAID: issues ${count(raid.issues.open)} open (${count(raid.issues.overdue)} overdue, ${count(raid.issues.high)} High or Critical); ` +
      `dependencies ${count(raid.dependencies.open)} open (${count(raid.dependencies.late)} late); assumptions ${count(raid.assumptions.open)} open`,
  ];
}

export function summaryLines(report: Report, groupLabel: string): string[] {
  const { totals, rollup, exceptions, governance, milestones, changes } = report.json;
  const lines = [
    "",
    `PMO Summary ${report.json.month} (as of ${report.json.asOf}; ${report.ruleSet})`,
    `  Active projects ${totals.active} of ${totals.projects}: Green ${totals.green}, Amber ${totals.amber}, Red ${totals.red}, Grey ${totals.grey}`,
    `  BAC ${whole(totals.bac)}   AC ${whole(totals.ac)}   EV ${whole(totals.ev)}   EAC ${whole(totals.eac)}   CPI ${index(totals.cpi)}   SPI ${index(totals.spi)}`,
    `  Open risks ${count(totals.openRisks)} (Critical ${count(totals.criticalRisks)}, High ${count(totals.highRisks)}), net exposure ${whole(totals.exposure)}`,
    `  Milestones: ${count(milestones.dueThisMonth)} due this month, ${count(milestones.doneThisMonth)} done, ${count(milestones.overdue)} overdue, ${count(milestones.slipped)} slipped`,
    `  Exceptions: ${totals.red + totals.amber} Red or Amber${optimisticText(exceptions.filter((line) => line.optimistic).length)}; changes since last month: ${report.previousMonth ? changes.length : "none recorded yet"}`,
    ...raidLines(report),
    `  Governance: ${governance.errors} errors, ${governance.warnings} warnings (pmo check lists them)`,
    ...report.missingData.map((note) => `  ${note}`),
    "",
    `Roll-up by ${groupLabel}:`,
  ];
  const header = [groupLabel, "Projects", "Green", "Amber", "Red", "Grey", "Worst", "BAC", "EAC", "CPI", "SPI"];
  const rows = rollup.map((row) => [row.group, `${row.projects}`, `${row.green}`, `${row.amber}`, `${row.red}`, `${row.grey}`, row.worst, whole(row.bac), whole(row.eac), index(row.cpi), index(row.spi)]);
  return [...lines, ...table([header, ...rows]).map((line) => `  ${line}`)];
}
