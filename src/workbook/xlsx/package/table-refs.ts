/**
 * Growing a sheet's Excel tables over the rows appended under them (SPEC 10): a table whose range
 * ends on the sheet's last data row gets its `ref`, and its own `<autoFilter ref>`, extended to
 * the last appended row, by editing those two attributes only.
 */
import { PmoInputError } from "../../../engine/errors";
import { cellRef } from "./cell-ref";
import { parseRange } from "./sheet-rows";
import { attribute } from "./xml-text";

/** The table part's text with its range grown to `lastRow`, or undefined when the table is not over the data's last row. */
export function grownTable(tableXml: string, sheet: string, lastDataRow: number, lastRow: number): string | undefined {
  const table = /<(?:[\w.-]+:)?table(?=[\s/>])[^>]*>/.exec(tableXml);
  const ref = table ? attribute(table[0], "ref") : undefined;
  const range = ref === undefined ? undefined : parseRange(ref);
  if (!table || !range || lastRow <= lastDataRow) return undefined;
  // A table ending above the data, or reaching below the new rows already, needs nothing.
  if (range.bottom < lastDataRow || range.top >= lastDataRow + 1 || range.bottom >= lastRow) return undefined;
  if (Number(attribute(table[0], "totalsRowCount") ?? 0) > 0) {
    throw new PmoInputError(
      `The register's sheet "${sheet}" has a table (${attribute(table[0], "displayName") ?? attribute(table[0], "name") ?? ref}) with a totals row under its data; pmo cannot add rows above it: turn the totals row off in Excel (Table Design) and collect again`,
    );
  }
  const grown = `${cellRef(range.top, range.left)}:${cellRef(lastRow, range.right)}`;
  const tableTag = setRef(table[0], grown);
  let xml = tableXml.slice(0, table.index) + tableTag + tableXml.slice(table.index + table[0].length);
  const filter = /<(?:[\w.-]+:)?autoFilter(?=[\s/>])[^>]*>/.exec(xml);
  const filterRange = filter ? parseRange(attribute(filter[0], "ref") ?? "") : undefined;
  if (filter && filterRange && filterRange.bottom < lastRow) {
    const filterTag = setRef(filter[0], `${cellRef(filterRange.top, filterRange.left)}:${cellRef(lastRow, filterRange.right)}`);
    xml = xml.slice(0, filter.index) + filterTag + xml.slice(filter.index + filter[0].length);
  }
  return xml;
}

/** The table's header row, or undefined when it shows none (headerRowCount="0"). */
export function tableHeaderRow(tableXml: string): number | undefined {
  const table = /<(?:[\w.-]+:)?table(?=[\s/>])[^>]*>/.exec(tableXml);
  if (!table || attribute(table[0], "headerRowCount") === "0") return undefined;
  return parseRange(attribute(table[0], "ref") ?? "")?.top;
}

function setRef(tag: string, ref: string): string {
  return tag.replace(/(\sref\s*=\s*)("[^"]*"|'[^']*')/, `$1"${ref}"`);
}
