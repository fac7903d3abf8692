/**
 * Finding the rows and cells of a worksheet's XML as spans of its text, so an edit can replace
 * one cell's element and copy every other byte as it was. `r` is optional in OOXML (a row or cell
 * without it follows the one before), so numbers are worked out the way Excel reads them.
 */
import { attribute } from "./xml-text";
import { MAX_COLUMNS, MAX_ROWS } from "./cell-ref";

export interface ElementSpan {
  /** The element's namespace prefix with its colon ("" when unprefixed). */
  prefix: string;
  /** Row number, or column number for a cell. */
  index: number;
  /** Whether the element says its `r` itself. */
  hasReference: boolean;
  start: number;
  /** Just past the start tag's ">". */
  openEnd: number;
  /** Just past the element. */
  end: number;
  selfClosing: boolean;
}

/** The ">" that ends the tag opened at `open`, skipping any ">" inside quoted attribute values. */
export function tagEnd(xml: string, open: number): number {
  let quote = "";
  for (let i = open + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (xml[i] === quote) quote = "";
    } else if (c === 34 || c === 39) quote = xml[i];
    else if (c === 62) return i;
  }
  throw new Error("the XML ends inside a tag");
}

/** Elements named `local` (any prefix) in xml[from, to), each to its end; `number` reads its index from `r`. */
export function elementSpans(xml: string, local: string, from: number, to: number, number: (r: string) => number, limit: number): ElementSpan[] {
  const pattern = new RegExp(`<((?:[\\w.-]+:)?)${local}(?=[\\s/>])`, "g");
  pattern.lastIndex = from;
  const spans: ElementSpan[] = [];
  let previous = 0;
  for (let match = pattern.exec(xml); match && match.index < to; match = pattern.exec(xml)) {
    const start = match.index;
    const close = tagEnd(xml, start);
    const selfClosing = xml[close - 1] === "/";
    const r = attribute(xml.slice(start, close + 1), "r");
    const index = r === undefined ? previous + 1 : number(r);
    if (!Number.isInteger(index) || index < 1 || index > limit || index <= previous) {
      throw new Error(`<${local}${r === undefined ? "" : ` r="${r}"`}> is out of order or outside the sheet`);
    }
    previous = index;
    let end = close + 1;
    if (!selfClosing) {
      const closing = `</${match[1]}${local}>`;
      const at = xml.indexOf(closing, end);
      if (at < 0 || at >= to) throw new Error(`<${local}> is not closed`);
      end = at + closing.length;
    }
    spans.push({ prefix: match[1], index, hasReference: r !== undefined, start, openEnd: close + 1, end, selfClosing });
    pattern.lastIndex = end;
  }
  return spans;
}

export function rowSpans(xml: string, from: number, to: number): ElementSpan[] {
  return elementSpans(xml, "row", from, to, Number, MAX_ROWS);
}

export function cellSpans(xml: string, row: ElementSpan): ElementSpan[] {
  if (row.selfClosing) return [];
  return elementSpans(xml, "c", row.openEnd, row.end, (r) => columnOf(r) ?? NaN, MAX_COLUMNS);
}

/** "AB12" -> 28; undefined when `reference` is not a cell reference. */
export function columnOf(reference: string): number | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?\d+$/.exec(reference);
  if (!match) return undefined;
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return column;
}

/** "AB12" -> { row: 12, column: 28 }; undefined for anything else or outside the grid. */
export function parseCell(reference: string): { row: number; column: number } | undefined {
  const column = columnOf(reference);
  const row = Number(/\d+$/.exec(reference)?.[0]);
  if (column === undefined || column > MAX_COLUMNS || !Number.isInteger(row) || row < 1 || row > MAX_ROWS) return undefined;
  return { row, column };
}

/** "A1:D10" (or "A1") as numbers; undefined when it is not a range. */
export function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const [first, second = first] = ref.trim().split(":");
  const a = parseCell(first);
  const b = parseCell(second);
  if (!a || !b) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}
