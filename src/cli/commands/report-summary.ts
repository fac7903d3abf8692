/** The short terminal summary `pmo report` prints: KPIs and the roll-up, aligned in columns. */
import { Report } from "../../engine/report/report-types";
import { largest } from "../../engine/arrays";
import { NOT_AVAILABLE } from "../../engine/constants";
import { flaggedBudgetCounts } from "../../engine/budget/flagged-projects";
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

const percent = (points: number | null) => (points === null ? NOT_AVAILABLE : `${points > 0 ? "+" : ""}${points.toFixed(1)} %`);
const signed = (value: number | null) => (value === null ? NOT_AVAILABLE : `${value > 0 ? "+" : ""}${whole(value)}`);

/** The budget review's key figures (SPEC 9), when the workbook has a Financials sheet. */
function budgetLines(report: Report): string[] {
  const { budget } = report.json;
  if (!budget) return [];
  const { red, amber } = flaggedBudgetCounts(budget);
  return [
    `  Budget ${budget.fiscalYear} to ${report.json.month}: YTD actual ${whole(budget.ytd.actual)} against budget ${whole(budget.ytd.budget)} (${signed(budget.ytd.variance)}, ${percent(budget.ytd.variancePct)}); ` +
      `outturn ${whole(budget.fullYear.outturn)} against FY budget ${whole(budget.fullYear.budget)} (${signed(budget.fullYear.variance)}, ${percent(budget.fullYear.variancePct)})`,
    `  Budget: ${red + amber} projects to explain a variance (${red} Red, ${amber} Amber)`,
  ];
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
    ...budgetLines(report),
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
