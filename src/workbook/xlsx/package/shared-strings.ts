/**
 * Reading cell text as Excel does: the shared-strings table (sharedStrings.xml) and the rich-text
 * items (`<si>`, `<is>`) it and inline strings are made of. Plain string work, no DOM, so it runs
 * in a browser and stays fast on a table of hundreds of thousands of strings.
 */
import { decodeXmlEntities } from "./xml-text";

const ITEM = /<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g;
const TEXT_RUN = /<(?:\w+:)?t(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g;
// Phonetic guides (furigana) carry their own <t>; Excel shows only the base text.
const PHONETIC_RUN = /<(?:\w+:)?rPh\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?rPh>)/g;
const XSTRING_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** The strings of sharedStrings.xml, by index. */
export function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  for (const match of xml.matchAll(ITEM)) strings.push(match[1] === undefined ? "" : stringItemText(match[1]));
  return strings;
}

/**
 * The text of a string item, given the XML inside `<si>` or `<is>`: one plain `<t>`, or the
 * `<t>` of every rich-text run `<r>` joined (their formatting dropped), phonetic runs left out.
 */
export function stringItemText(itemXml: string): string {
  // The usual case, one plain <t>, without the regular expression machinery.
  if (itemXml.startsWith("<t>") && itemXml.endsWith("</t>") && itemXml.indexOf("<", 3) === itemXml.length - 4) {
    return decodeCellText(itemXml.slice(3, -4));
  }
  const body = itemXml.includes("rPh") ? itemXml.replace(PHONETIC_RUN, "") : itemXml;
  let text = "";
  for (const match of body.matchAll(TEXT_RUN)) if (match[1] !== undefined) text += decodeCellText(match[1]);
  return text;
}

/**
 * Raw element content as the text it stands for: line ends normalised as any XML parser does (a
 * raw CR becomes LF; an encoded `&#13;` stays CR), entities and CDATA decoded, then Excel's
 * `_xHHHH_` escapes (ECMA-376 ST_Xstring: "_x000D_" is CR, "_x005F_" a literal underscore).
 */
export function decodeCellText(raw: string): string {
  const normalised = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  const text = normalised.includes("<![CDATA[") ? decodeWithCdata(normalised) : decodeXmlEntities(normalised);
  return text.includes("_x") ? text.replace(XSTRING_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

function decodeWithCdata(raw: string): string {
  let text = "";
  let at = 0;
  for (let start = raw.indexOf("<![CDATA[", at); start >= 0; start = raw.indexOf("<![CDATA[", at)) {
    const end = raw.indexOf("]]>", start + 9);
    text += decodeXmlEntities(raw.slice(at, start)) + raw.slice(start + 9, end < 0 ? raw.length : end);
    at = end < 0 ? raw.length : end + 3;
  }
  return text + decodeXmlEntities(raw.slice(at));
}
