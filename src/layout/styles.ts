/**
 * The summary's visual vocabulary, defined once: each named style's font, fill, number format and
 * alignment. Renderers translate these names; nothing else picks colours or formats.
 */
import { RagStatus } from "../engine/constants";

/** Status colours (fill, font) used everywhere a status is shown. */
export const STATUS_COLORS: Readonly<Record<RagStatus, { fill: string; font: string }>> = {
  Green: { fill: "C6EFCE", font: "006100" },
  Amber: { fill: "FFEB9C", font: "9C5700" },
  Red: { fill: "FFC7CE", font: "9C0006" },
  Grey: { fill: "E7E6E6", font: "3A3838" },
};

export const BRAND_COLOR = "1F4E79";
export const HEADER_FILL = "DDEBF7";
export const DATA_BAR_COLOR = "5B9BD5";
export const HEATMAP_COLOR = "F8696B";

export const NUMBER_FORMATS = {
  integer: "#,##0",
  money: "#,##0;[Red]-#,##0",
  ratio: "0.00",
  percent: "0%",
  percentOneDecimal: "0.0%",
  date: "yyyy-mm-dd",
  month: "mmm yyyy",
  text: "@",
} as const;

/** The formats that show a date cell as a date (a day, or a Financials period as its month). */
export function isDateFormat(format: string | undefined): boolean {
  return format === NUMBER_FORMATS.date || format === NUMBER_FORMATS.month;
}

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fontColor?: string;
  fill?: string;
  numberFormat?: string;
  horizontal?: "left" | "center" | "right";
  wrap?: boolean;
  border?: "bottom" | "box";
}

export const CELL_STYLES = {
  title: { bold: true, size: 16, fontColor: BRAND_COLOR },
  subtitle: { italic: true, fontColor: "595959" },
  section: { bold: true, size: 13, fontColor: BRAND_COLOR, border: "bottom" },
  header: { bold: true, fill: HEADER_FILL, border: "bottom", wrap: true },
  label: { bold: true },
  text: { numberFormat: NUMBER_FORMATS.text },
  wrapText: { numberFormat: NUMBER_FORMATS.text, wrap: true },
  integer: { numberFormat: NUMBER_FORMATS.integer },
  money: { numberFormat: NUMBER_FORMATS.money },
  ratio: { numberFormat: NUMBER_FORMATS.ratio },
  percent: { numberFormat: NUMBER_FORMATS.percent },
  percentOneDecimal: { numberFormat: NUMBER_FORMATS.percentOneDecimal },
  date: { numberFormat: NUMBER_FORMATS.date, horizontal: "left" },
  month: { numberFormat: NUMBER_FORMATS.month, horizontal: "left" },
  kpiValue: { bold: true, size: 14, numberFormat: NUMBER_FORMATS.integer, horizontal: "left" },
  kpiMoney: { bold: true, size: 14, numberFormat: NUMBER_FORMATS.money, horizontal: "left" },
  kpiRatio: { bold: true, size: 14, numberFormat: NUMBER_FORMATS.ratio, horizontal: "left" },
  kpiPercent: { bold: true, size: 14, numberFormat: NUMBER_FORMATS.percentOneDecimal, horizontal: "left" },
  statusGreen: { bold: true, fill: STATUS_COLORS.Green.fill, fontColor: STATUS_COLORS.Green.font, horizontal: "center", numberFormat: NUMBER_FORMATS.text },
  statusAmber: { bold: true, fill: STATUS_COLORS.Amber.fill, fontColor: STATUS_COLORS.Amber.font, horizontal: "center", numberFormat: NUMBER_FORMATS.text },
  statusRed: { bold: true, fill: STATUS_COLORS.Red.fill, fontColor: STATUS_COLORS.Red.font, horizontal: "center", numberFormat: NUMBER_FORMATS.text },
  statusGrey: { bold: true, fill: STATUS_COLORS.Grey.fill, fontColor: STATUS_COLORS.Grey.font, horizontal: "center", numberFormat: NUMBER_FORMATS.text },
  note: { italic: true, fontColor: "7F7F7F", numberFormat: NUMBER_FORMATS.text },
} as const satisfies Record<string, CellStyle>;

export type CellStyleName = keyof typeof CELL_STYLES;

export const STATUS_STYLE: Readonly<Record<RagStatus, CellStyleName>> = {
  Green: "statusGreen",
  Amber: "statusAmber",
  Red: "statusRed",
  Grey: "statusGrey",
};
