/**
 * The styles.xml entries (font, fill, border, number format, cell format, differential format)
 * that express one named CellStyle. Snippets are built the same way every run, so a second run
 * can find the entries the first one appended and reuse them instead of appending again.
 */
import { RagStatus } from "../../../engine/constants";
import { CellStyle, STATUS_COLORS } from "../../../layout/styles";
import { argb } from "./conditional-formats";
import { escapeAttribute } from "./xml-text";

/** Built-in number formats (ECMA-376 Part 1, 18.8.30) that need no `<numFmt>` entry. */
export const BUILTIN_NUMBER_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

/** The parts of the workbook's default font (fonts[0]) that our fonts inherit, as raw elements. */
export interface BaseFont {
  size: string;
  /** `<name .../>`, `<family .../>`, `<charset .../>`, `<scheme .../>` copied from font 0. */
  faceElements: string;
}

/** Reads font 0 so our text uses the workbook's own typeface (Calibri, Aptos, ...). */
export function baseFontOf(firstFont: string | undefined): BaseFont {
  if (!firstFont) return { size: "11", faceElements: `<name val="Calibri"/><family val="2"/><scheme val="minor"/>` };
  const size = /<(?:\w+:)?sz\b[^>]*\bval="([^"]+)"/.exec(firstFont)?.[1] ?? "11";
  const face = ["name", "family", "charset", "scheme"]
    .map((name) => new RegExp(`<(?:\\w+:)?${name}\\b[^>]*/>`).exec(firstFont)?.[0] ?? "")
    .join("");
  return { size, faceElements: face.replace(/<\w+:/g, "<") };
}

export function fontXml(style: CellStyle, base: BaseFont): string {
  const size = style.size === undefined ? base.size : String(style.size);
  const color = style.fontColor ? `<color rgb="${argb(style.fontColor)}"/>` : "";
  return `<font>${style.bold ? "<b/>" : ""}${style.italic ? "<i/>" : ""}<sz val="${size}"/>${color}${base.faceElements}</font>`;
}

/** `undefined` means "no fill": fill 0, which every styles.xml has. */
export function fillXml(style: CellStyle): string | undefined {
  if (!style.fill) return undefined;
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/><bgColor indexed="64"/></patternFill></fill>`;
}

/** `undefined` means "no border": border 0. */
export function borderXml(style: CellStyle): string | undefined {
  if (!style.border) return undefined;
  const line = (side: string) => `<${side} style="thin"><color indexed="64"/></${side}>`;
  if (style.border === "bottom") return `<border><left/><right/><top/>${line("bottom")}<diagonal/></border>`;
  return `<border>${line("left")}${line("right")}${line("top")}${line("bottom")}<diagonal/></border>`;
}

export function numFmtXml(id: number, formatCode: string): string {
  return `<numFmt numFmtId="${id}" formatCode="${escapeAttribute(formatCode)}"/>`;
}

export interface XfIds {
  numFmtId: number;
  fontId: number;
  fillId: number;
  borderId: number;
  /** Undefined when the workbook has no cell style formats to inherit from. */
  xfId?: number;
}

export function cellXfXml(style: CellStyle, ids: XfIds): string {
  const alignment =
    style.horizontal || style.wrap
      ? `<alignment${style.horizontal ? ` horizontal="${style.horizontal}"` : ""}${style.wrap ? ` wrapText="1"` : ""}/>`
      : "";
  const applies = [
    ids.numFmtId !== 0 ? ` applyNumberFormat="1"` : "",
    ` applyFont="1"`,
    ids.fillId !== 0 ? ` applyFill="1"` : "",
    ids.borderId !== 0 ? ` applyBorder="1"` : "",
    alignment ? ` applyAlignment="1"` : "",
  ].join("");
  const xfId = ids.xfId === undefined ? "" : ` xfId="${ids.xfId}"`;
  const head = `<xf numFmtId="${ids.numFmtId}" fontId="${ids.fontId}" fillId="${ids.fillId}" borderId="${ids.borderId}"${xfId}${applies}`;
  return alignment ? `${head}>${alignment}</xf>` : `${head}/>`;
}

/** The differential format a status-fill rule applies: the status's font colour and fill. */
export function statusDxfXml(status: RagStatus): string {
  const { fill, font } = STATUS_COLORS[status];
  return `<dxf><font><color rgb="${argb(font)}"/></font><fill><patternFill><bgColor rgb="${argb(fill)}"/></patternFill></fill></dxf>`;
}
