/**
 * What to tell a user whose register cannot be read as it is: which header row was used, the
 * headers it holds, and the exact `--map` flag or `PMO Config` row that fixes it (SPEC 2).
 */
import { DEFAULT_SHEET_NAMES, FieldSpec, SHEET_FIELDS, SHEET_KINDS, SheetKind } from "./fields";

/** The kind whose fields these are (the field lists are defined once, in fields.ts). */
export function kindOfFields(fields: readonly FieldSpec[]): SheetKind {
  return SHEET_KINDS.find((kind) => SHEET_FIELDS[kind] === fields) ?? "projects";
}

/** A header as a message quotes it: on one line, whatever notes it has on a second line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The header texts as a short list for a message. */
export function headerList(headers: readonly string[]): string {
  const shown = headers.filter((header) => header !== "").map((header) => `"${oneLine(header)}"`);
  if (shown.length === 0) return "no headers";
  return shown.length > 12 ? `${shown.slice(0, 12).join(", ")} and ${shown.length - 12} more` : shown.join(", ");
}

/** The flag and the config row that map `field` of `kind` to a column headed `header`. */
export function mappingFix(kind: SheetKind, field: string, header: string): string {
  return `--map ${kind}.${field}="${header}" (or the row map.${kind}.${field} | ${header} in PMO Config)`;
}

/** For the command line, then for the task pane (whose fix is the Setup page, not --map). */
export function missingRequiredMessage(sheet: string, headerRow: number, kind: SheetKind, missing: readonly FieldSpec[], headers: readonly string[]): [string, string] {
  const names = missing.map((spec) => `${spec.field} (${spec.header})`).join(", ");
  const first = missing[0];
  const problem = `Sheet "${sheet}", header row ${headerRow}: no column found for the required field${missing.length > 1 ? "s" : ""} ${names}; its headers are ${headerList(headers)}.`;
  return [
    `${problem} Rename the column "${first.header}", or run with ${mappingFix(kind, first.field, "<its header>")}`,
    `${problem} Rename the column "${first.header}", or choose its column on the Setup page (Sheet to map: ${DEFAULT_SHEET_NAMES[kind]}).`,
  ];
}
