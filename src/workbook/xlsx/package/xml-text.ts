/**
 * Escaping for hand-written OOXML cell text, so it comes back as the user typed it.
 *
 * What cannot survive, by necessity: the C0 control characters other than tab, LF and CR
 * (U+0000-U+0008, U+000B, U+000C, U+000E-U+001F), U+FFFE and U+FFFF, which XML 1.0 cannot hold,
 * and unpaired UTF-16 surrogate halves, which are not characters (UTF-8 cannot encode them): these
 * are removed. (OOXML could carry the controls as "_xHHHH_", and Excel would decode that, but
 * ExcelJS, which the CLI and the browser preview read with, does not decode it in inline strings,
 * so our own tools would see "_x0001_"; removing them is what ExcelJS's writer does too.)
 *
 * A literal "_xHHHH_" in the text is a different matter: Excel reads it as an escape (ECMA-376
 * Part 1, 22.9.2.19 ST_Xstring) and would show "_x0041_" as "A", so its underscore is written as
 * "_x005F_". Excel shows the text literally; ExcelJS reads inline strings raw and shows
 * "_x005F_x0041_" (after the file is saved by Excel, as a shared string, ExcelJS decodes it right).
 */

/** Excel's limit on the characters in one cell. */
export const MAX_CELL_TEXT = 32767;

// Control characters XML 1.0 forbids (all C0 but tab, LF, CR) and the non-characters U+FFFE/FFFF.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// A surrogate half without its partner cannot be encoded in UTF-8 at all.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex
const NEEDS_CELL_ESCAPE = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]|_x[0-9A-Fa-f]{4}_/;
const CELL_ESCAPES = /[&<>\r]|_(?=x[0-9A-Fa-f]{4}_)/g;
const CELL_ESCAPE_TEXT: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;", _: "_x005F_" };

/** Text as XML 1.0 can hold it: forbidden characters and lone surrogates removed (see above). */
export function removeUnwritable(text: string): string {
  return text.replace(LONE_SURROGATE, "").replace(FORBIDDEN_IN_XML, "");
}

/**
 * Text for the content of a `<t>` element: XML escapes, CR as `&#13;` (a raw CR would be
 * normalised to LF by any XML parser), a literal `_xHHHH_` protected, unwritable characters
 * removed, and cut to Excel's 32,767-character cell limit.
 */
export function escapeCellText(text: string): string {
  if (!NEEDS_CELL_ESCAPE.test(text)) return text.length > MAX_CELL_TEXT ? truncateText(text) : text;
  return truncateText(removeUnwritable(text)).replace(CELL_ESCAPES, (ch) => CELL_ESCAPE_TEXT[ch]);
}

/** Text cut to at most `limit` UTF-16 units (Excel's cell limit unless said), never mid-character. */
export function truncateText(text: string, limit = MAX_CELL_TEXT): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  // Do not split a surrogate pair at the cut.
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * Element text that is plain xsd:string, not ST_Xstring (a DrawingML `<a:t>`, a chart's `<c:f>`):
 * XML escapes only, since nothing decodes "_xHHHH_" there; unwritable characters removed.
 */
export function escapeText(text: string): string {
  return removeUnwritable(text).replace(/[&<>\r]/g, (ch) => CELL_ESCAPE_TEXT[ch]);
}

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** An attribute value in double quotes: whitespace escaped so parsers do not normalise it. */
export function escapeAttribute(text: string): string {
  return removeUnwritable(text).replace(/[&<>"\t\n\r]/g, (ch) => ATTRIBUTE_ESCAPES[ch]);
}

/** Decodes the five predefined entities and character references, as in attribute values we read. */
export function decodeXmlEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, ref: string) => {
    if (ref[0] === "#") return String.fromCodePoint(ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[ref] as string;
  });
}

/** Reads attribute `name` (e.g. "Id" or "r:id", matched exactly) from a start tag, decoded. */
export function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name.replace(":", "\\:")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? decodeXmlEntities(match[1] ?? match[2]) : undefined;
}
