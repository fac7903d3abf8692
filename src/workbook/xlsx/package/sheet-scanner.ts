/**
 * The values of a worksheet part's `<sheetData>`, read by scanning the XML text: a register of
 * 50,000 rows is millions of cells, far too many for a DOM, and even a regular expression match
 * per cell spends more time making garbage than reading. So the scan walks the text with indexOf
 * and reads r, s, t and shared-string indexes straight from character codes. Cells come out as the
 * engine reads them (SheetData): text, numbers, booleans, Dates for date-formatted numbers,
 * { error } for errors, formulas by their cached result.
 *
 * The shape matches the CLI's ExcelJS reader: row r at index r-1 (rows the XML skips are []),
 * column c at index c-1, blanks inside a row as null and no blanks after a row's last value.
 */
import { DateSystem } from "../../../engine/values";
import { SheetData } from "../../../engine/sheet";
import { MAX_COLUMNS, MAX_ROWS } from "./cell-ref";
import { decodeCellText, stringItemText } from "./shared-strings";
import { dateFromSerial, isoDate, SharedDates } from "./serial-dates";

export { dateFromSerial } from "./serial-dates";

export interface SheetContext {
  sharedStrings: readonly string[];
  /** By style index (`s`): whether the style shows numbers as dates. */
  dateStyles: readonly boolean[];
  dateSystem: DateSystem;
  /** Where the streaming scanner takes its Dates from, shared by the sheets of one read; its own when absent. */
  sharedDates?: SharedDates;
}

const SHEET_DATA = /<(\w+:)?sheetData\b[^>]*?(\/?)>/;
const SLASH = 47;
const COLON = 58;

/** Where a cell's parts are in the text; one object reused for every cell. */
interface CellSpan {
  prefix: string;
  attributesStart: number;
  attributesEnd: number;
  contentStart: number;
  contentEnd: number;
}

export function scanSheetData(sheetXml: string, name: string, context: SheetContext): SheetData {
  const rows: unknown[][] = [];
  const open = SHEET_DATA.exec(sheetXml);
  if (!open || open[2] === "/") return { name, rows, firstRow: 1, firstColumn: 1 };
  const xml = sheetXml;
  const start = open.index + open[0].length;
  const closing = xml.indexOf(`</${open[1] ?? ""}sheetData>`, start);
  const end = closing < 0 ? xml.length : closing;

  let cells: unknown[] | undefined;
  let rowNumber = 0;
  let column = 0;
  const span: CellSpan = { prefix: "", attributesStart: 0, attributesEnd: 0, contentStart: 0, contentEnd: 0 };
  for (let pos = xml.indexOf("<", start); pos >= 0 && pos < end; pos = xml.indexOf("<", pos)) {
    const nameStart = pos + 1;
    const first = xml.charCodeAt(nameStart);
    let nameEnd = nameStart;
    while (nameEnd < end && !endsName(xml.charCodeAt(nameEnd))) nameEnd++;
    const tagEnd = xml.indexOf(">", nameEnd);
    if (tagEnd < 0) break;
    pos = tagEnd + 1;
    if (first === SLASH || first === 33 || first === 63) continue; // a closing tag, comment or PI
    let localStart = nameStart;
    for (let i = nameStart; i < nameEnd; i++) if (xml.charCodeAt(i) === COLON) localStart = i + 1;
    const localLength = nameEnd - localStart;
    const empty = xml.charCodeAt(tagEnd - 1) === SLASH;
    if (localLength === 3 && xml.startsWith("row", localStart)) {
      // A row without r follows the one before (ECMA-376 18.3.1.73).
      const r = attributeStart(xml, "r", nameEnd, tagEnd);
      rowNumber = r < 0 ? rowNumber + 1 : parseInt(xml.slice(r, xml.indexOf(xml[r - 1], r)), 10);
      column = 0;
      cells = rowNumber >= 1 && rowNumber <= MAX_ROWS ? rowAt(rows, rowNumber) : undefined;
    } else if (localLength === 1 && xml.charCodeAt(localStart) === 99 /* c */) {
      span.prefix = localStart === nameStart ? "" : xml.slice(nameStart, localStart);
      span.attributesStart = nameEnd;
      span.attributesEnd = empty ? tagEnd - 1 : tagEnd;
      span.contentStart = span.contentEnd = tagEnd + 1;
      if (!empty) {
        const close = span.prefix === "" ? "</c>" : `</${span.prefix}c>`;
        span.contentEnd = xml.indexOf(close, span.contentStart);
        if (span.contentEnd < 0) break;
        pos = span.contentEnd + close.length;
      }
      const r = attributeStart(xml, "r", span.attributesStart, span.attributesEnd);
      column = r < 0 ? column + 1 : columnAt(xml, r, column + 1);
      if (!cells || column > MAX_COLUMNS) continue;
      const value = empty ? null : cellValue(xml, span, context);
      if (value === null) continue;
      while (cells.length < column - 1) cells.push(null);
      cells[column - 1] = value;
    }
  }
  return { name, rows, firstRow: 1, firstColumn: 1 };
}

function endsName(code: number): boolean {
  return code === 32 || code === 62 || code === SLASH || code === 9 || code === 10 || code === 13;
}

function rowAt(rows: unknown[][], rowNumber: number): unknown[] {
  while (rows.length < rowNumber) rows.push([]);
  return rows[rowNumber - 1];
}

/** The column of the A1 reference starting at `at` ("BC12" -> 55), or `fallback` if no letters. */
function columnAt(xml: string, at: number, fallback: number): number {
  let column = 0;
  for (let i = at; ; i++) {
    const code = xml.charCodeAt(i) | 0x20; // lower case
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  return column > 0 ? column : fallback;
}

function cellValue(xml: string, span: CellSpan, context: SheetContext): unknown {
  const t = attributeStart(xml, "t", span.attributesStart, span.attributesEnd);
  const type = t < 0 ? "n" : xml.slice(t, xml.indexOf(xml[t - 1], t));
  if (type === "inlineStr") {
    const item = childContent(xml, span, "is");
    if (item !== undefined) return stringItemText(item);
  }
  // <v> as Excel writes it, else the general form (a prefix, attributes, <v/>).
  const plain = span.prefix === "";
  let vStart = xml.indexOf(plain ? "<v>" : `<${span.prefix}v>`, span.contentStart);
  let vEnd = -1;
  if (vStart >= 0 && vStart < span.contentEnd) {
    vStart += span.prefix.length + 3;
    vEnd = xml.indexOf(plain ? "</v>" : `</${span.prefix}v>`, vStart);
  }
  let raw: string | undefined;
  if (vEnd < 0 || vEnd > span.contentEnd) {
    raw = childContent(xml, span, "v");
    if (raw === undefined) return null;
    vStart = vEnd = -1;
  }
  if (type === "s") {
    const index = raw === undefined ? digitsAt(xml, vStart, vEnd) : parseInt(raw, 10);
    const text = context.sharedStrings[index];
    return text === undefined ? null : text;
  }
  raw ??= xml.slice(vStart, vEnd);
  if (raw === "" && type !== "str" && type !== "inlineStr") return null;
  switch (type) {
    case "str":
    case "inlineStr":
      return decodeCellText(raw);
    case "b":
      return parseFloat(raw) !== 0;
    case "e":
      return { error: decodeCellText(raw) };
    case "d":
      return isoDate(raw);
    default: {
      const number = parseFloat(raw);
      const s = attributeStart(xml, "s", span.attributesStart, span.attributesEnd);
      return s >= 0 && context.dateStyles[digitsAt(xml, s, xml.indexOf(xml[s - 1], s))] ? dateFromSerial(number, context.dateSystem) : number;
    }
  }
}

/** A non-negative integer written in xml[from, to), or -1. */
function digitsAt(xml: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = xml.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return from === i ? -1 : value;
    value = value * 10 + digit;
  }
  return from < to ? value : -1;
}

/** The text inside the cell's first `<name>` child (any prefix, any attributes), or undefined. */
function childContent(xml: string, span: CellSpan, name: string): string | undefined {
  const content = xml.slice(span.contentStart, span.contentEnd);
  if (!content.includes(name)) return undefined;
  const match = new RegExp(`<(\\w+:)?${name}(?:\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</\\1?${name}>)`).exec(content);
  return match ? (match[2] ?? "") : undefined;
}

/**
 * Where the value of attribute `name` starts within the start tag's attributes xml[from, to), or
 * -1; it ends at the next occurrence of the quote before it. Values of r, s and t never hold
 * entities.
 */
function attributeStart(xml: string, name: string, from: number, to: number): number {
  for (let at = xml.indexOf(name, from); at >= 0 && at < to; at = xml.indexOf(name, at + 1)) {
    if (!isSpace(xml.charCodeAt(at - 1))) continue;
    let i = at + name.length;
    while (isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 61 /* = */) continue;
    i++;
    while (isSpace(xml.charCodeAt(i))) i++;
    const quote = xml.charCodeAt(i);
    if (quote === 34 || quote === 39) return i + 1;
  }
  return -1;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
