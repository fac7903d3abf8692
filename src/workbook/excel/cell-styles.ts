/**
 * The named styles of layout/styles.ts on Excel ranges: fonts, fills, alignment, wrapping and
 * borders, the same look as the .xlsx renderer's cell formats. Number formats are not set here:
 * they travel with the values (plan-cells.ts), where text must get "@" before its value.
 */
import { SheetPlan } from "../../layout/sheet-plan";
import { CELL_STYLES, CellStyle } from "../../layout/styles";
import { RequestCost } from "./cost";
import { areaAddressLists, styleRectangles } from "./style-areas";

/** getRanges addresses are kept short; Excel documents no limit, and a long list gains little. */
const MAX_AREAS_CHARS = 2_000;

const ALIGNMENT = { left: "Left", center: "Center", right: "Right" } as const;

function applyStyle(format: Excel.RangeFormat, style: CellStyle, cost: RequestCost): void {
  const font = format.font;
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.size !== undefined) font.size = style.size;
  if (style.fontColor) font.color = `#${style.fontColor}`;
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.horizontal) format.horizontalAlignment = ALIGNMENT[style.horizontal];
  if (style.wrap) format.wrapText = true;
  // One action per property set above; each carries a short value.
  const sets = [style.bold, style.italic, style.size, style.fontColor, style.fill, style.horizontal, style.wrap].filter((value) => value !== undefined);
  for (const value of sets) cost.action(value);
  if (style.border) {
    const edges = style.border === "bottom" ? (["EdgeBottom"] as const) : (["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const);
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      cost.action(edge, "Continuous", "Thin");
    }
  }
}

/** Queues every style of the plan: one RangeAreas (ExcelApi 1.9) per style and run of addresses. */
export function queueCellStyles(sheet: Excel.Worksheet, plan: SheetPlan, cost: RequestCost): void {
  for (const [name, rectangles] of styleRectangles(plan)) {
    const style: CellStyle = CELL_STYLES[name];
    for (const addresses of areaAddressLists(rectangles, MAX_AREAS_CHARS)) {
      cost.action(addresses);
      applyStyle(sheet.getRanges(addresses).format, style, cost);
    }
  }
}
