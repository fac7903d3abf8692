/**
 * Kinds the host accepts and records in the sheet's log without modelling them (yet): data
 * validation, conditional formats, page layout, the parts of a chart (charts themselves and
 * freeze panes are modelled: chart.ts, freeze-panes.ts). Each lists the members it
 * takes; anything else is HostNotImplemented. A log line reads "A1:B4.conditionalFormats.Add(\"CellValue\")".
 */
import { notImplemented } from "./errors";
import { HostObject } from "./host-object";
import { SheetModel, WorkbookModel } from "./model";

interface RecordedKind {
  set?: string[];
  /** Method name to the kind it returns, or null for none. */
  call?: Record<string, string | null>;
  nav?: Record<string, string>;
}

const KINDS: Record<string, RecordedKind> = {
  DataValidation: { set: ["Rule"], call: { Clear: null } },
  ConditionalFormatCollection: { call: { Add: "ConditionalFormat", ClearAll: null } },
  ConditionalFormat: { nav: { CellValue: "CellValueConditionalFormat", DataBar: "DataBarConditionalFormat", ColorScale: "ColorScaleConditionalFormat" } },
  CellValueConditionalFormat: { set: ["Rule"], nav: { Format: "ConditionalRangeFormat" } },
  ConditionalRangeFormat: { nav: { Fill: "ConditionalRangeFill", Font: "ConditionalRangeFont" } },
  ConditionalRangeFill: { set: ["Color"] },
  ConditionalRangeFont: { set: ["Color", "Bold", "Italic"] },
  DataBarConditionalFormat: { set: ["BarDirection"], nav: { PositiveFormat: "ConditionalDataBarPositiveFormat" } },
  ConditionalDataBarPositiveFormat: { set: ["FillColor"] },
  ColorScaleConditionalFormat: { set: ["Criteria"] },
  PageLayout: { set: ["Orientation", "Zoom"], nav: { HeadersFooters: "HeaderFooterGroup" } },
  HeaderFooterGroup: { nav: { DefaultForAllPages: "HeaderFooter" } },
  HeaderFooter: { set: ["LeftHeader", "CenterHeader", "RightHeader", "LeftFooter", "CenterFooter", "RightFooter"] },
  ChartTitle: { set: ["Text"] },
  ChartLegend: { set: ["Position", "Visible"] },
  ChartSeriesCollection: { call: { GetItemAt: "ChartSeries", Add: "ChartSeries" } },
  ChartSeries: { set: ["Name"], call: { SetValues: null, SetXAxisValues: null }, nav: { Format: "ChartSeriesFormat", Points: "ChartPointsCollection" } },
  ChartSeriesFormat: { nav: { Fill: "ChartFill", Line: "ChartLineFormat" } },
  ChartFill: { call: { SetSolidColor: null } },
  ChartLineFormat: { set: ["Color"] },
  ChartPointsCollection: { call: { GetItemAt: "ChartPoint" } },
  ChartPoint: { nav: { Format: "ChartPointFormat" } },
  ChartPointFormat: { nav: { Fill: "ChartFill" } },
};

const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

/** How an argument is logged: objects of the host by what they are, values as JSON. */
function describe(value: unknown): string {
  if (value instanceof HostObject) return value.kind;
  return JSON.stringify(value);
}

export class RecordedObject extends HostObject {
  constructor(
    model: WorkbookModel,
    readonly sheet: SheetModel,
    readonly path: string,
    readonly kind: string,
  ) {
    super(model);
    const spec = KINDS[kind];
    if (!spec) throw notImplemented(kind);
    // A protected sheet refuses all of these (formats, validation, charts, panes, page setup) alike.
    for (const name of spec.set ?? []) {
      this.properties[name] = {
        set: (value) => {
          this.sheet.checkEditable(`${path}.${camel(name)}`);
          this.sheet.log.push(`${path}.${camel(name)} = ${describe(value)}`);
        },
      };
    }
    for (const [name, returns] of Object.entries(spec.call ?? {})) {
      this.methods[name] = (...args) => {
        const line = `${path}.${camel(name)}(${args.map(describe).join(", ")})`;
        this.sheet.checkEditable(line);
        this.sheet.log.push(line);
        return returns ? new RecordedObject(model, sheet, line, returns) : null;
      };
    }
    for (const [name, returns] of Object.entries(spec.nav ?? {})) this.navigations[name] = () => new RecordedObject(model, sheet, `${path}.${camel(name)}`, returns);
  }
}
