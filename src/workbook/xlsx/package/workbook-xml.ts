/** Reading and extending the `<sheets>` list of the workbook part, by text edits. */
import { DateSystem } from "../../../engine/values/date";
import { attribute, escapeAttribute } from "./xml-text";
import { attributeIn, prefixFor, startTags, XmlStartTag } from "./xml-scopes";
import { insertBeforeClosing } from "./relationships";

export interface SheetEntry {
  name: string;
  sheetId: number;
  relationshipId: string;
}

const RELATIONSHIPS_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_RELATIONSHIPS_NAMESPACE = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const RELATIONSHIP_NAMESPACES = [RELATIONSHIPS_NAMESPACE, STRICT_RELATIONSHIPS_NAMESPACE];

/** The `<sheet>` elements of `<sheets>`, whatever prefixes the workbook uses and wherever it declares them. */
function sheetTags(workbookXml: string): XmlStartTag[] {
  return startTags(workbookXml).filter((tag) => tag.local === "sheet" && tag.path[tag.path.length - 1] === "sheets");
}

export function parseSheetEntries(workbookXml: string): SheetEntry[] {
  return sheetTags(workbookXml).map((tag) => ({
    name: attributeIn(tag, "", "name") ?? "",
    sheetId: Number(attributeIn(tag, "", "sheetId")),
    relationshipId: RELATIONSHIP_NAMESPACES.map((namespace) => attributeIn(tag, namespace, "id")).find((id) => id !== undefined) ?? "",
  }));
}

/**
 * Appends `<sheet>` at the end of `<sheets>`, so existing sheet indexes (used by names) hold. The
 * new element is in the `<sheets>` element's namespace, and its relationship id uses a prefix
 * bound to the relationships namespace where it stands; when none is (openpyxl declares it on each
 * `<sheet>`), the element declares `r` itself, so the document stays namespace-well-formed.
 */
export function addSheetEntry(workbookXml: string, entry: SheetEntry): string {
  const sheets = startTags(workbookXml).find((tag) => tag.local === "sheets" && tag.path.length === 1);
  if (!sheets) throw new Error("the workbook part has no <sheets> element");
  const scope = sheets.scope;
  const bound = prefixFor(scope, RELATIONSHIPS_NAMESPACE, "r");
  const id = escapeAttribute(entry.relationshipId);
  const idAttribute = bound ? `${bound}:id="${id}"` : `xmlns:r="${RELATIONSHIPS_NAMESPACE}" r:id="${id}"`;
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
