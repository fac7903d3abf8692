/**
 * A ChartPlan as a DrawingML chart part (`xl/charts/chartN.xml`), written by hand like the sheets.
 * Excel refuses a chart whose elements are out of schema order ("We found a problem with some
 * content") where LibreOffice is lenient, so every element follows ECMA-376 Part 1, 21.2 (dml-chart.xsd):
 * - CT_ChartSpace: date1904, lang, roundedCorners, chart (then spPr, txPr, externalData, printSettings: not written)
 * - CT_Chart: title, autoTitleDeleted, plotArea, legend, plotVisOnly, dispBlanksAs
 * - CT_Title: tx (rich: a:bodyPr, a:lstStyle, a:p), overlay
 * - CT_PlotArea: layout, the chart group, then its axes (catAx, valAx)
 * - CT_PieChart: varyColors, ser*, firstSliceAng
 * - CT_BarChart: barDir, grouping, varyColors, ser*, gapWidth, overlap, axId, axId
 * - CT_LineChart: grouping, varyColors, ser*, marker, axId, axId
 * - CT_PieSer: idx, order, tx, spPr, dPt*, cat, val
 * - CT_BarSer: idx, order, tx, spPr, invertIfNegative, cat, val
 * - CT_LineSer: idx, order, tx, spPr, marker, cat, val, smooth
 * - CT_DPt: idx, bubble3D, spPr
 * - CT_CatAx: axId, scaling, delete, axPos, numFmt, majorTickMark, minorTickMark, tickLblPos, crossAx, crosses, auto, lblAlgn, lblOffset, noMultiLvlLbl
 * - CT_ValAx: axId, scaling, delete, axPos, majorGridlines, numFmt, majorTickMark, minorTickMark, tickLblPos, crossAx, crosses, crossBetween
 * - CT_Legend: legendPos, overlay
 */
import { DateSystem } from "../../../engine/values/date";
import { ChartPlan, SheetPlan, STATUS_WORDS } from "../../../layout/sheet-plan";
import { STATUS_COLORS } from "../../../layout/styles";
import { numberFormatOf, numberReference, rangeValues, stringReference } from "./chart-data";
import { escapeAttribute, escapeCellText, escapeText } from "./xml-text";

const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Any two distinct unsigned ints; each chart part has its own pair. */
const CATEGORY_AXIS_ID = 500000001;
const VALUE_AXIS_ID = 500000002;
/**
 * The Office theme's six accents, which Excel gives series (and pie slices) in turn: used where
 * the plan names no colour, so every viewer shows the same colours whatever theme the file has.
 */
const ACCENT_COLORS = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];
/** 2.25 pt, Excel's default line width for a line series (in EMU). */
const LINE_WIDTH_EMU = 28575;

type Series = ChartPlan["series"][number];

export function renderChartXml(chart: ChartPlan, plan: SheetPlan, dateSystem: DateSystem = 1900): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWING_NS}" xmlns:r="${REL_NS}">` +
    `<c:date1904 val="${dateSystem === 1904 ? 1 : 0}"/><c:lang val="en-US"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title(chart.title)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${chartGroup(chart, plan)}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart></c:chartSpace>`
  );
}

function title(text: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr/></a:pPr>` +
    `<a:r><a:rPr lang="en-US"/><a:t>${escapeText(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
  );
}

/** The chart group and, for bars and lines, its two axes (which follow it in CT_PlotArea). */
function chartGroup(chart: ChartPlan, plan: SheetPlan): string {
  const axisIds = `<c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/>`;
  // The value axis reads like the first series' cells (sourceLinked="0": the same in every viewer).
  const valueFormat = numberFormatOf(plan, chart.series[0].values);
  const series = (render: (series: Series, index: number) => string) => chart.series.map(render).join("");
  switch (chart.kind) {
    case "pie":
      return `<c:pieChart><c:varyColors val="1"/>${series((s, i) => pieSeries(chart, plan, s, i))}<c:firstSliceAng val="0"/></c:pieChart>`;
    case "line":
      return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series((s, i) => lineSeries(chart, plan, s, i))}<c:marker val="1"/>${axisIds}</c:lineChart>${axes(valueFormat)}`;
    case "columnClustered":
    case "columnStacked": {
      const stacked = chart.kind === "columnStacked";
      return (
        `<c:barChart><c:barDir val="col"/><c:grouping val="${stacked ? "stacked" : "clustered"}"/><c:varyColors val="0"/>` +
        `${series((s, i) => barSeries(chart, plan, s, i))}<c:gapWidth val="150"/>${stacked ? `<c:overlap val="100"/>` : ""}${axisIds}</c:barChart>${axes(valueFormat)}`
      );
    }
  }
}

/** idx, order and tx, the start every series kind shares. */
function seriesStart(series: Series, index: number): string {
  return `<c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${escapeCellText(series.name)}</c:v></c:tx>`;
}

function categoriesAndValues(chart: ChartPlan, plan: SheetPlan, series: Series): string {
  return `<c:cat>${stringReference(plan.name, plan, chart.categories)}</c:cat><c:val>${numberReference(plan.name, plan, series.values)}</c:val>`;
}

function solidFill(color: string): string {
  return `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;
}

function accent(index: number): string {
  return ACCENT_COLORS[index % ACCENT_COLORS.length];
}

/** The series' colour from the plan when it is RRGGBB, else the accent Excel would give it. */
function seriesColor(series: Series, index: number): string {
  return series.color !== undefined && /^[0-9A-Fa-f]{6}$/.test(series.color) ? series.color.toUpperCase() : accent(index);
}

/**
 * Each slice its own colour: a status word's colour where the category is one (as the Office
 * adapter colours them), else the series' colour if the plan gives one, else the next accent.
 */
function pieSeries(chart: ChartPlan, plan: SheetPlan, series: Series, index: number): string {
  const points = rangeValues(plan, chart.categories)
    .map((value, point) => {
      const status = STATUS_WORDS.find((word) => word === value);
      const color = status ? STATUS_COLORS[status].fill : series.color !== undefined ? seriesColor(series, index) : accent(point);
      return `<c:dPt><c:idx val="${point}"/><c:bubble3D val="0"/><c:spPr>${solidFill(color)}</c:spPr></c:dPt>`;
    })
    .join("");
  return `<c:ser>${seriesStart(series, index)}${points}${categoriesAndValues(chart, plan, series)}</c:ser>`;
}

function barSeries(chart: ChartPlan, plan: SheetPlan, series: Series, index: number): string {
  const fill = `<c:spPr>${solidFill(seriesColor(series, index))}</c:spPr>`;
  return `<c:ser>${seriesStart(series, index)}${fill}<c:invertIfNegative val="0"/>${categoriesAndValues(chart, plan, series)}</c:ser>`;
}

/** The line and its markers in the series colour (CT_LineProperties: fill, then round). */
function lineSeries(chart: ChartPlan, plan: SheetPlan, series: Series, index: number): string {
  const color = seriesColor(series, index);
  const line = `<c:spPr><a:ln w="${LINE_WIDTH_EMU}" cap="rnd">${solidFill(color)}<a:round/></a:ln></c:spPr>`;
  const marker = `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr>${solidFill(color)}<a:ln>${solidFill(color)}</a:ln></c:spPr></c:marker>`;
  return `<c:ser>${seriesStart(series, index)}${line}${marker}${categoriesAndValues(chart, plan, series)}<c:smooth val="0"/></c:ser>`;
}

function axes(valueFormat: string): string {
  const shared = (position: string) =>
    `<c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${position}"/>`;
  const ticks = `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>`;
  return (
    `<c:catAx><c:axId val="${CATEGORY_AXIS_ID}"/>${shared("b")}<c:numFmt formatCode="General" sourceLinked="1"/>${ticks}` +
    `<c:crossAx val="${VALUE_AXIS_ID}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VALUE_AXIS_ID}"/>${shared("l")}<c:majorGridlines/><c:numFmt formatCode="${escapeAttribute(valueFormat)}" sourceLinked="0"/>${ticks}` +
    `<c:crossAx val="${CATEGORY_AXIS_ID}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
  );
}
