/**
 * A sheet as data: what to write where and how it looks (DESIGN "layout"). Both workbook adapters
 * render the same plan, the `.xlsx` one as OOXML parts and the Office.js one through the Excel
 * API, so the summary looks the same from the CLI and inside Excel, and the plan can be tested as
 * plain data.
 */
import { RagStatus } from "../engine/constants";
import { DayNumber } from "../engine/values";
import { CellStyleName } from "./styles";

/** A date cell: written as an Excel date, shown with the date format. */
export interface DateValue {
  date: DayNumber;
}

/** Text is always written as text (never a formula), whatever it starts with. */
export type PlanValue = string | number | boolean | null | DateValue;

export interface PlanCell {
  value: PlanValue;
  style?: CellStyleName;
}

/** 1-based row and column, as Excel counts. */
export interface PlanRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type ConditionalFormat =
  /** Fill each cell by the RAG word it holds (Green, Amber, Red, Grey). */
  | { kind: "statusFill"; range: PlanRange }
  /** A data bar in the colour given (RRGGBB). */
  | { kind: "dataBar"; range: PlanRange; color: string }
  /** White to `color` (RRGGBB) from the lowest to the highest value. */
  | { kind: "colorScale"; range: PlanRange; color: string };

/**
 * A native chart, drawn by both adapters: the Office adapter through Excel's chart API, the `.xlsx`
 * renderer as a DrawingML chart part (package/chart-xml.ts) whose series point at these ranges.
 */
export interface ChartPlan {
  kind: "pie" | "columnClustered" | "columnStacked" | "line";
  title: string;
  /** One column of category labels. */
  categories: PlanRange;
  /** Each series: its name and one column of values, as long as the categories. */
  series: { name: string; values: PlanRange; color?: string }[];
  /** Where the chart sits: the cells it covers. */
  anchor: PlanRange;
}

export interface SheetPlan {
  name: string;
  /** Cells by row (index 0 is row 1); a row may be shorter than others. */
  rows: PlanCell[][];
  /** Column widths in characters, by column (index 0 is column A). */
  columnWidths: number[];
  merges: PlanRange[];
  /** First row and column that scroll: { row: 5, column: 1 } freezes rows 1-4. */
  freeze?: { row: number; column: number };
  conditionalFormats: ConditionalFormat[];
  charts: ChartPlan[];
  /** Landscape, one page wide, as long as it needs. */
  print: { landscape: boolean; fitToWidth: boolean; title?: string };
  /** Tab colour (RRGGBB). */
  tabColor?: string;
  /** Drop-down lists: a cell in `range` accepts only one of `choices` (or blank). */
  validations?: ListValidation[];
}

export interface ListValidation {
  range: PlanRange;
  choices: readonly string[];
}

export const STATUS_WORDS: readonly RagStatus[] = ["Green", "Amber", "Red", "Grey"];

export function isDateValue(value: PlanValue): value is DateValue {
  return typeof value === "object" && value !== null && "date" in value;
}

export function range(top: number, left: number, bottom: number, right: number): PlanRange {
  return { top, left, bottom, right };
}
