/**
 * The ExcelApi requirement set of every member (api-set-tags.ts, from @types/office-js): the host
 * answers ApiNotFound for a member above its configured set, as Excel does. (The client has its
 * own check, _throwIfApiNotSupported, but this build of excel-web-16.00.debug.js leaves it off: it
 * sets Utility._doApiNotSupportedCheck while the check reads CommonUtility's. So the refusal comes
 * from the host.)
 */
import { loadApiSetTags, loadExcelEnums } from "./api-set-source";
import { versionNumber } from "./api-set-tags";
import { HostError } from "./errors";

export { versionNumber };

let table: Map<string, string> | undefined;
let enums: Record<string, string[]> | undefined;

/** The values of an Excel enum as @types/office-js lists them: excelEnum("ChartType") has "Pie". */
export function excelEnum(name: string): Set<string> {
  enums ??= loadExcelEnums();
  const values = Object.prototype.hasOwnProperty.call(enums, name) ? enums[name] : undefined;
  if (!values) throw new Error(`no enum Excel.${name} in @types/office-js`);
  return new Set(values);
}

/** "Worksheet.GetRanges" -> "1.9": class name and PascalCase member, as the wire names them. */
export function apiSetTable(): Map<string, string> {
  table ??= new Map(Object.entries(loadApiSetTags()));
  return table;
}

/** Throws ApiNotFound when `kind.member` needs a newer ExcelApi than `hostVersion`. */
export function checkApiSet(kind: string, member: string, hostVersion: string): void {
  const needed = apiSetTable().get(`${kind}.${member}`);
  if (needed && versionNumber(needed) > versionNumber(hostVersion)) {
    throw new HostError("ApiNotFound", `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${kind}.${member} needs ExcelApi ${needed}; this host has ${hostVersion})`, 404);
  }
}
