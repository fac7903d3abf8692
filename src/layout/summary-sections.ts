/**
 * The summary's lower sections: exceptions, changes, top risks, heat map, RAID counts (when the
 * workbook keeps issues, assumptions or dependencies), milestones, governance and the status
 * trend (SPEC 6).
 */
import { NOT_AVAILABLE, RAG } from "../engine/constants";
import { GOVERNANCE_RULES } from "../engine/findings";
import { hasRaidRegisters } from "../engine/report/raid-figures";
import { Report } from "../engine/report/report-types";
import { columnOf, PlanBuilder, statusStyle } from "./plan-builder";
import { range } from "./sheet-plan";
import { HEATMAP_COLOR, STATUS_COLORS } from "./styles";

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2026-11" -> "November 2026". */
export function monthTitle(month: string): string {
  const [year, number] = month.split("-");
  return `${MONTH_NAMES[Number(number) - 1]} ${year}`;
}

/** Fifteen columns: wide enough for names and reasons, narrow for counts. */
export function summaryColumnWidths(): number[] {
  return [16, 34, 14, 12, 12, 12, 12, 14, 14, 14, 14, 10, 10, 12, 13];
}

function exceptions(builder: PlanBuilder, report: Report): void {
  builder.section("Exceptions: Red and Amber projects");
  if (report.json.exceptions.length === 0) {
    builder.line("No project is Red or Amber.", "note");
    return;
  }
  // The reported status and the watermelon check only where the register has a reported status.
  const reporting = report.json.projects.some((line) => line.reportedRag !== null);
  const optimistic = report.json.exceptions.filter((line) => line.optimistic).length;
  const { data } = builder.table(
    reporting ? ["Project ID", "Project", "Status", "Reported", "Optimistic", "Overridden", "Reasons"] : ["Project ID", "Project", "Status", "Overridden", "Reasons"],
    report.json.exceptions.map((line) => {
      const reported = reporting ? [line.reportedRag ?? "", line.optimistic ? "Yes" : "No"] : [];
      return [line.id, line.name, line.rag, ...reported, line.overridden ? "Yes" : "No", line.reasons.join("; ")];
    }),
    // Reasons are not wrapped: they run on into the empty columns to their right.
    reporting ? ["text", "text", statusStyle, (value) => statusStyle(value) ?? "text", (value) => (value === "Yes" ? "statusAmber" : "text"), "text", "text"] : ["text", "text", statusStyle, "text", "text"],
  );
  if (data) builder.format({ kind: "statusFill", range: columnOf(data, 3) });
  if (data && reporting) builder.format({ kind: "statusFill", range: columnOf(data, 4) });
  if (optimistic > 0) {
    builder.line(`${optimistic} of these ${optimistic === 1 ? "project reports" : "projects report"} a status a full level or more better than the figures (optimistic: the watermelon check).`, "note");
  }
}

function changes(builder: PlanBuilder, report: Report): void {
  const previous = report.previousMonth;
  builder.section(previous ? `Changes since ${monthTitle(previous)}` : "Changes since last month");
  if (!previous) {
    builder.line("PMO History holds no earlier month yet: next month's summary will list the changes.", "note");
    return;
  }
  if (report.json.changes.length === 0) {
    builder.line("No project changed status.", "note");
    return;
  }
  builder.table(
    ["Project ID", "Project", "From", "To"],
    report.json.changes.map((change) => [change.id, change.name, change.from ?? "(new)", change.to ?? "(no longer active)"]),
    ["text", "text", (value) => statusStyle(value) ?? "note", (value) => statusStyle(value) ?? "note"],
  );
}

function topRisks(builder: PlanBuilder, report: Report): void {
  builder.section("Top 10 open risks");
  if (report.json.topRisks.length === 0) {
    builder.line("No open threat is scored.", "note");
    return;
  }
  builder.table(
    ["Risk ID", "Title", "Project ID", "Score", "Rating", "Exposure", "Owner"],
    report.json.topRisks.map((risk) => [risk.id, risk.title ?? "", risk.projectId, risk.score, risk.rating, risk.exposure ?? NOT_AVAILABLE, risk.owner ?? "(no owner)"]),
    ["text", "text", "text", "integer", (value) => (value === "Critical" ? "statusRed" : value === "High" ? "statusAmber" : "text"), "money", "text"],
  );
}

function heatMap(builder: PlanBuilder, report: Report): void {
  builder.section("Risk heat map: open threats, impact (rows) by probability (columns)");
  const first = builder.nextRow + 1;
  builder.table(
    ["Impact", "1 Very low", "2 Low", "3 Medium", "4 High", "5 Very high"],
    [...report.json.heatmap].reverse().map((row, index) => [`${5 - index}`, ...row]),
    ["label", "integer", "integer", "integer", "integer", "integer"],
  );
  builder.format({ kind: "colorScale", range: range(first, 2, first + 4, 6), color: HEATMAP_COLOR });
}

/** Issues, dependencies and assumptions (SPEC 2); a register the workbook lacks shows "n/a". */
function raid(builder: PlanBuilder, report: Report): void {
  const { issues, dependencies, assumptions } = report.json.raid;
  if (!hasRaidRegisters(report.json.raid)) return;
  builder.section("RAID: issues, dependencies and assumptions of active projects");
  const counts = [issues.open, issues.overdue, issues.high, dependencies.open, dependencies.late, assumptions.open];
  builder.table(
    ["Open issues", "Overdue issues", "High+Critical issues", "Open dependencies", "Late dependencies", "Open assumptions"],
    [counts.map((count) => count ?? "n/a")],
    ["integer", "integer", "integer", "integer", "integer", "integer"],
  );
}

function ruleTitle(id: string): string {
  return Object.values(GOVERNANCE_RULES).find((rule) => rule.id === id)?.title ?? id;
}

function figures(builder: PlanBuilder, report: Report): void {
  const { milestones, governance } = report.json;
  builder.section("Milestones");
  builder.table(["Due this month", "Done this month", "Overdue", "Slipped"], [[milestones.dueThisMonth, milestones.doneThisMonth, milestones.overdue, milestones.slipped]], ["integer", "integer", "integer", "integer"]);
  builder.section("Governance findings");
  const rules = Object.entries(governance.byRule).sort(([a], [b]) => a.localeCompare(b));
  builder.table(["Errors", "Warnings"], [[governance.errors, governance.warnings]], ["integer", "integer"]);
  if (rules.length > 0) builder.table(["Findings", "Rule", "Rule ID"], rules.map(([rule, count]) => [count, ruleTitle(rule), rule]), ["integer", "text", "note"]);
}

function trend(builder: PlanBuilder, report: Report): void {
  builder.section("Status trend (PMO History)");
  const { header, data } = builder.table(
    ["Month", "Green", "Amber", "Red", "Grey"],
    report.trend.map((point) => [point.month, point.green, point.amber, point.red, point.grey]),
    ["text", "integer", "integer", "integer", "integer"],
  );
  if (!data) return;
  [RAG.green, RAG.amber, RAG.red, RAG.grey].forEach((status, index) => builder.format({ kind: "dataBar", range: columnOf(data, 2 + index), color: STATUS_COLORS[status].font }));
  builder.chart({
    kind: "line",
    title: "Status trend",
    categories: columnOf(data, 1),
    series: [RAG.green, RAG.amber, RAG.red, RAG.grey].map((status, index) => ({ name: status, values: columnOf(data, 2 + index), color: STATUS_COLORS[status].font })),
    anchor: range(header, 7, header + 15, 14),
  });
}

export function summarySections(builder: PlanBuilder, report: Report): void {
  exceptions(builder, report);
  changes(builder, report);
  topRisks(builder, report);
  heatMap(builder, report);
  raid(builder, report);
  figures(builder, report);
  trend(builder, report);
}
