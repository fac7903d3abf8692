/**
 * The sheet-wide parts of a plan: column widths, merges, frozen panes, tab colour and page set-up,
 * as the .xlsx renderer writes them (sheet-xml.ts), so both look alike.
 */
import { columnLetters } from "../../engine/sheet";
import { SheetPlan } from "../../layout/sheet-plan";
import { isValidPlanRange, planRangeAddress, rangeAddress } from "./address";
import { RequestCost } from "./cost";

/**
 * Points of a width in characters. A character is the widest digit of the default font, 7 px in
 * Calibri 11, plus 5 px of padding, as Excel converts; 96 px are 72 pt.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((Math.min(characters, 255) * 7 + 5) * 0.75 * 100) / 100;
}

export function queueSheetLayout(sheet: Excel.Worksheet, plan: SheetPlan, cost: RequestCost): void {
  plan.columnWidths.forEach((width, index) => {
    // A missing or zero width keeps Excel's default, as in the .xlsx renderer.
    if (typeof width !== "number" || !Number.isFinite(width) || width <= 0) return;
    const letters = columnLetters(index + 1);
    sheet.getRange(`${letters}:${letters}`).format.columnWidth = columnWidthPoints(width);
    cost.action(letters, 0, 0);
  });
  for (const merge of plan.merges) {
    if (!isValidPlanRange(merge)) continue;
    const address = planRangeAddress(merge);
    sheet.getRange(address).merge(false);
    cost.action(address, false);
  }
  if (plan.freeze) queueFreeze(sheet, plan.freeze, cost);
  if (plan.tabColor) {
    sheet.tabColor = `#${plan.tabColor}`;
    cost.action(plan.tabColor);
  }
  if (plan.validations) {
    for (const validation of plan.validations) {
      if (!isValidPlanRange(validation.range)) continue;
      const address = planRangeAddress(validation.range);
      const source = validation.choices.join(",");
      sheet.getRange(address).dataValidation.rule = { list: { inCellDropDown: true, source } };
      cost.action(address, source);
    }
  }
  queuePageLayout(sheet, plan, cost);
}

/** { row: 5, column: 2 } freezes rows 1-4 and column A, as in the plan's definition. */
function queueFreeze(sheet: Excel.Worksheet, freeze: { row: number; column: number }, cost: RequestCost): void {
  const rows = Math.max(0, Math.floor(freeze.row) - 1);
  const columns = Math.max(0, Math.floor(freeze.column) - 1);
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRange(rangeAddress(1, 1, rows, columns)));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
  cost.action(rows, columns);
}

function queuePageLayout(sheet: Excel.Worksheet, plan: SheetPlan, cost: RequestCost): void {
  const layout = sheet.pageLayout;
  if (plan.print.landscape) {
    layout.orientation = "Landscape";
    cost.action("Landscape");
  }
  if (plan.print.fitToWidth) {
    // One page wide, as many pages long as it needs (0 = no limit).
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    cost.action({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  }
  // Header with the title in bold, footer "Page n of m": the .xlsx renderer's header and footer.
  const pages = layout.headersFooters.defaultForAllPages;
  if (plan.print.title) {
    pages.centerHeader = `&B${plan.print.title.replace(/&/g, "&&")}`;
    cost.action(plan.print.title);
  }
  pages.centerFooter = "Page &P of &N";
  cost.action("Page &P of &N");
}
