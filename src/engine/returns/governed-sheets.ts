/**
 * Which of a workbook's sheets is which governed sheet, as a register's are found (SPEC 2): by
 * name (with synonyms), then by header row; a PM's own workbook needs no particular sheet names.
 */
import { ColumnMapping, emptyMapping } from "../config";
import { resolveSheetNames } from "../read-portfolio";
import { CORE_SHEET_KINDS, isPmoSheetName, SheetKind } from "../schema/fields";
import { SheetData } from "../sheet";
import { sheetsByContent } from "../sheet-detect";

export function governedSheets(sheets: readonly SheetData[], mapping: ColumnMapping = emptyMapping(), configured: Partial<Record<SheetKind, string>> = {}): Partial<Record<SheetKind, SheetData>> {
  const own = sheets.filter((sheet) => !isPmoSheetName(sheet.name));
  const sources = resolveSheetNames(own.map((sheet) => sheet.name), configured);
  const unnamed = CORE_SHEET_KINDS.filter((kind) => !sources[kind]);
  if (unnamed.length > 0) {
    const found = sheetsByContent(own, unnamed, mapping, new Set(Object.values(sources)));
    for (const kind of unnamed) if (found[kind]) sources[kind] = found[kind]!.sheet;
  }
  const byName = new Map(own.map((sheet) => [sheet.name, sheet]));
  const governed: Partial<Record<SheetKind, SheetData>> = {};
  for (const [kind, name] of Object.entries(sources) as [SheetKind, string][]) governed[kind] = byName.get(name);
  return governed;
}
