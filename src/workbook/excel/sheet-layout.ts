/**
 * The sheet-wide parts of a plan: merges (with the cells), then column widths, frozen panes, tab
 * colour, drop-down lists and page set-up (with the sheet), as the .xlsx renderer writes them
 * (sheet-xml.ts), so both look alike.
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

/** Merges belong to the cells: they are built with them and travel with them (Range.copyFrom "All"). */
export function queueMerges(sheet: Excel.Worksheet, plan: SheetPlan, cost: RequestCost): void {
  for (const merge of plan.merges) {
    if (!isValidPlanRange(merge)) continue;
    const address = planRangeAddress(merge);
    sheet.getRange(address).merge(false);
    cost.action(address, false);
  }
}

/**
 * What belongs to the sheet rather than to its cells (a copy of cells does not carry it): column
 * widths, frozen panes, tab colour, drop-down lists, page set-up. On a sheet rewritten in place
 * (`rewrite`), what the plan leaves unset is put back to Excel's default first, so that nothing of
 * the sheet's last content lingers: standard widths, no frozen panes, no tab colour, no lists,
 * portrait at 100 %, no header.
 */
export function queueSheetSettings(sheet: Excel.Worksheet, plan: SheetPlan, cost: RequestCost, rewrite = false): void {
  if (rewrite) {
    sheet.getRange().format.useStandardWidth = true;
    sheet.freezePanes.unfreeze();
    sheet.getRange().dataValidation.clear();
    cost.action(true);
    cost.action();
    cost.action();
  }
  plan.columnWidths.forEach((width, index) => {
    // A missing or zero width keeps Excel's default, as in the .xlsx renderer.
    if (typeof width !== "number" || !Number.isFinite(width) || width <= 0) return;
    const letters = columnLetters(index + 1);
    sheet.getRange(`${letters}:${letters}`).format.columnWidth = columnWidthPoints(width);
    cost.action(letters, 0, 0);
  });
  if (plan.freeze) queueFreeze(sheet, plan.freeze, cost);
  if (plan.tabColor || rewrite) {
    // An empty string is Excel's "automatic" tab colour: none.
    sheet.tabColor = plan.tabColor ? `#${plan.tabColor}` : "";
    cost.action(plan.tabColor ?? "");
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
  queuePageLayout(sheet, plan, cost, rewrite);
}

/**
 * { row: 5, column: 2 } freezes rows 1-4 and column A, as in the plan's definition. The sheet is
 * not the active one (it is being built, or rewritten in place, maybe hidden): freezeAt on such a
 * sheet makes Excel report it as the active sheet (OfficeDev/office-js#3148), which
 * write-sheets.ts undoes by activating the user's sheet again at the end. Rows alone or columns
 * alone use freezeRows / freezeColumns, documented on "the worksheet" rather than on "the active
 * worksheet view" as freezeAt is.
 */
function queueFreeze(sheet: Excel.Worksheet, freeze: { row: number; column: number }, cost: RequestCost): void {
  const rows = Math.max(0, Math.floor(freeze.row) - 1);
  const columns = Math.max(0, Math.floor(freeze.column) - 1);
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRange(rangeAddress(1, 1, rows, columns)));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
  cost.action(rows, columns);
}

function queuePageLayout(sheet: Excel.Worksheet, plan: SheetPlan, cost: RequestCost, rewrite: boolean): void {
  const layout = sheet.pageLayout;
  if (plan.print.landscape || rewrite) {
    layout.orientation = plan.print.landscape ? "Landscape" : "Portrait";
    cost.action("Landscape");
  }
  if (plan.print.fitToWidth || rewrite) {
    // One page wide, as many pages long as it needs (0 = no limit); else Excel's 100 %.
    const zoom = plan.print.fitToWidth ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: 100 };
    layout.zoom = zoom;
    cost.action(zoom);
  }
  // Header with the title in bold, footer "Page n of m": the .xlsx renderer's header and footer.
  const pages = layout.headersFooters.defaultForAllPages;
  if (plan.print.title || rewrite) {
    pages.centerHeader = plan.print.title ? `&B${plan.print.title.replace(/&/g, "&&")}` : "";
    cost.action(plan.print.title ?? "");
  }
  pages.centerFooter = "Page &P of &N";
  cost.action("Page &P of &N");
}
