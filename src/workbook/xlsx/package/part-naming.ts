/** Naming the parts we add, and pointing at them from another part's relationships. */
import { relsPathOf } from "./relationships";
import { PackageParts } from "./zip";

/**
 * `dir + stem + N + extension` for the smallest N no part uses (OPC part names ignore case), nor
 * a stray relationships part (which would otherwise become the new part's).
 */
export function freePartName(parts: PackageParts, dir: string, stem: string, extension: string): { part: string; relative: string } {
  const taken = new Set(parts.names().map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const relative = `${stem}${n}${extension}`;
    const part = `${dir}${relative}`;
    if (!taken.has(part.toLowerCase()) && !taken.has(relsPathOf(part).toLowerCase())) return { part, relative };
  }
}

/** The relationship target from `sourcePart` to `targetPart`: "xl/worksheets/sheet1.xml" to "xl/drawings/drawing1.xml" is "../drawings/drawing1.xml". */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = sourcePart.split("/").slice(0, -1);
  const to = targetPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** The part a relationship part belongs to: "xl/worksheets/_rels/sheet1.xml.rels" -> "xl/worksheets/sheet1.xml". */
export function sourceOfRelsPart(relsPart: string): string | undefined {
  const match = /^(.*?)_rels\/([^/]*)\.rels$/i.exec(relsPart);
  return match ? `${match[1]}${match[2]}` : undefined;
}
