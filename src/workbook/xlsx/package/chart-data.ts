/**
 * What a chart's series point at: the sheet formula of a plan range (`'PMO Summary 2026-11'!$B$5:$B$9`)
 * and the cells' values as the chart's cache, so that a viewer shows the data without
 * recalculating (LibreOffice and Excel both draw from the cache until the workbook is recalculated).
 */
import { isoFromDay } from "../../../engine/values/date";
import { ChartPlan, isDateValue, PlanRange, PlanValue, SheetPlan } from "../../../layout/sheet-plan";
import { CELL_STYLES } from "../../../layout/styles";
import { columnLetters, isValidRange } from "./cell-ref";
import { escapeCellText, escapeText } from "./xml-text";

/** A chart we can draw: at least one series, every range inside the grid. */
export function isDrawableChart(chart: ChartPlan): boolean {
  return chart.series.length > 0 && isValidRange(chart.categories) && isValidRange(chart.anchor) && chart.series.every((series) => isValidRange(series.values));
}

export function drawableCharts(plan: SheetPlan): ChartPlan[] {
  return plan.charts.filter(isDrawableChart);
}

/** A sheet name as a formula writes it: always quoted, an apostrophe doubled. */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** `'Sheet'!$A$1:$A$5` (`'Sheet'!$A$1` for one cell), the text of a `<c:f>` before XML escaping. */
export function rangeFormula(sheetName: string, range: PlanRange): string {
  const cell = (row: number, column: number) => `$${columnLetters(column)}$${row}`;
  const start = cell(range.top, range.left);
  const whole = range.top === range.bottom && range.left === range.right ? start : `${start}:${cell(range.bottom, range.right)}`;
  return `${quotedSheetName(sheetName)}!${whole}`;
}

/** The plan's values in a range, row by row (a chart range is one row or one column). */
export function rangeValues(plan: SheetPlan, range: PlanRange): PlanValue[] {
  const values: PlanValue[] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    for (let column = range.left; column <= range.right; column++) values.push(plan.rows[row - 1]?.[column - 1]?.value ?? null);
  }
  return values;
}

/** A category label as Excel would show the cell: text as it is, a date as yyyy-mm-dd. */
function labelOf(value: PlanValue): string | undefined {
  if (value === null) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : undefined;
  return isDateValue(value) ? isoFromDay(value.date) : undefined;
}

/** `<c:strRef>`: the formula and a string cache; a blank cell has no point (CT_StrData). */
export function stringReference(sheetName: string, plan: SheetPlan, range: PlanRange): string {
  const values = rangeValues(plan, range);
  const points = values.map((value, index) => {
    const label = labelOf(value);
    return label === undefined ? "" : `<c:pt idx="${index}"><c:v>${escapeCellText(label)}</c:v></c:pt>`;
  });
  return `<c:strRef><c:f>${escapeText(rangeFormula(sheetName, range))}</c:f><c:strCache><c:ptCount val="${values.length}"/>${points.join("")}</c:strCache></c:strRef>`;
}

/** The number format of the range's first styled number, so that axis labels read like the cells. */
export function numberFormatOf(plan: SheetPlan, range: PlanRange): string {
  for (let row = range.top; row <= range.bottom; row++) {
    for (let column = range.left; column <= range.right; column++) {
      const cell = plan.rows[row - 1]?.[column - 1];
      if (typeof cell?.value !== "number" || cell.style === undefined) continue;
      const format = (CELL_STYLES[cell.style] as { numberFormat?: string }).numberFormat;
      if (format !== undefined) return format;
    }
  }
  return "General";
}

/** `<c:numRef>`: the formula and a number cache (formatCode, ptCount, pt: CT_NumData's order); text and blanks have no point. */
export function numberReference(sheetName: string, plan: SheetPlan, range: PlanRange): string {
  const values = rangeValues(plan, range);
  const points = values.map((value, index) => (typeof value === "number" && Number.isFinite(value) ? `<c:pt idx="${index}"><c:v>${value}</c:v></c:pt>` : ""));
  return (
    `<c:numRef><c:f>${escapeText(rangeFormula(sheetName, range))}</c:f>` +
    `<c:numCache><c:formatCode>${escapeText(numberFormatOf(plan, range))}</c:formatCode><c:ptCount val="${values.length}"/>${points.join("")}</c:numCache></c:numRef>`
  );
}
