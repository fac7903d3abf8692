/**
 * The plan's charts as native Excel charts (SPEC 6: status mix, budget by group, status trend).
 * Each series is set from its own range (ExcelApi 1.7), so categories and values need not be
 * adjacent. Pie slices that stand for a status take the status colour.
 */
import { RagStatus } from "../../engine/constants";
import { ChartPlan, SheetPlan, STATUS_WORDS } from "../../layout/sheet-plan";
import { STATUS_COLORS } from "../../layout/styles";
import { isValidPlanRange, planRangeAddress } from "./address";
import { RequestCost } from "./cost";

const CHART_TYPES = { pie: "Pie", columnClustered: "ColumnClustered", columnStacked: "ColumnStacked", line: "Line" } as const;

function isDrawable(chart: ChartPlan): boolean {
  return chart.series.length > 0 && isValidPlanRange(chart.categories) && isValidPlanRange(chart.anchor) && chart.series.every((series) => isValidPlanRange(series.values));
}

/** The status word each category cell holds, where it holds one (for the pie's slice colours). */
function categoryStatuses(plan: SheetPlan, chart: ChartPlan): (RagStatus | undefined)[] {
  const { top, left, bottom, right } = chart.categories;
  const statuses: (RagStatus | undefined)[] = [];
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      const value = plan.rows[r - 1]?.[c - 1]?.value;
      statuses.push(STATUS_WORDS.find((word) => word === value));
    }
  }
  return statuses;
}

export function queueCharts(sheet: Excel.Worksheet, plan: SheetPlan, cost: RequestCost): void {
  for (const chartPlan of plan.charts) {
    if (!isDrawable(chartPlan)) continue;
    const categories = sheet.getRange(planRangeAddress(chartPlan.categories));
    const first = chartPlan.series[0];
    // Made from the first series' cells, read along their length, so that Excel starts with
    // exactly one series (a row of values read by columns would make one series per cell).
    const seriesBy = first.values.top === first.values.bottom && first.values.right > first.values.left ? "Rows" : "Columns";
    const chart = sheet.charts.add(CHART_TYPES[chartPlan.kind], sheet.getRange(planRangeAddress(first.values)), seriesBy);
    chart.title.text = chartPlan.title;
    chart.legend.position = "Bottom";
    chart.setPosition(planRangeAddress({ ...chartPlan.anchor, bottom: chartPlan.anchor.top, right: chartPlan.anchor.left }), planRangeAddress({ ...chartPlan.anchor, top: chartPlan.anchor.bottom, left: chartPlan.anchor.right }));
    cost.action(chartPlan.kind, planRangeAddress(first.values), seriesBy);
    cost.action(chartPlan.title);
    cost.action("Bottom");
    cost.action(planRangeAddress(chartPlan.anchor));
    chartPlan.series.forEach((seriesPlan, index) => {
      const series = index === 0 ? chart.series.getItemAt(0) : chart.series.add(seriesPlan.name);
      series.name = seriesPlan.name;
      series.setValues(sheet.getRange(planRangeAddress(seriesPlan.values)));
      series.setXAxisValues(categories);
      cost.action(seriesPlan.name, planRangeAddress(seriesPlan.values), planRangeAddress(chartPlan.categories));
      if (seriesPlan.color) {
        if (chartPlan.kind === "line") series.format.line.color = `#${seriesPlan.color}`;
        else series.format.fill.setSolidColor(`#${seriesPlan.color}`);
        cost.action(seriesPlan.color);
      }
    });
    if (chartPlan.kind === "pie") {
      categoryStatuses(plan, chartPlan).forEach((status, index) => {
        if (!status) return;
        chart.series.getItemAt(0).points.getItemAt(index).format.fill.setSolidColor(`#${STATUS_COLORS[status].fill}`);
        cost.action(index, STATUS_COLORS[status].fill);
      });
    }
  }
}
