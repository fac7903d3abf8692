/**
 * `PMO Summary YYYY-MM` as a sheet plan (SPEC 6): something a PMO sends to executives as it is.
 * From the top: title and provenance, key figures, the budget review (with a Financials sheet),
 * roll-up, exceptions, changes, top risks, heat map, milestones, governance, status trend.
 */
import { NOT_AVAILABLE, RAG } from "../engine/constants";
import { Report } from "../engine/report/report-types";
import { SUMMARY_SHEET_PREFIX } from "../engine/schema/fields";
import { budgetSection } from "./budget-section";
import { columnOf, PlanBuilder, statusStyle } from "./plan-builder";
import { monthTitle, summaryColumnWidths, summarySections } from "./summary-sections";
import { range, SheetPlan } from "./sheet-plan";
import { BRAND_COLOR, STATUS_COLORS } from "./styles";

export interface SummaryContext {
  /** The sheets the figures came from, e.g. ["Projects", "Risks", "Milestones"]. */
  sources: string[];
  /** ISO timestamp of the run. */
  generatedAt: string;
  /** Label of the grouping field, e.g. "Programme". */
  groupLabel: string;
}

export function summarySheetName(month: string): string {
  return `${SUMMARY_SHEET_PREFIX}${month}`;
}

function keyFigures(builder: PlanBuilder, report: Report): void {
  const { totals } = report.json;
  builder.section("Key figures");
  const counts = builder.row(
    ["Active projects", "Green", "Amber", "Red", "Grey", "Open risks", "Critical risks", "High risks"].map((value) => ({ value, style: "label" as const })),
  );
  const countValues = builder.row([
    { value: totals.active, style: "kpiValue" },
    { value: totals.green, style: "statusGreen" },
    { value: totals.amber, style: "statusAmber" },
    { value: totals.red, style: "statusRed" },
    { value: totals.grey, style: "statusGrey" },
    { value: totals.openRisks, style: "kpiValue" },
    { value: totals.criticalRisks, style: "kpiValue" },
    { value: totals.highRisks, style: "kpiValue" },
  ]);
  builder.row(["BAC", "Actual cost", "Earned value", "EAC", "CPI", "SPI", "Exposure", "All projects"].map((value) => ({ value, style: "label" as const })));
  const moneyValues = builder.row([
    { value: totals.bac, style: "kpiMoney" },
    { value: totals.ac, style: "kpiMoney" },
    { value: totals.ev, style: "kpiMoney" },
    { value: totals.eac, style: "kpiMoney" },
    { value: totals.cpi ?? NOT_AVAILABLE, style: "kpiRatio" },
    { value: totals.spi ?? NOT_AVAILABLE, style: "kpiRatio" },
    { value: totals.exposure, style: "kpiMoney" },
    { value: totals.projects, style: "kpiValue" },
  ]);
  builder.fitColumnsTo(countValues);
  builder.fitColumnsTo(moneyValues);
  builder.chart({
    kind: "pie",
    title: "Status mix",
    categories: range(counts, 2, counts, 5),
    series: [{ name: "Projects", values: range(counts + 1, 2, counts + 1, 5) }],
    // Beside the key figures; with a budget review below them, right of its tables instead.
    anchor: report.json.budget ? range(counts, 17, counts + 14, 24) : range(counts, 10, counts + 14, 15),
  });
}

function rollup(builder: PlanBuilder, report: Report, groupLabel: string): void {
  builder.section(`Roll-up by ${groupLabel}`);
  const rows = report.json.rollup.map((row) => [row.group, row.projects, row.green, row.amber, row.red, row.grey, row.worst, row.bac, row.ac, row.ev, row.eac, row.cpi ?? NOT_AVAILABLE, row.spi ?? NOT_AVAILABLE, row.openRisks, row.highRisks]);
  const { header, data } = builder.table(
    [groupLabel, "Projects", "Green", "Amber", "Red", "Grey", "Worst", "BAC", "Actual cost", "Earned value", "EAC", "CPI", "SPI", "Open risks", "High+Critical"],
    rows,
    ["text", "integer", "integer", "integer", "integer", "integer", statusStyle, "money", "money", "money", "money", "ratio", "ratio", "integer", "integer"],
  );
  if (!data) return;
  builder.format({ kind: "statusFill", range: columnOf(data, 7) });
  builder.format({ kind: "dataBar", range: columnOf(data, 8), color: BRAND_COLOR });
  builder.format({ kind: "dataBar", range: columnOf(data, 11), color: STATUS_COLORS.Amber.font });
  builder.chart({
    kind: "columnStacked",
    title: `Status by ${groupLabel}`,
    categories: columnOf(data, 1),
    series: [RAG.green, RAG.amber, RAG.red, RAG.grey].map((status, index) => ({ name: status, values: columnOf(data, 3 + index), color: STATUS_COLORS[status].fill })),
    anchor: range(header, 17, header + 15, 24),
  });
  builder.chart({
    kind: "columnClustered",
    title: `Budget by ${groupLabel}`,
    categories: columnOf(data, 1),
    series: [
      { name: "BAC", values: columnOf(data, 8), color: BRAND_COLOR },
      { name: "EAC", values: columnOf(data, 11) },
    ],
    anchor: range(header + 16, 17, header + 31, 24),
  });
}

export function summaryPlan(report: Report, context: SummaryContext): SheetPlan {
  const { json } = report;
  const builder = new PlanBuilder(summarySheetName(json.month), summaryColumnWidths());
  builder.line(`PMO Summary: ${monthTitle(json.month)}`, "title");
  builder.line(`As of ${json.asOf} | Sources: ${context.sources.join(", ")} | Rule set: ${report.ruleSet}`, "subtitle");
  builder.line(`Generated ${context.generatedAt.replace("T", " ").slice(0, 16)} UTC by PMO Portfolio | Grouped by ${context.groupLabel}`, "subtitle");
  // SPEC 2: a figure with no data behind it is blank, and the summary says what is missing.
  for (const note of report.missingData) builder.line(`Not in this workbook: ${note}`, "subtitle");
  keyFigures(builder, report);
  budgetSection(builder, json.budget, json.month, context.groupLabel);
  rollup(builder, report, context.groupLabel);
  summarySections(builder, report);
  builder.freeze(4, 1);
  return builder.build({ title: `PMO Summary ${json.month}` }, BRAND_COLOR);
}
