/**
 * Charts (ChartCollection, Chart) kept per sheet with an id and a name: added, found by name or
 * id, listed, deleted. Excel names a new chart "Chart N", N one more than the sheet's charts so
 * far. What a chart is made of (title, legend, series) is recorded, not modelled (recorded.ts).
 */
import { excelEnum } from "./api-sets";
import { invalidArgument, itemNotFound } from "./errors";
import { HostObject } from "./host-object";
import { ChartModel, SheetModel, WorkbookModel } from "./model";
import { RangeObject } from "./range";
import { RecordedObject } from "./recorded";

/** How an argument is logged, as recorded.ts logs it. */
const describe = (value: unknown) => (value instanceof HostObject ? value.kind : JSON.stringify(value));

export class ChartCollectionObject extends HostObject {
  readonly kind = "ChartCollection";

  constructor(
    model: WorkbookModel,
    readonly sheet: SheetModel,
  ) {
    super(model);
    this.properties = { Count: { get: () => sheet.charts.length } };
    this.methods = {
      Add: (...args) => {
        const [type, source, seriesBy] = args;
        if (!excelEnum("ChartType").has(type as string)) throw invalidArgument(`chart type ${JSON.stringify(type)}`);
        if (seriesBy !== undefined && seriesBy !== null && !excelEnum("ChartSeriesBy").has(seriesBy as string)) throw invalidArgument(`seriesBy ${JSON.stringify(seriesBy)}`);
        if (!(source instanceof RangeObject)) throw invalidArgument("charts.add source: a range");
        sheet.checkEditable("adding a chart");
        const line = `charts.add(${args.map(describe).join(", ")})`;
        sheet.log.push(line);
        let n = sheet.charts.length + 1;
        while (this.find(`Chart ${n}`)) n++;
        const chart: ChartModel = { id: model.chartId(), name: `Chart ${n}`, line };
        sheet.charts.push(chart);
        return new ChartObject(model, sheet, chart);
      },
      GetItem: (name) => this.index(name),
      GetItemOrNullObject: (name) => {
        const chart = this.find(String(name));
        return chart ? new ChartObject(model, sheet, chart) : null;
      },
      GetItemAt: (index) => {
        const chart = sheet.charts[Number(index)];
        if (!chart) throw itemNotFound(`chart at ${String(index)}`);
        return new ChartObject(model, sheet, chart);
      },
      GetCount: () => sheet.charts.length,
    };
  }

  /** By name (ignoring case) or, as the client addresses loaded items, by id. */
  private find(key: string): ChartModel | undefined {
    const lower = key.toLowerCase();
    return this.sheet.charts.find((chart) => chart.id === key || chart.name.toLowerCase() === lower);
  }

  override index(key: unknown): HostObject {
    const chart = this.find(String(key));
    if (!chart) throw itemNotFound(`chart ${String(key)}`);
    return new ChartObject(this.model, this.sheet, chart);
  }

  override items(): HostObject[] {
    return this.sheet.charts.map((chart) => new ChartObject(this.model, this.sheet, chart));
  }
}

export class ChartObject extends HostObject {
  readonly kind = "Chart";

  constructor(
    model: WorkbookModel,
    readonly sheet: SheetModel,
    readonly chart: ChartModel,
  ) {
    super(model);
    const live = () => {
      if (!sheet.charts.includes(chart)) throw itemNotFound(`chart ${chart.name}`);
      return chart;
    };
    this.properties = {
      Id: { get: () => live().id },
      Name: {
        get: () => live().name,
        set: (value) => {
          if (typeof value !== "string" || value === "") throw invalidArgument(`chart name ${JSON.stringify(value)}`);
          sheet.checkEditable("renaming a chart");
          live().name = value;
        },
      },
    };
    const part = (name: string, kind: string) => () => new RecordedObject(model, sheet, `${live().line}.${name}`, kind);
    this.navigations = { Title: part("title", "ChartTitle"), Legend: part("legend", "ChartLegend"), Series: part("series", "ChartSeriesCollection") };
    this.methods = {
      SetPosition: (start, end) => {
        sheet.checkEditable("moving a chart");
        sheet.log.push(`${live().line}.setPosition(${JSON.stringify(start)}, ${JSON.stringify(end)})`);
        return null;
      },
      Delete: () => {
        sheet.checkEditable("deleting a chart");
        sheet.charts.splice(sheet.charts.indexOf(live()), 1);
        return null;
      },
    };
  }

  override identity(): Record<string, unknown> {
    return { Id: this.chart.id };
  }
}
