/**
 * Changing cells of one worksheet's XML in place (SPEC 10): only the `<c>` elements of changed
 * cells are written again (their r and s kept, their value replaced, a formula in them dropped);
 * a cell or row that is not there yet is inserted in order; rows to append go after the last row
 * holding a value, their new cells styled as the cell above (unless it is a table's header), else
 * as their column. Every other byte is copied as it was.
 */
import { PmoInputError } from "../../../engine/errors";
import { CellWrite } from "../../../engine/returns/returns-types";
import { DateSystem } from "../../../engine/values/date";
import { cellRef, columnLetters, MAX_ROWS } from "./cell-ref";
import { cellXml } from "./cell-value-xml";
import { cellSpans, ElementSpan, parseCell, parseRange, rowSpans } from "./sheet-rows";
import { attribute } from "./xml-text";
import { withGrownRanges } from "./grown-ranges";
import { checkFormulaRanges, checkMergedCells } from "./edit-checks";

/**
 * A value to write, with the style a cell made for it takes: in an appended row the cell above's;
 * else its row's (a formatted row's s) or, failing that, its column's (<col style>), as Excel
 * gives a cell typed there.
 */
export interface Write {
  value: CellWrite;
  styleAbove?: string;
  columnStyle?: string;
}

/** Column -> what to write, for one row. */
export type RowWrites = Map<number, Write>;

export interface SheetXmlEdits {
  /** A1 -> new value, on rows that are there (or not: a missing row or cell is made). */
  cells: ReadonlyMap<string, CellWrite>;
  /** Rows to add after the last row holding a value: column letter -> value. */
  append: readonly Readonly<Record<string, CellWrite>>[];
  /** Table header rows: an appended row under one does not take its (header) styles. */
  headerRows?: ReadonlySet<number>;
}

export interface EditedSheet {
  xml: string;
  /** Cells that held a formula and now hold a value (for the calc chain). */
  formulasRemoved: string[];
  /** The last row holding a value, or written by this edit (0 when none): rows are appended under it. And the last row appended (or that). */
  lastDataRow: number;
  lastAppendedRow: number;
}

/** How the cells are written: the workbook's date system, and the style a date takes in a cell of a style (date-cell-styles.ts). */
export interface CellWriting {
  dateSystem: DateSystem;
  dateStyle?: (style: number) => number;
}

export function editSheetXml(xml: string, sheet: string, edits: SheetXmlEdits, writing: CellWriting): EditedSheet {
  const data = /<((?:[\w.-]+:)?)sheetData(?=[\s/>])[^>]*?(\/?)>/.exec(xml);
  if (!data) throw new PmoInputError(`The register's sheet "${sheet}" has no cells part (<sheetData>); open it in Excel and save it again`);
  const prefix = data[1];
  let dataEnd = data.index + data[0].length;
  if (data[2] === "/") {
    xml = `${xml.slice(0, data.index)}${data[0].replace(/\s*\/>$/, ">")}</${prefix}sheetData>${xml.slice(dataEnd)}`;
    dataEnd = data.index + data[0].replace(/\s*\/>$/, ">").length;
  }
  const dataClose = xml.indexOf(`</${prefix}sheetData>`, dataEnd);
  const rows = rowSpans(xml, dataEnd, dataClose);
  // Rows are appended under every value, the new ones of this edit too: never into a row it writes.
  let lastData = lastRowWithValue(xml, rows);
  for (const reference of edits.cells.keys()) lastData = Math.max(lastData, parseCell(reference)?.row ?? 0);
  const writes = writesByRow(sheet, edits, lastData, xml, rows);
  checkFormulaRanges(xml, sheet, writes);
  checkMergedCells(xml.slice(dataClose), sheet, writes);

  const out: string[] = [];
  const formulasRemoved: string[] = [];
  let copied = 0;
  let r = 0;
  for (const rowNumber of [...writes.keys()].sort((a, b) => a - b)) {
    while (r < rows.length && rows[r].index < rowNumber) r++;
    const rowWrites = writes.get(rowNumber)!;
    const existing = rows[r]?.index === rowNumber ? rows[r] : undefined;
    if (existing) {
      out.push(xml.slice(copied, existing.start), editRow(xml, existing, rowWrites, { sheet, writing, formulasRemoved }));
      copied = existing.end;
      continue;
    }
    const next = rows[r];
    const at = next ? next.start : dataClose;
    out.push(xml.slice(copied, at), newRow(prefix, rowNumber, rowWrites, sheet, writing));
    // (The row after it says its r: one without r follows the row before it, leaving no gap to fill.)
    copied = at;
  }
  const lastAppendedRow = lastData + edits.append.length;
  out.push(xml.slice(copied, dataClose), withGrownRanges(xml.slice(dataClose), lastData, lastAppendedRow));
  return { xml: grownDimension(out.join(""), writes), formulasRemoved, lastDataRow: lastData, lastAppendedRow };
}

interface RowContext {
  sheet: string;
  writing: CellWriting;
  formulasRemoved: string[];
}

function editRow(xml: string, row: ElementSpan, writes: RowWrites, context: RowContext): string {
  const cells = cellSpans(xml, row);
  const cellPrefix = cells[0]?.prefix ?? row.prefix;
  let openTag = withSpans(xml.slice(row.start, row.openEnd), writes);
  const rowStyle = attribute(openTag, "customFormat") === "1" || attribute(openTag, "customFormat") === "true" ? attribute(openTag, "s") : undefined;
  if (row.selfClosing) openTag = openTag.replace(/\s*\/>$/, ">");
  const out: string[] = [openTag];
  let copied = row.openEnd;
  let c = 0;
  for (const column of [...writes.keys()].sort((a, b) => a - b)) {
    while (c < cells.length && cells[c].index < column) c++;
    const { value, styleAbove, columnStyle } = writes.get(column)!;
    const reference = cellRef(row.index, column);
    const where = `sheet "${context.sheet}", cell ${reference}`;
    const existing = cells[c]?.index === column ? cells[c] : undefined;
    if (existing) {
      const tag = xml.slice(existing.start, existing.openEnd);
      const content = xml.slice(existing.openEnd, existing.end);
      const formula = /<(?:[\w.-]+:)?f(?=[\s/>])[^>]*>/.exec(content);
      if (formula && attribute(formula[0], "t") === "shared" && attribute(formula[0], "ref") !== undefined) {
        throw new PmoInputError(`The register's ${where} holds the formula other cells share; pmo will not overwrite it: change the value in Excel, or remove the formula`);
      }
      if (formula) context.formulasRemoved.push(reference);
      const attributes = tag.replace(/\s*\/?>$/, "").slice(1 + existing.prefix.length + 1);
      const rewritten = cellXml(existing.prefix, existing.hasReference ? attributes : ` r="${reference}"${attributes}`, value, context.writing.dateSystem, where, context.writing.dateStyle);
      out.push(xml.slice(copied, existing.start), rewritten);
      copied = existing.end;
      continue;
    }
    const next = cells[c];
    const at = next ? next.start : row.selfClosing ? row.openEnd : row.end - `</${row.prefix}row>`.length;
    out.push(xml.slice(copied, at), cellXml(cellPrefix, ` r="${reference}"${styleAttribute(styleAbove ?? rowStyle ?? columnStyle)}`, value, context.writing.dateSystem, where, context.writing.dateStyle));
    copied = at;
  }
  if (row.selfClosing) out.push(`</${row.prefix}row>`);
  else out.push(xml.slice(copied, row.end));
  return out.join("");
}

function styleAttribute(style: string | undefined): string {
  return style === undefined || style === "0" ? "" : ` s="${style}"`;
}

function newRow(prefix: string, rowNumber: number, writes: RowWrites, sheet: string, writing: CellWriting): string {
  const columns = [...writes.keys()].sort((a, b) => a - b);
  const cells = columns.map((column) => {
    const { value, styleAbove, columnStyle } = writes.get(column)!;
    return cellXml(prefix, ` r="${cellRef(rowNumber, column)}"${styleAttribute(styleAbove ?? columnStyle)}`, value, writing.dateSystem, `sheet "${sheet}", cell ${cellRef(rowNumber, column)}`, writing.dateStyle);
  });
  return `<${prefix}row r="${rowNumber}">${cells.join("")}</${prefix}row>`;
}

function writesByRow(sheet: string, edits: SheetXmlEdits, lastData: number, xml: string, rows: ElementSpan[]): Map<number, RowWrites> {
  const writes = new Map<number, RowWrites>();
  const columnStyles = columnStylesOf(xml);
  const put = (row: number, column: number, value: CellWrite, styleAbove?: string) => {
    let row_ = writes.get(row);
    if (!row_) writes.set(row, (row_ = new Map()));
    row_.set(column, { value, styleAbove, columnStyle: columnStyles(column) });
  };
  for (const [reference, value] of edits.cells) {
    const cell = parseCell(reference);
    if (!cell) throw new PmoInputError(`sheet "${sheet}": "${reference}" is not a cell reference`);
    put(cell.row, cell.column, value);
  }
  if (edits.append.length === 0) return writes;
  if (lastData + edits.append.length > MAX_ROWS) throw new PmoInputError(`sheet "${sheet}" has no room for ${edits.append.length} more rows`);
  const above = edits.headerRows?.has(lastData) ? undefined : rows.find((row) => row.index === lastData);
  const stylesAbove = new Map((above ? cellSpans(xml, above) : []).map((cell) => [cell.index, attribute(xml.slice(cell.start, cell.openEnd), "s")]));
  edits.append.forEach((values, i) => {
    for (const [letters, value] of Object.entries(values)) {
      const cell = parseCell(`${letters}1`);
      if (!cell || letters !== columnLetters(cell.column)) throw new PmoInputError(`sheet "${sheet}": "${letters}" is not a column`);
      put(lastData + 1 + i, cell.column, value, stylesAbove.get(cell.column));
    }
  });
  return writes;
}

/** A column's default style from the sheet's <cols>, by column number. */
function columnStylesOf(xml: string): (column: number) => string | undefined {
  const cols = /<((?:[\w.-]+:)?)cols>([\s\S]*?)<\/\1cols>/.exec(xml.slice(0, xml.search(/<(?:[\w.-]+:)?sheetData[\s/>]/)));
  const ranges = [...(cols?.[2] ?? "").matchAll(/<(?:[\w.-]+:)?col\s[^>]*>/g)].map((match) => ({
    min: Number(attribute(match[0], "min")),
    max: Number(attribute(match[0], "max")),
    style: attribute(match[0], "style"),
  }));
  return (column) => ranges.find((range) => column >= range.min && column <= range.max)?.style;
}

/** The last row with a cell holding a value or a formula (a row of styled blanks holds no data). */
function lastRowWithValue(xml: string, rows: ElementSpan[]): number {
  for (let r = rows.length - 1; r >= 0; r--) {
    if (/<(?:[\w.-]+:)?(?:v|is|f)[\s/>]/.test(xml.slice(rows[r].openEnd, rows[r].end))) return rows[r].index;
  }
  return 0;
}

/** A row's spans (a hint of its first and last column) widened to the columns written. */
function withSpans(tag: string, writes: RowWrites): string {
  const spans = attribute(tag, "spans");
  if (spans === undefined) return tag;
  const numbers = spans.split(/[\s:]+/).map(Number).filter(Number.isFinite);
  const columns = [...numbers, ...writes.keys()];
  const grown = `${Math.min(...columns)}:${Math.max(...columns)}`;
  return grown === spans ? tag : tag.replace(/(\sspans\s*=\s*)("[^"]*"|'[^']*')/, `$1"${grown}"`);
}

/** `<dimension ref>` grown to hold every cell written. */
function grownDimension(xml: string, writes: Map<number, RowWrites>): string {
  const dimension = /<(?:[\w.-]+:)?dimension\b[^>]*>/.exec(xml);
  const ref = dimension ? attribute(dimension[0], "ref") : undefined;
  if (!dimension || ref === undefined || writes.size === 0) return xml;
  let { top, left, bottom, right } = parseRange(ref) ?? { top: 1, left: 1, bottom: 1, right: 1 };
  for (const [row, columns] of writes) {
    top = Math.min(top, row);
    bottom = Math.max(bottom, row);
    for (const column of columns.keys()) {
      left = Math.min(left, column);
      right = Math.max(right, column);
    }
  }
  const grown = top === bottom && left === right ? cellRef(top, left) : `${cellRef(top, left)}:${cellRef(bottom, right)}`;
  if (grown === ref) return xml;
  const tag = dimension[0].replace(/(\sref\s*=\s*)("[^"]*"|'[^']*')/, `$1"${grown}"`);
  return xml.slice(0, dimension.index) + tag + xml.slice(dimension.index + dimension[0].length);
}
