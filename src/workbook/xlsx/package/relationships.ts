/**
 * Open Packaging Conventions plumbing: relationship parts, target paths and content types. Edits
 * insert text before a closing tag so the existing entries keep their exact bytes.
 */
import { attribute, escapeAttribute } from "./xml-text";

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"; the package itself ("") -> "_rels/.rels". */
export function relsPathOf(partName: string): string {
  const slash = partName.lastIndexOf("/");
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

/** The part a relationship of `sourcePart` points at (targets are relative to the source's folder). */
export function resolveTarget(sourcePart: string, target: string): string {
  const raw = target.startsWith("/") ? target.slice(1) : sourcePart.slice(0, sourcePart.lastIndexOf("/") + 1) + target;
  const segments: string[] = [];
  for (const segment of decodeURIComponentSafe(raw).split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function parseRelationships(xml: string): Relationship[] {
  const out: Relationship[] = [];
  for (const match of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const tag = match[0];
    out.push({
      id: attribute(tag, "Id") ?? "",
      type: attribute(tag, "Type") ?? "",
      target: attribute(tag, "Target") ?? "",
      external: attribute(tag, "TargetMode") === "External",
    });
  }
  return out;
}

/** "rId" + one more than the largest numbered id, skipping any id already taken. */
export function newRelationshipId(existing: readonly Relationship[]): string {
  const taken = new Set(existing.map((r) => r.id));
  let n = existing.reduce((max, r) => Math.max(max, /^rId(\d+)$/.exec(r.id) ? Number(r.id.slice(3)) : 0), 0) + 1;
  while (taken.has(`rId${n}`)) n++;
  return `rId${n}`;
}

export function addRelationship(xml: string, relationship: Omit<Relationship, "external">): string {
  const entry = `<Relationship Id="${escapeAttribute(relationship.id)}" Type="${escapeAttribute(relationship.type)}" Target="${escapeAttribute(relationship.target)}"/>`;
  return insertBeforeClosing(xml, "Relationships", entry);
}

export const EMPTY_RELATIONSHIPS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;

/** The content type a part gets from an Override, else from the Default for its extension. */
export function contentTypeOf(contentTypesXml: string, partName: string): string | undefined {
  const wanted = `/${partName}`.toLowerCase();
  for (const match of contentTypesXml.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)) {
    if (attribute(match[0], "PartName")?.toLowerCase() === wanted) return attribute(match[0], "ContentType");
  }
  const extension = partName.slice(partName.lastIndexOf(".") + 1).toLowerCase();
  for (const match of contentTypesXml.matchAll(/<(?:\w+:)?Default\b[^>]*>/g)) {
    if (attribute(match[0], "Extension")?.toLowerCase() === extension) return attribute(match[0], "ContentType");
  }
  return undefined;
}

/** Adds an Override for `partName` unless the part already has that content type. */
export function addOverride(contentTypesXml: string, partName: string, contentType: string): string {
  if (contentTypeOf(contentTypesXml, partName) === contentType) return contentTypesXml;
  const entry = `<Override PartName="/${escapeAttribute(partName)}" ContentType="${escapeAttribute(contentType)}"/>`;
  return insertBeforeClosing(contentTypesXml, "Types", entry);
}

/** Inserts `entry` just before `</element>` (any prefix), or opens a self-closing root. */
export function insertBeforeClosing(xml: string, element: string, entry: string): string {
  const closing = new RegExp(`</((?:\\w+:)?)${element}\\s*>`).exec(xml);
  // A prefixed root ("<x:sheets>") needs prefixed children to stay in its namespace.
  if (closing) return xml.slice(0, closing.index) + withPrefix(entry, closing[1]) + xml.slice(closing.index);
  const selfClosing = new RegExp(`<((?:\\w+:)?)${element}\\b[^>]*?/>`).exec(xml);
  if (!selfClosing) throw new Error(`no <${element}> element to add to`);
  const open = selfClosing[0].replace(/\s*\/>$/, ">");
  const end = selfClosing.index + selfClosing[0].length;
  return xml.slice(0, selfClosing.index) + open + withPrefix(entry, selfClosing[1]) + `</${selfClosing[1]}${element}>` + xml.slice(end);
}

function withPrefix(entry: string, prefix: string): string {
  return prefix ? entry.replace(/^<([A-Za-z])/, `<${prefix}$1`) : entry;
}

/** Removes the relationship with `id` (its element only; everything else keeps its bytes). */
export function removeRelationship(xml: string, id: string): string {
  return xml.replace(/<(?:\w+:)?Relationship\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?Relationship>)/g, (tag) => (attribute(tag, "Id") === id ? "" : tag));
}

export function removeOverride(contentTypesXml: string, partName: string): string {
  const wanted = `/${partName}`.toLowerCase();
  return contentTypesXml.replace(/<(?:\w+:)?Override\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?Override>)/g, (tag) =>
    attribute(tag, "PartName")?.toLowerCase() === wanted ? "" : tag,
  );
}
