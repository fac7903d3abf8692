/**
 * One `<c>` of a streamed worksheet: what its tag said (type, style) and what its children held
 * (the `<v>` text, the inline string), reused for every cell; and its value, read with the same
 * rules as scanSheetData's.
 */
import { decodeCellText } from "./shared-strings";
import { SheetContext } from "./sheet-scanner";
import { isoDate, SharedDates } from "./serial-dates";
import { CellAttributes, leadingDigits } from "./tag-attributes";
import { truncateText } from "./xml-text";

// Cell types (the t attribute); anything unknown reads as a number, as Excel's default "n".
const NUMBER = 0;
const SHARED_STRING = 1;
const INLINE_STRING = 2;
const FORMULA_STRING = 3; // t="str": a formula's text result
const BOOLEAN = 4;
const ERROR = 5;
const ISO_DATE = 6;

/** Where the cell's `<v>` is: not met, open (its text being captured), read. */
export const VALUE_NOT_MET = 0;
export const VALUE_OPEN = 1;
export const VALUE_READ = 2;

export class StreamedCell {
  /** False for a cell outside Excel's grid: its content is passed over, not captured. */
  wanted = false;
  type = NUMBER;
  style = -1;
  valueState = VALUE_NOT_MET;
  raw = "";
  sawInlineString = false;
  /** Inside the cell's `<is>`. */
  inString = false;
  inlineText: string | undefined;
  /** Whether the value read was cut to the cell limit. */
  cut = false;

  begin(s: string, attributes: CellAttributes, wanted: boolean): void {
    this.wanted = wanted;
    this.valueState = VALUE_NOT_MET;
    this.raw = "";
    this.sharedStringIndex = -1;
    this.wholeNumber = -1;
    this.sawInlineString = false;
    this.inString = false;
    this.inlineText = undefined;
    this.cut = false;
    if (!wanted) return;
    this.type = cellType(s, attributes.tFrom, attributes.tTo);
    this.style = attributes.sFrom < 0 ? -1 : leadingDigits(s, attributes.sFrom, attributes.sTo);
  }

  /** The index of a t="s" value read straight from the text; -1 when the raw text is to be read. */
  sharedStringIndex = -1;

  get isSharedString(): boolean {
    return this.type === SHARED_STRING;
  }

  /** The value of a number cell whose text is plain digits, read straight from it; -1 when the raw text is to be read. */
  wholeNumber = -1;

  get isNumber(): boolean {
    return this.type === NUMBER;
  }

  setWholeNumber(value: number): void {
    this.wholeNumber = value;
    this.valueState = VALUE_READ;
  }

  setValue(raw: string): void {
    this.raw = raw;
    this.valueState = VALUE_READ;
  }

  setSharedStringIndex(index: number): void {
    this.sharedStringIndex = index;
    this.valueState = VALUE_READ;
  }

  setInlineText(text: string): void {
    this.inlineText = text;
    this.inString = false;
  }
}

function cellType(s: string, from: number, to: number): number {
  if (from < 0) return NUMBER;
  const length = to - from;
  if (length === 1) {
    const code = s.charCodeAt(from);
    return code === 115 ? SHARED_STRING : code === 98 ? BOOLEAN : code === 101 ? ERROR : code === 100 ? ISO_DATE : NUMBER;
  }
  if (length === 3 && s.startsWith("str", from)) return FORMULA_STRING;
  if (length === 9 && s.startsWith("inlineStr", from)) return INLINE_STRING;
  return NUMBER;
}

/** The cell's value for the engine, or null for a blank (no cached value, an unknown string). */
export function readStreamedCell(cell: StreamedCell, context: SheetContext, dates: SharedDates, maxCellText: number): unknown {
  const type = cell.type;
  if (type === INLINE_STRING && cell.inlineText !== undefined) return cutToLimit(cell, cell.inlineText, maxCellText);
  if (cell.valueState !== VALUE_READ) return null;
  if (cell.wholeNumber >= 0) return numberOrDate(cell, cell.wholeNumber, context, dates);
  const raw = cell.raw;
  if (type === SHARED_STRING) {
    let index = cell.sharedStringIndex >= 0 ? cell.sharedStringIndex : leadingDigits(raw, 0, raw.length);
    if (index < 0 && mayHoldMarkup(raw)) {
      const decoded = decodeCellText(raw);
      index = leadingDigits(decoded, 0, decoded.length);
    }
    const text = context.sharedStrings[index];
    return text === undefined ? null : text;
  }
  if (raw === "" && type !== FORMULA_STRING && type !== INLINE_STRING) return null;
  switch (type) {
    case FORMULA_STRING:
    case INLINE_STRING:
      return cutToLimit(cell, decodeCellText(raw), maxCellText);
    case BOOLEAN:
      return numberIn(raw) !== 0;
    case ERROR:
      return { error: decodeCellText(raw) };
    case ISO_DATE:
      return isoDate(decodeCellText(raw));
    default:
      return numberOrDate(cell, numberIn(raw), context, dates);
  }
}

function numberOrDate(cell: StreamedCell, number: number, context: SheetContext, dates: SharedDates): number | Date {
  return cell.style >= 0 && context.dateStyles[cell.style] ? dates.dateOf(number) : number;
}

/** As parseFloat reads it; a value that is not a number as written may be one in CDATA or &#NN;. */
function numberIn(raw: string): number {
  const number = parseFloat(raw);
  return number === number || !mayHoldMarkup(raw) ? number : parseFloat(decodeCellText(raw));
}

function mayHoldMarkup(raw: string): boolean {
  return raw.includes("&") || raw.includes("<");
}

function cutToLimit(cell: StreamedCell, text: string, maxCellText: number): string {
  if (text.length <= maxCellText) return text;
  cell.cut = true;
  return truncateText(text, maxCellText);
}
