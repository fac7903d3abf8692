/**
 * Cells grouped by named style into as few rectangles as possible, so that a 10,000-row table
 * costs a handful of format actions rather than one per cell: runs of equal style along a row,
 * extended downwards while the next row has the same run.
 */
import { SheetPlan } from "../../layout/sheet-plan";
import { CellStyleName } from "../../layout/styles";
import { rangeAddress } from "./address";

export interface Rectangle {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function styleRectangles(plan: SheetPlan): Map<CellStyleName, Rectangle[]> {
  const byStyle = new Map<CellStyleName, Rectangle[]>();
  /** Rectangles still growing, by "style left right": they end on the row above. */
  let open = new Map<string, Rectangle>();
  plan.rows.forEach((row, index) => {
    const rowNumber = index + 1;
    const next = new Map<string, Rectangle>();
    let c = 0;
    while (c < row.length) {
      const style = row[c]?.style;
      if (style === undefined) {
        c++;
        continue;
      }
      let end = c;
      while (end + 1 < row.length && row[end + 1]?.style === style) end++;
      const key = `${style} ${c} ${end}`;
      const growing = open.get(key);
      if (growing) {
        growing.bottom = rowNumber;
        next.set(key, growing);
      } else {
        const rectangle = { top: rowNumber, left: c + 1, bottom: rowNumber, right: end + 1 };
        next.set(key, rectangle);
        const list = byStyle.get(style) ?? [];
        list.push(rectangle);
        byStyle.set(style, list);
      }
      c = end + 1;
    }
    open = next;
  });
  return byStyle;
}

/**
 * Addresses of rectangles joined into lists for `getRanges` ("A1:B2,D4"), each at most
 * `maxChars` long: one RangeAreas per list takes all of a style's format actions at once.
 */
export function areaAddressLists(rectangles: readonly Rectangle[], maxChars: number): string[] {
  const lists: string[] = [];
  let current = "";
  for (const r of rectangles) {
    const address = rangeAddress(r.top, r.left, r.bottom, r.right);
    if (current && current.length + 1 + address.length > maxChars) {
      lists.push(current);
      current = "";
    }
    current = current ? `${current},${address}` : address;
  }
  if (current) lists.push(current);
  return lists;
}
