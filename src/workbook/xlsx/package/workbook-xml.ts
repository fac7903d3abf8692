/** Reading and extending the `<sheets>` list of the workbook part, by text edits. */
import { DateSystem } from "../../../engine/values/date";
import { attribute, escapeAttribute } from "./xml-text";
import { insertBeforeClosing } from "./relationships";

export interface SheetEntry {
  name: string;
  sheetId: number;
  relationshipId: string;
}

const RELATIONSHIP_NAMESPACES = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
];

/** The prefix bound to the relationships namespace (usually "r"), or undefined if none is declared. */
function relationshipPrefix(workbookXml: string): string | undefined {
  for (const match of workbookXml.matchAll(/\sxmlns:(\w+)\s*=\s*"([^"]*)"/g)) {
    if (RELATIONSHIP_NAMESPACES.includes(match[2])) return match[1];
  }
  return undefined;
}

export function parseSheetEntries(workbookXml: string): SheetEntry[] {
  const prefix = relationshipPrefix(workbookXml) ?? "r";
  const sheets = /<(\w+:)?sheets\b[^>]*>([\s\S]*?)<\/\1?sheets>/.exec(workbookXml)?.[2] ?? "";
  const out: SheetEntry[] = [];
  for (const match of sheets.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    out.push({
      name: attribute(match[0], "name") ?? "",
      sheetId: Number(attribute(match[0], "sheetId")),
      relationshipId: attribute(match[0], `${prefix}:id`) ?? "",
    });
  }
  return out;
}

/** Appends `<sheet>` at the end of `<sheets>`, so existing sheet indexes (used by names) hold. */
export function addSheetEntry(workbookXml: string, entry: SheetEntry): string {
  const prefix = relationshipPrefix(workbookXml);
  const idAttribute = prefix
    ? `${prefix}:id="${escapeAttribute(entry.relationshipId)}"`
    : `r:id="${escapeAttribute(entry.relationshipId)}" xmlns:r="${RELATIONSHIP_NAMESPACES[0]}"`;
  const element = `<sheet name="${escapeAttribute(entry.name)}" sheetId="${entry.sheetId}" ${idAttribute}/>`;
  return insertBeforeClosing(workbookXml, "sheets", element);
}

export function dateSystemOf(workbookXml: string): DateSystem {
  const properties = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(workbookXml)?.[0];
  const date1904 = properties ? attribute(properties, "date1904") : undefined;
  return date1904 === "1" || date1904 === "true" ? 1904 : 1900;
}

/** Excel's rules for a sheet name; a bad one would make Excel repair (and drop) the sheet. */
export function checkSheetName(name: string): void {
  const problem =
    name.length === 0 || name.length > 31
      ? "must be 1 to 31 characters"
      : /[:\\/?*[\]]/.test(name)
        ? "may not contain : \\ / ? * [ ]"
        : name.startsWith("'") || name.endsWith("'")
          ? "may not start or end with an apostrophe"
          : name.toLowerCase() === "history"
            ? "History is reserved by Excel"
            : /[\u0000-\u001F]/.test(name) // eslint-disable-line no-control-regex
              ? "may not contain control characters"
              : undefined;
  if (problem) throw new Error(`bad sheet name "${name}": ${problem}`);
}
