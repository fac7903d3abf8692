/**
 * The usual cell read in one go: `<c ...>`, an optional formula, `<v>` text `</v>`, `</c>`, all
 * in the text at hand and unprefixed, as Excel writes nearly every cell. Seen from the cell's start
 * tag, it costs a few character checks and one indexOf per part instead of a tag event each, which
 * is most of what the old whole-string scanner gained by jumping to `</c>`. Anything else (a
 * prefix, attributes on `<v>`, an inline string, CDATA, a comment, the cell running past the text
 * at hand) gives -1, and the tokenizer reads the cell tag by tag. Each indexOf here stops at the
 * next "<", so what a failed attempt read is read once more at most: the scan stays linear.
 */
import { StreamedCell } from "./streamed-cell";
import { leadingDigits, wholeNumberIn } from "./tag-attributes";

const LESS_THAN = 60;
const GREATER_THAN = 62;
const SLASH = 47;
const F = 102;
const V = 118;

/**
 * For a cell whose start tag ends at s[gt] (">", not "/>"): puts its value into `cell` and gives
 * the position after its `</c>`; or -1 when it is not the simple shape.
 */
export function readSimpleCell(s: string, gt: number, cell: StreamedCell, maxValueText: number): number {
  let at = gt + 1;
  if (s.charCodeAt(at) !== LESS_THAN) return -1;
  let next = s.charCodeAt(at + 1);
  if (next === F) {
    const after = s.charCodeAt(at + 2);
    if (after !== GREATER_THAN && after !== 32) return -1;
    const formulaTagEnd = s.indexOf(">", at + 2);
    if (formulaTagEnd < 0) return -1;
    if (s.charCodeAt(formulaTagEnd - 1) === SLASH) at = formulaTagEnd + 1;
    else {
      const close = s.indexOf("<", formulaTagEnd + 1);
      if (close < 0 || !s.startsWith("</f>", close)) return -1;
      at = close + 4;
    }
    if (s.charCodeAt(at) !== LESS_THAN) return -1;
    next = s.charCodeAt(at + 1);
  }
  if (next === SLASH) {
    // No value: a formula never calculated, or nothing at all.
    return s.startsWith("</c>", at) ? at + 4 : -1;
  }
  if (next !== V || s.charCodeAt(at + 2) !== GREATER_THAN) return -1;
  const from = at + 3;
  const to = s.indexOf("<", from);
  if (to < 0 || to - from > maxValueText || !s.startsWith("</v></c>", to)) return -1;
  const index = cell.isSharedString ? leadingDigits(s, from, to) : -1;
  // A plain whole number (counts, money, date serials) is read where it is, not copied out first.
  const whole = cell.isNumber ? wholeNumberIn(s, from, to) : -1;
  if (index >= 0) cell.setSharedStringIndex(index);
  else if (whole >= 0) cell.setWholeNumber(whole);
  else cell.setValue(s.slice(from, to));
  return to + 8;
}
