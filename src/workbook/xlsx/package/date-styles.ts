/**
 * Which cell styles show a number as a date. An .xlsx stores a date as a plain serial number; only
 * the number format of the cell's style (cellXfs entry `s`) says it is a date. ExcelJS decides the
 * same way, so both readers hand the engine a Date for the same cells.
 */
import { attribute } from "./xml-text";

/** Built-in formats that are dates or times: 14-22 (m/d/yyyy ... h:mm:ss) and 45-47 (mm:ss ...). */
const BUILT_IN_DATE_FORMATS: ReadonlySet<number> = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

// Literal parts of a format code: "quoted text", [colour / locale / elapsed], \x escaped, _x
// (space as wide as x) and *x (repeat x).
const LITERAL_PARTS = /"[^"]*"|\[[^\]]*\]|[\\_*]./g;
// y, m, d, h, s, and b (Buddhist year), as ExcelJS checks, in either case as Excel accepts them.
const DATE_TOKEN = /[ymdhsb]/i;

/** A custom format code shows a date or time when a date token remains once literals are gone. */
export function isDateFormatCode(code: string): boolean {
  const trimmed = code.trim();
  if (trimmed === "" || trimmed.toLowerCase() === "general" || trimmed === "@") return false;
  return DATE_TOKEN.test(trimmed.replace(LITERAL_PARTS, ""));
}

/** For each cellXfs index of styles.xml, whether it formats numbers as dates. */
export function dateStylesOf(stylesXml: string | undefined): boolean[] {
  if (!stylesXml) return [];
  const customFormats = new Map<number, string>();
  const numFmts = /<(?:\w+:)?numFmts\b[^>]*>([\s\S]*?)<\/(?:\w+:)?numFmts>/.exec(stylesXml)?.[1] ?? "";
  for (const match of numFmts.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
    const id = Number(attribute(match[0], "numFmtId"));
    const code = attribute(match[0], "formatCode");
    if (Number.isInteger(id) && code !== undefined) customFormats.set(id, code);
  }
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(stylesXml)?.[1] ?? "";
  const styles: boolean[] = [];
  for (const match of cellXfs.matchAll(/<(?:\w+:)?xf\b[^>]*>/g)) {
    const id = Number(attribute(match[0], "numFmtId") ?? 0);
    // A custom format may reuse a built-in id; the workbook's own definition wins, as in Excel.
    const custom = customFormats.get(id);
    styles.push(custom !== undefined ? isDateFormatCode(custom) : BUILT_IN_DATE_FORMATS.has(id));
  }
  return styles;
}
