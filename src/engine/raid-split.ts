/**
 * A combined RAID log (SPEC 2): one sheet whose Type column says which register each row belongs
 * to (Risk, Issue, Assumption, Dependency, or R/I/A/D). It is split into one sheet per kind, each
 * keeping the real sheet's name, title rows, header row and row numbers, so that findings name
 * the real sheet and cell. A Type column holding Threat or Opportunity stays the risk's type.
 */
import { RAID_KINDS, RaidKind, RISK_FIELDS, SheetKind } from "./schema/fields";
import { RAID_TYPE_WORDS } from "./schema/choices";
import { findHeaderRow, normaliseHeader } from "./schema/header-match";
import { SheetData } from "./sheet";
import { normaliseWord } from "./values";

export type RaidSheets = Record<"risks" | RaidKind, SheetData>;

function kindOfType(cell: unknown): "risks" | RaidKind | undefined {
  if (typeof cell !== "string") return undefined;
  const key = normaliseWord(cell);
  return Object.prototype.hasOwnProperty.call(RAID_TYPE_WORDS, key) ? RAID_TYPE_WORDS[key] : undefined;
}

/**
 * The sheet split by its Type column, or undefined when it is a plain risk register (no Type
 * column, or none of its rows is an issue, assumption or dependency). `riskMapping` is the user's
 * risks mapping (field -> header), which may name the Type column.
 */
export function splitRaidSheet(sheet: SheetData, riskMapping: ReadonlyMap<string, string>): RaidSheets | undefined {
  const byHeader = new Map([...riskMapping].map(([field, header]) => [normaliseHeader(header), field]));
  const match = findHeaderRow(sheet.rows, RISK_FIELDS, byHeader);
  const typeColumn = match.columns.get("type");
  if (typeColumn === undefined) return undefined;
  const dataRows = sheet.rows.slice(match.rowIndex + 1);
  const kinds = dataRows.map((cells) => kindOfType(cells?.[typeColumn]));
  if (!kinds.some((kind) => kind !== undefined && kind !== "risks")) return undefined;

  const top = sheet.rows.slice(0, match.rowIndex + 1);
  const rowsOf = (wanted: "risks" | RaidKind): unknown[][] => [
    ...top,
    ...dataRows.map((cells, index) => {
      const kind = kinds[index];
      // A row with another word (Threat, Opportunity, blank, a typo) stays a risk, read as it is.
      if (wanted === "risks" && kind === undefined) return cells;
      if (kind !== wanted) return [];
      if (wanted !== "risks") return cells;
      // "Risk" or "R" says which register, not the risk's type: the risk is a threat (blank type).
      const copy = [...cells];
      copy[typeColumn] = null;
      return copy;
    }),
  ];
  const part = (wanted: "risks" | RaidKind): SheetData => ({ ...sheet, rows: rowsOf(wanted) });
  return { risks: part("risks"), issues: part("issues"), assumptions: part("assumptions"), dependencies: part("dependencies") };
}

/**
 * The sheet each kind is read from: when the risks sheet is a combined RAID log, its risk rows,
 * and its other rows for each kind that has no sheet of its own (a workbook's own Issues sheet wins).
 */
export function withRaidLogSplit(sheets: Partial<Record<SheetKind, SheetData>>, riskMapping: ReadonlyMap<string, string>): Partial<Record<SheetKind, SheetData>> {
  const split = sheets.risks ? splitRaidSheet(sheets.risks, riskMapping) : undefined;
  if (!split) return sheets;
  const sources: Partial<Record<SheetKind, SheetData>> = { ...sheets, risks: split.risks };
  for (const kind of RAID_KINDS) sources[kind] = sheets[kind] ?? split[kind];
  return sources;
}
