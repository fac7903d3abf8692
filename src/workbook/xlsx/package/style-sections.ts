/**
 * Appending to one collection of styles.xml (fonts, fills, cellXfs, ...) without touching what is
 * there: existing sheets point at entries by index, so an entry may only be added at the end. We
 * edit the text in place rather than parse and re-serialise, so every existing byte stays put.
 */

/** Collections in the order CT_Stylesheet requires, for inserting one that is missing. */
const SECTION_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

export class StyleSection {
  /** Raw text of each existing child, to reuse an identical one instead of appending. */
  readonly existing: string[];
  private readonly added: string[] = [];
  private readonly indexByXml = new Map<string, number>();

  constructor(
    readonly name: string,
    readonly child: string,
    /** The styleSheet's namespace prefix with its colon ("" or e.g. "x:"). */
    private readonly prefix: string,
    xml: string,
  ) {
    const located = locate(xml, prefix, name);
    const body = located && !located.selfClosing ? xml.slice(located.bodyStart, located.bodyEnd) : "";
    const p = escapeRegExp(prefix);
    const childPattern = new RegExp(`<${p}${child}\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}${child}>)`, "g");
    this.existing = body.match(childPattern) ?? [];
    // The first occurrence wins: that is the index Excel would pick for an identical entry too.
    this.existing.forEach((entry, index) => {
      const key = unprefixed(entry, prefix);
      if (!this.indexByXml.has(key)) this.indexByXml.set(key, index);
    });
  }

  /** Index of an entry identical to `xml` (written without prefix), appending it if there is none. */
  indexOf(xml: string): number {
    const known = this.indexByXml.get(xml);
    if (known !== undefined) return known;
    const index = this.existing.length + this.added.length;
    this.added.push(xml);
    this.indexByXml.set(xml, index);
    return index;
  }

  /** Always appends (for numFmts, whose ids we choose). */
  append(xml: string): void {
    this.added.push(xml);
  }

  /** The document with this section's new entries appended and its count updated. */
  applyTo(xml: string): string {
    if (this.added.length === 0) return xml;
    const p = this.prefix;
    const additions = this.added.map((entry) => withPrefix(entry, p)).join("");
    const count = this.existing.length + this.added.length;
    const located = locate(xml, p, this.name);
    if (!located) {
      const section = `<${p}${this.name} count="${count}">${additions}</${p}${this.name}>`;
      const at = insertionPoint(xml, p, this.name);
      return xml.slice(0, at) + section + xml.slice(at);
    }
    const startTag = xml.slice(located.start, located.startTagEnd);
    const newStartTag = withCount(located.selfClosing ? startTag.replace(/\s*\/>$/, ">") : startTag, count);
    const closing = located.selfClosing ? `</${p}${this.name}>` : "";
    return xml.slice(0, located.start) + newStartTag + xml.slice(located.startTagEnd, located.bodyEnd) + additions + closing + xml.slice(located.bodyEnd);
  }
}

interface Located {
  start: number;
  startTagEnd: number;
  bodyStart: number;
  /** Where the closing tag starts (equal to startTagEnd when self-closing). */
  bodyEnd: number;
  selfClosing: boolean;
}

function locate(xml: string, prefix: string, name: string): Located | undefined {
  const open = new RegExp(`<${escapeRegExp(prefix)}${name}\\b[^>]*?(/?)>`).exec(xml);
  if (!open) return undefined;
  const start = open.index;
  const startTagEnd = start + open[0].length;
  if (open[1] === "/") return { start, startTagEnd, bodyStart: startTagEnd, bodyEnd: startTagEnd, selfClosing: true };
  const bodyEnd = xml.indexOf(`</${prefix}${name}>`, startTagEnd);
  if (bodyEnd < 0) throw new Error(`styles.xml: <${name}> is not closed`);
  return { start, startTagEnd, bodyStart: startTagEnd, bodyEnd, selfClosing: false };
}

function insertionPoint(xml: string, prefix: string, name: string): number {
  for (const later of SECTION_ORDER.slice(SECTION_ORDER.indexOf(name) + 1)) {
    const found = locate(xml, prefix, later);
    if (found) return found.start;
  }
  const end = xml.lastIndexOf(`</${prefix}styleSheet>`);
  if (end < 0) throw new Error("styles.xml: no </styleSheet>");
  return end;
}

function withCount(startTag: string, count: number): string {
  if (/\scount="[^"]*"/.test(startTag)) return startTag.replace(/\scount="[^"]*"/, ` count="${count}"`);
  return startTag.replace(/>$/, ` count="${count}">`);
}

function withPrefix(xml: string, prefix: string): string {
  return prefix ? xml.replace(/<(\/?)([A-Za-z])/g, `<$1${prefix}$2`) : xml;
}

export function unprefixed(xml: string, prefix: string): string {
  return prefix ? xml.split(`<${prefix}`).join("<").split(`</${prefix}`).join("</") : xml;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
