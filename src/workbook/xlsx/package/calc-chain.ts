/**
 * calcChain.xml lists every formula cell by sheetId. When we replace a sheet that had formulas,
 * its entries would point at cells that now hold none, and Excel then "repairs" the file (removing
 * the calc chain with a warning). So, only in that case, we drop that sheet's entries; the calc
 * chain is a cache Excel rebuilds, so a missing entry or part costs nothing. Otherwise it is left
 * untouched.
 */
import { attribute } from "./xml-text";

/** The calc chain without entries of `sheetId`; undefined when no entry is left. */
export function withoutSheetEntries(calcChainXml: string, sheetId: number): string | undefined {
  let currentSheet = NaN;
  let removed = false;
  let kept = 0;
  const wanted = String(sheetId);
  // An entry without i="" belongs to the sheet of the entry before it (ECMA-376 18.6.1).
  const xml = calcChainXml.replace(/<(?:\w+:)?c\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g, (entry) => {
    const i = attribute(entry.slice(0, entry.indexOf(">") + 1), "i");
    if (i !== undefined) currentSheet = Number(i);
    if (String(currentSheet) === wanted) {
      removed = true;
      return "";
    }
    kept++;
    return entry;
  });
  if (!removed) return calcChainXml;
  return kept === 0 ? undefined : xml;
}

/**
 * The calc chain without the entries of `cells` (A1) of `sheetId`: cells whose formula a returns
 * edit replaced by a value. An entry left without its own i="" that followed a removed one gets
 * the i of its sheet, so it stays on it. Undefined when no entry is left.
 */
export function withoutCellEntries(calcChainXml: string, sheetId: number, cells: ReadonlySet<string>): string | undefined {
  let currentSheet = NaN;
  let keptSheet = NaN;
  let removed = false;
  let kept = 0;
  const xml = calcChainXml.replace(/<((?:\w+:)?)c\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g, (entry, prefix: string) => {
    const tag = entry.slice(0, entry.indexOf(">") + 1);
    const i = attribute(tag, "i");
    if (i !== undefined) currentSheet = Number(i);
    if (currentSheet === sheetId && cells.has((attribute(tag, "r") ?? "").replace(/\$/g, "").toUpperCase())) {
      removed = true;
      return "";
    }
    kept++;
    const needsSheet = i === undefined && !Number.isNaN(currentSheet) && currentSheet !== keptSheet;
    keptSheet = currentSheet;
    return needsSheet ? entry.replace(new RegExp(`^<${prefix}c`), `<${prefix}c i="${currentSheet}"`) : entry;
  });
  if (!removed) return calcChainXml;
  return kept === 0 ? undefined : xml;
}
