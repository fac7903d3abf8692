/**
 * How wide a column must be, in Excel's width unit (characters of the default 11 pt font), to
 * show a value in a style without `###`: Excel and LibreOffice show `###` for a number that does
 * not fit its column, and the key figures are bold 14 pt sums of a whole portfolio.
 */
import { PlanValue } from "./sheet-plan";
import { CellStyle, NUMBER_FORMATS } from "./styles";

const DEFAULT_FONT_POINTS = 11;
/** Bold digits are about a tenth wider than regular ones in Calibri and Aptos. */
const BOLD_FACTOR = 1.1;
/** Excel's cell padding and a margin for fonts wider than the default. */
const PADDING = 2;

/** The characters a value shows with the style's number format (as Excel would format it). */
function shownText(value: PlanValue, style: CellStyle): string {
  if (typeof value !== "number") return value === null || value === undefined ? "" : String(value);
  if (style.numberFormat === NUMBER_FORMATS.ratio) return value.toFixed(2);
  if (style.numberFormat === NUMBER_FORMATS.percent) return `${Math.round(value * 100)}%`;
  if (style.numberFormat === NUMBER_FORMATS.integer || style.numberFormat === NUMBER_FORMATS.money) {
    return Math.round(value).toLocaleString("en-US");
  }
  return String(value);
}

/** The column width that shows `value` in `style` whole. */
export function widthToShow(value: PlanValue, style: CellStyle): number {
  const scale = ((style.size ?? DEFAULT_FONT_POINTS) / DEFAULT_FONT_POINTS) * (style.bold ? BOLD_FACTOR : 1);
  return Math.ceil(shownText(value, style).length * scale) + PADDING;
}
