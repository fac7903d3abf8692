/**
 * Reads the ExcelApi requirement set of every member from the text of @types/office-js: each
 * member's `[Api set: ExcelApi 1.N]` tag, keyed as the wire names it ("Worksheet.GetRanges").
 * Pure (no file access), so that the same reading serves the tests in Node and, computed when
 * the page's bundle is built, the simulated host in a browser.
 */
export const versionNumber = (text: string) => text.split(".").map(Number).reduce((major, minor) => major * 1000 + minor);

/** "Worksheet.GetRanges" -> "1.9": class name and PascalCase member. */
export function apiSetTags(typesText: string): Record<string, string> {
  const tags: Record<string, string> = {};
  let inExcel = false;
  let currentClass: string | undefined;
  let tag: string | undefined;
  for (const line of typesText.split("\n")) {
    if (line.startsWith("declare namespace Excel {")) inExcel = true;
    else if (inExcel && line.startsWith("}")) break;
    if (!inExcel) continue;
    const classMatch = /^ {4}(?:class|interface) (\w+)/.exec(line);
    if (classMatch) {
      currentClass = classMatch[1];
      tag = undefined;
      continue;
    }
    const tagMatch = /\[Api set: ExcelApi (\d+\.\d+)\]/.exec(line);
    if (tagMatch) {
      tag = tagMatch[1];
      continue;
    }
    const member = /^ {8}(?:readonly )?(\w+)\??[(:<]/.exec(line);
    if (member && currentClass && tag) {
      const key = `${currentClass}.${member[1].charAt(0).toUpperCase()}${member[1].slice(1)}`;
      const known = Object.prototype.hasOwnProperty.call(tags, key) ? tags[key] : undefined;
      // Overloads: the member exists from its earliest set.
      if (!known || versionNumber(tag) < versionNumber(known)) tags[key] = tag;
      tag = undefined;
    }
  }
  return tags;
}

/** Every string enum of the Excel namespace with its values: { ChartType: ["ColumnClustered", ...] }. */
export function excelEnums(typesText: string): Record<string, string[]> {
  const enums: Record<string, string[]> = {};
  let inExcel = false;
  let current: string[] | undefined;
  for (const line of typesText.split("\n")) {
    if (line.startsWith("declare namespace Excel {")) inExcel = true;
    else if (inExcel && line.startsWith("}")) break;
    if (!inExcel) continue;
    const start = /^ {4}enum (\w+) \{/.exec(line);
    if (start) enums[start[1]] = current = [];
    else if (current && line.startsWith("    }")) current = undefined;
    else if (current) {
      const value = /^ {8}\w+ = "([^"]+)",?$/.exec(line);
      if (value) current.push(value[1]);
    }
  }
  return enums;
}
