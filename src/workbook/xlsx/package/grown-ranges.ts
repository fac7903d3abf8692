/**
 * Rows appended under a sheet's data get what the rows above them have (SPEC 10: "the same
 * drop-down lists"): a data validation or conditional format whose range runs down the data to
 * its last row is extended over the new rows, as is the sheet's own filter. Only the ranges' text
 * changes.
 */
import { cellRef } from "./cell-ref";
import { parseRange } from "./sheet-rows";

/** `tail`: the sheet's XML after `</sheetData>`, where these live. */
export function withGrownRanges(tail: string, lastDataRow: number, lastRow: number): string {
  if (lastRow <= lastDataRow) return tail;
  const grow = (list: string) => list.replace(/[^\s]+/g, (ref) => grownRef(ref, lastDataRow, lastRow));
  return (
    tail
      // <dataValidation sqref>, <conditionalFormatting sqref>, <autoFilter ref> (the sheet's own).
      .replace(/<((?:[\w.-]+:)?)(dataValidation|conditionalFormatting|autoFilter)(?=[\s/>])[^>]*>/g, (tag: string) =>
        tag.replace(/(\s(?:sq)?ref\s*=\s*)("([^"]*)"|'([^']*)')/, (_all, lead: string, _quoted, double?: string, single?: string) => `${lead}"${grow(double ?? single ?? "")}"`),
      )
      // Excel 2010's rules in extLst name their ranges in <xm:sqref>.
      .replace(/(<(?:[\w.-]+:)?sqref>)([^<]*)(<\/(?:[\w.-]+:)?sqref>)/g, (_all, open: string, list: string, close: string) => open + grow(list) + close)
  );
}

/**
 * A range that reaches the last data row (or the blank rows a table keeps under it) but not the
 * last new row grows to it; one row that is the last data row (a rule for its cells alone) does not.
 */
function grownRef(ref: string, lastDataRow: number, lastRow: number): string {
  const range = parseRange(ref);
  if (!range || range.bottom < lastDataRow || range.bottom >= lastRow || range.top === lastDataRow) return ref;
  return `${cellRef(range.top, range.left)}:${cellRef(lastRow, range.right)}`;
}
