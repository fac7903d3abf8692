/**
 * Start tags of a small XML part with their namespaces resolved, as a namespace-aware parser sees
 * them: a prefix means what the nearest declaration in scope binds it to, wherever that is (on the
 * root, as Excel writes, or on each element, as openpyxl and others do). For the parts the writer
 * edits (workbook.xml and friends, tens of kilobytes), so a plain walk over the text is enough.
 */
import { decodeXmlEntities } from "./xml-text";

export interface XmlAttribute {
  /** The name as written, e.g. "r:id". */
  name: string;
  /** Its namespace ("" for an unprefixed attribute, which has none). */
  namespace: string;
  local: string;
  value: string;
}

export interface XmlStartTag {
  prefix: string;
  local: string;
  namespace: string;
  attributes: XmlAttribute[];
  /** Where the tag starts and ends (just past ">") in the text. */
  start: number;
  end: number;
  selfClosing: boolean;
  /** Prefix -> namespace bindings in scope inside this element ("" is the default namespace). */
  scope: ReadonlyMap<string, string>;
  /** The local names of the elements that hold this one, from the root down. */
  path: readonly string[];
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

function split(name: string): [string, string] {
  const colon = name.indexOf(":");
  return colon < 0 ? ["", name] : [name.slice(0, colon), name.slice(colon + 1)];
}

/**
 * Every start tag of the document in order; comments, PIs, CDATA and doctype are skipped. Throws
 * when the document is not well-formed as far as tags go (cut short, tags crossed, no root).
 */
export function startTags(xml: string): XmlStartTag[] {
  const tags: XmlStartTag[] = [];
  const scopes: Map<string, string>[] = [new Map([["xml", XML_NAMESPACE]])];
  const path: string[] = [];
  let position = 0;
  for (;;) {
    const open = xml.indexOf("<", position);
    if (open < 0) break;
    if (xml.startsWith("<!--", open)) {
      position = endOf(xml, "-->", open);
      continue;
    }
    if (xml.startsWith("<![CDATA[", open)) {
      position = endOf(xml, "]]>", open);
      continue;
    }
    if (xml.startsWith("<?", open) || xml.startsWith("<!", open)) {
      position = endOf(xml, ">", open);
      continue;
    }
    const close = tagEnd(xml, open);
    position = close + 1;
    if (xml[open + 1] === "/") {
      const closing = split(xml.slice(open + 2, close).trim())[1];
      if (path[path.length - 1] !== closing) throw new Error(`the XML closes <${closing}> where <${path[path.length - 1] ?? "nothing"}> is open`);
      scopes.pop();
      path.pop();
      continue;
    }
    const selfClosing = xml[close - 1] === "/";
    const body = xml.slice(open + 1, selfClosing ? close - 1 : close);
    const nameEnd = body.search(/[\s/]|$/);
    const [prefix, local] = split(body.slice(0, nameEnd));
    const scope = new Map(scopes[scopes.length - 1]);
    const raw: [string, string][] = [];
    for (const match of body.slice(nameEnd).matchAll(ATTRIBUTE)) {
      const value = decodeXmlEntities(match[3] ?? match[4] ?? "");
      if (match[1] === "xmlns") scope.set("", value);
      else if (match[1].startsWith("xmlns:")) scope.set(match[1].slice(6), value);
      else raw.push([match[1], value]);
    }
    const attributes = raw.map(([name, value]) => {
      const [attributePrefix, attributeLocal] = split(name);
      return { name, local: attributeLocal, value, namespace: attributePrefix === "" ? "" : (scope.get(attributePrefix) ?? "") };
    });
    tags.push({ prefix, local, namespace: scope.get(prefix) ?? "", attributes, start: open, end: close + 1, selfClosing, scope, path: [...path] });
    if (!selfClosing) {
      scopes.push(scope);
      path.push(local);
    }
  }
  if (path.length > 0) throw new Error(`the XML ends before <${path[path.length - 1]}> is closed`);
  if (tags.length === 0) throw new Error("the XML has no root element");
  return tags;
}

function endOf(xml: string, terminator: string, from: number): number {
  const at = xml.indexOf(terminator, from);
  if (at < 0) throw new Error("the XML ends inside a comment or declaration");
  return at + terminator.length;
}

/** The ">" that ends the tag opened at `open`, skipping any ">" inside quoted attribute values. */
function tagEnd(xml: string, open: number): number {
  let quote = "";
  for (let i = open + 1; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return i;
  }
  throw new Error("the XML ends inside a tag");
}

/** The value of the attribute with this namespace and local name. */
export function attributeIn(tag: XmlStartTag, namespace: string, local: string): string | undefined {
  return tag.attributes.find((attribute) => attribute.local === local && attribute.namespace === namespace)?.value;
}

/** A prefix bound to `namespace` in `scope`, preferring `preferred`; undefined when none is. */
export function prefixFor(scope: ReadonlyMap<string, string>, namespace: string, preferred: string): string | undefined {
  if (scope.get(preferred) === namespace) return preferred;
  for (const [prefix, bound] of scope) if (prefix !== "" && bound === namespace) return prefix;
  return undefined;
}
