/**
 * The plan's conditional formats as Excel's own (ExcelApi 1.6). Status fills are four "cell value
 * equals" rules with the status colours, like the .xlsx renderer's cellIs rules, so a cell stays
 * coloured when the user types another word into it.
 */
import { ConditionalFormat, STATUS_WORDS } from "../../layout/sheet-plan";
import { STATUS_COLORS } from "../../layout/styles";
import { isValidPlanRange, planRangeAddress } from "./address";
import { RequestCost } from "./cost";

export function queueConditionalFormats(sheet: Excel.Worksheet, formats: readonly ConditionalFormat[], cost: RequestCost): void {
  for (const format of formats) {
    if (!isValidPlanRange(format.range)) continue;
    const address = planRangeAddress(format.range);
    const collection = sheet.getRange(address).conditionalFormats;
    cost.action(address);
    switch (format.kind) {
      case "statusFill":
        for (const word of STATUS_WORDS) {
          const rule = collection.add("CellValue").cellValue;
          rule.format.fill.color = `#${STATUS_COLORS[word].fill}`;
          rule.format.font.color = `#${STATUS_COLORS[word].font}`;
          rule.rule = { formula1: `="${word}"`, operator: "EqualTo" };
          cost.action("CellValue", STATUS_COLORS[word].fill, STATUS_COLORS[word].font, word, "EqualTo");
        }
        break;
      case "dataBar": {
        const bar = collection.add("DataBar").dataBar;
        bar.barDirection = "LeftToRight";
        bar.positiveFormat.fillColor = `#${format.color}`;
        cost.action("DataBar", "LeftToRight", format.color);
        break;
      }
      case "colorScale": {
        const scale = collection.add("ColorScale").colorScale;
        scale.criteria = {
          minimum: { type: "LowestValue", color: "#FFFFFF" },
          maximum: { type: "HighestValue", color: `#${format.color}` },
        };
        cost.action("ColorScale", scale.criteria);
        break;
      }
    }
  }
}
