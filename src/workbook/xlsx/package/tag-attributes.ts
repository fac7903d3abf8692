/**
 * The attributes a worksheet reader needs from `<row>` and `<c>` tags, r, s and t, found in one
 * walk over the tag's character codes: there are millions of cells, so no regular expression, no
 * slice, nothing allocated. Their values never hold entities (a reference, a style index, a type).
 */

/** Where the values of r, s and t are in the tag text, as [from, to); from is -1 when absent. */
export interface CellAttributes {
  rFrom: number;
  rTo: number;
  sFrom: number;
  sTo: number;
  tFrom: number;
  tTo: number;
}

export function cellAttributes(): CellAttributes {
  return { rFrom: -1, rTo: -1, sFrom: -1, sTo: -1, tFrom: -1, tTo: -1 };
}

const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const R = 114;
const S = 115;
const T = 116;

/**
 * Reads the attributes in s[from, to) (after the element name, before ">" or "/>") into `out`,
 * jumping from "=" to "=" with indexOf: a styled empty row carries half a dozen attributes, and
 * gigabytes of such rows are read for their r alone (`referenceOnly` stops there).
 */
export function readCellAttributes(s: string, from: number, to: number, out: CellAttributes, referenceOnly = false): void {
  out.rFrom = out.sFrom = out.tFrom = -1;
  let i = from;
  while (i < to) {
    const equals = s.indexOf("=", i);
    if (equals < 0 || equals >= to) return;
    let nameEnd = equals;
    while (nameEnd > i && s.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
    let quoteAt = equals + 1;
    while (quoteAt < to && s.charCodeAt(quoteAt) <= 32) quoteAt++;
    const quote = s.charCodeAt(quoteAt);
    if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) return;
    const valueStart = quoteAt + 1;
    const valueEnd = s.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", valueStart);
    if (valueEnd < 0 || valueEnd > to) return;
    // A one-letter name: the character before it is the space that separates attributes.
    if (nameEnd - 1 > i - 1 && s.charCodeAt(nameEnd - 2) <= 32) {
      const name = s.charCodeAt(nameEnd - 1);
      if (name === R) {
        out.rFrom = valueStart;
        out.rTo = valueEnd;
        if (referenceOnly) return;
      } else if (name === S) {
        out.sFrom = valueStart;
        out.sTo = valueEnd;
      } else if (name === T) {
        out.tFrom = valueStart;
        out.tTo = valueEnd;
      }
    }
    i = valueEnd + 1;
  }
}

/** The column of the A1 reference at s[from] ("BC12" -> 55), or `fallback` if it has no letters. */
export function columnOfReference(s: string, from: number, fallback: number): number {
  let column = 0;
  for (let i = from; ; i++) {
    const code = s.charCodeAt(i) | 0x20; // lower case
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  return column > 0 ? column : fallback;
}

/** The non-negative integer that s[from, to) starts with, or -1 when it starts with no digit. */
export function leadingDigits(s: string, from: number, to: number): number {
  let value = -1;
  for (let i = from; i < to; i++) {
    const digit = s.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) break;
    value = (value < 0 ? 0 : value * 10) + digit;
  }
  return value;
}

/** Digits at most this many are a whole number computed exactly digit by digit (under 2^53). */
const MOST_EXACT_DIGITS = 15;

/**
 * The whole number s[from, to) is when it is nothing but 1 to 15 digits (as parseFloat reads it,
 * without making the string first), else -1.
 */
export function wholeNumberIn(s: string, from: number, to: number): number {
  if (to <= from || to - from > MOST_EXACT_DIGITS) return -1;
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = s.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}
