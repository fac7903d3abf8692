/**
 * `--map field=Header`: which column holds a field, when its header is not one the matcher knows.
 * `field` is a Projects field, or `kind.field` for the other sheets (`risks.owner`, `issues.due`).
 */
import { ColumnMapping, emptyMapping } from "../engine/config";
import { PmoInputError } from "../engine/errors";
import { SHEET_FIELDS, SHEET_KINDS, SheetKind } from "../engine/schema/fields";

export function parseMappingFlags(values: readonly string[]): ColumnMapping {
  const mapping = emptyMapping();
  for (const value of values) {
    const match = /^([^=]+)=([\s\S]+)$/.exec(value);
    if (!match) throw new PmoInputError(`--map needs field=Header, such as --map id="Project Code", not "${value}"`);
    const [, target, header] = match;
    const parts = target.trim().split(".");
    const kind: SheetKind | undefined = parts.length === 2 ? SHEET_KINDS.find((name) => name === parts[0].toLowerCase()) : "projects";
    const fieldName = parts[parts.length - 1];
    const spec = kind ? SHEET_FIELDS[kind].find((field) => field.field.toLowerCase() === fieldName.toLowerCase()) : undefined;
    if (!kind || !spec) {
      throw new PmoInputError(`--map ${target}: no such field; use a Projects field (id, name, bac ...) or KIND.field with KIND one of ${SHEET_KINDS.filter((name) => name !== "projects").join(", ")}`);
    }
    mapping[kind].set(spec.field, header.trim());
  }
  return mapping;
}
