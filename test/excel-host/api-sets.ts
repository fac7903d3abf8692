/**
 * The ExcelApi requirement set of every member, read from the `[Api set: ExcelApi 1.N]` tags of
 * @types/office-js: the host answers ApiNotFound for a member above its configured set, as Excel
 * does. (The client has its own check, _throwIfApiNotSupported, but this build of
 * excel-web-16.00.debug.js leaves it off: it sets Utility._doApiNotSupportedCheck while the check
 * reads CommonUtility's. So the refusal comes from the host.)
 */
import * as fs from "fs";
import * as path from "path";
import { HostError } from "./errors";

const TYPES_FILE = path.join(__dirname, "../../node_modules/@types/office-js/index.d.ts");

let table: Map<string, string> | undefined;
let typeLines: string[] | undefined;
const enums = new Map<string, Set<string>>();

const lines = () => (typeLines ??= fs.readFileSync(TYPES_FILE, "utf8").split("\n"));

/** The values of an Excel enum as @types/office-js lists them: excelEnum("ChartType") has "Pie". */
export function excelEnum(name: string): Set<string> {
  const known = enums.get(name);
  if (known) return known;
  const all = lines();
  const start = all.indexOf(`    enum ${name} {`);
  if (start < 0) throw new Error(`no enum Excel.${name} in @types/office-js`);
  const values = new Set<string>();
  for (let i = start + 1; i < all.length && !all[i].startsWith("    }"); i++) {
    const m = /^ {8}\w+ = "([^"]+)",?$/.exec(all[i]);
    if (m) values.add(m[1]);
  }
  enums.set(name, values);
  return values;
}

export const versionNumber = (text: string) => text.split(".").map(Number).reduce((major, minor) => major * 1000 + minor);

/** "Worksheet.GetRanges" -> "1.9": class name and PascalCase member, as the wire names them. */
export function apiSetTable(): Map<string, string> {
  if (table) return table;
  table = new Map();
  let inExcel = false;
  let currentClass: string | undefined;
  let tag: string | undefined;
  for (const line of lines()) {
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
      const known = table.get(key);
      // Overloads: the member exists from its earliest set.
      if (!known || versionNumber(tag) < versionNumber(known)) table.set(key, tag);
      tag = undefined;
    }
  }
  return table;
}

/** Throws ApiNotFound when `kind.member` needs a newer ExcelApi than `hostVersion`. */
export function checkApiSet(kind: string, member: string, hostVersion: string): void {
  const needed = apiSetTable().get(`${kind}.${member}`);
  if (needed && versionNumber(needed) > versionNumber(hostVersion)) {
    throw new HostError("ApiNotFound", `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${kind}.${member} needs ExcelApi ${needed}; this host has ${hostVersion})`, 404);
  }
}
