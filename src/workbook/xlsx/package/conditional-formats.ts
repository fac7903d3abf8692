/**
 * `<conditionalFormatting>` for a plan's formats. Status fills are four "cell equals" rules that
 * point at differential formats (dxfs) appended to styles.xml, so a cell stays coloured when the
 * user edits its word; data bars and colour scales show the figures in the cells, beside the
 * native charts (sheet-charts.ts).
 */
import { RagStatus } from "../../../engine/constants";
import { ConditionalFormat, STATUS_WORDS } from "../../../layout/sheet-plan";
import { isValidRange, rangeRef } from "./cell-ref";

export type StatusDxfIds = Readonly<Record<RagStatus, number>>;

/** ARGB as OOXML wants it, from the plan's RRGGBB. */
export function argb(rgb: string): string {
  const hex = rgb.replace(/^#/, "").toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(hex)) throw new Error(`not an RRGGBB colour: ${rgb}`);
  return `FF${hex}`;
}

/** Renders every format; priorities are unique and increasing across the sheet, as Excel requires. */
export function renderConditionalFormats(formats: readonly ConditionalFormat[], dxfIds: StatusDxfIds): string {
  const out: string[] = [];
  let priority = 1;
  for (const format of formats) {
    if (!isValidRange(format.range)) continue;
    const sqref = rangeRef(format.range);
    const rules: string[] = [];
    switch (format.kind) {
      case "statusFill":
        for (const word of STATUS_WORDS) {
          rules.push(`<cfRule type="cellIs" dxfId="${dxfIds[word]}" priority="${priority++}" operator="equal"><formula>"${word}"</formula></cfRule>`);
        }
        break;
      case "dataBar":
        rules.push(
          `<cfRule type="dataBar" priority="${priority++}"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="${argb(format.color)}"/></dataBar></cfRule>`,
        );
        break;
      case "colorScale":
        rules.push(
          `<cfRule type="colorScale" priority="${priority++}"><colorScale><cfvo type="min"/><cfvo type="max"/>` +
            `<color rgb="FFFFFFFF"/><color rgb="${argb(format.color)}"/></colorScale></cfRule>`,
        );
        break;
    }
    out.push(`<conditionalFormatting sqref="${sqref}">${rules.join("")}</conditionalFormatting>`);
  }
  return out.join("");
}
