/**
 * Finding a register by what it holds when its sheet's name says nothing (`Sheet1`, `Dashboard
 * Overview`, a long export name): SPEC 2, "Finding the sheets". A sheet is a kind's register when
 * its header row has the kind's required fields, or its id and at least two other fields.
 */
import { ColumnMapping } from "./config";
import { isPmoSheetName, SHEET_FIELDS, SheetKind } from "./schema/fields";
import { findHeaderRow, normaliseHeader } from "./schema/header-match";
import { nameFieldOf } from "./schema/read-table";
import { SheetData } from "./sheet";

/** Fields besides the id that a header row must show to count as a register without all required ones. */
const FIELDS_BESIDE_ID = 2;

export interface ContentMatch {
  sheet: string;
  /** How many of the kind's fields its header row matched. */
  fields: number;
  /** 1-based row of the header it was recognised by. */
  headerRow: number;
}

/** How well a sheet's header row fits a kind, or undefined when it is not such a register. */
export function contentMatch(sheet: SheetData, kind: SheetKind, mapping: ColumnMapping): ContentMatch | undefined {
  if (isPmoSheetName(sheet.name)) return undefined;
  const byHeader = new Map([...mapping[kind]].map(([field, header]) => [normaliseHeader(header), field]));
  const match = findHeaderRow(sheet.rows, SHEET_FIELDS[kind], byHeader);
  // A register without an id column reads its names as ids (SPEC 2), so its name column stands in.
  const nameField = nameFieldOf(SHEET_FIELDS[kind]);
  const namesId = !match.columns.has("id") && nameField !== undefined && match.columns.has(nameField);
  const missing = match.missing.filter((spec) => !(spec.field === "id" && namesId));
  const hasRequired = missing.length === 0 && match.columns.size > 0;
  const hasIdAndMore = (match.columns.has("id") || namesId) && match.columns.size >= 1 + FIELDS_BESIDE_ID;
  if (!hasRequired && !hasIdAndMore) return undefined;
  return { sheet: sheet.name, fields: match.columns.size, headerRow: match.rowIndex + sheet.firstRow };
}

/**
 * The best sheet for each kind among `candidates` (in tab order), none used twice. A risk register
 * also shows a Project ID and a title, so each sheet goes to the kind whose fields it covers the
 * largest share of: pairs are settled best share first (more fields, then the earlier tab, on a tie).
 */
export function sheetsByContent(
  candidates: readonly SheetData[],
  kinds: readonly SheetKind[],
  mapping: ColumnMapping,
  taken: ReadonlySet<string> = new Set(),
): Partial<Record<SheetKind, ContentMatch>> {
  const pairs: { kind: SheetKind; match: ContentMatch; share: number; tab: number }[] = [];
  candidates.forEach((sheet, tab) => {
    if (taken.has(sheet.name)) return;
    for (const kind of kinds) {
      const match = contentMatch(sheet, kind, mapping);
      if (match) pairs.push({ kind, match, share: match.fields / SHEET_FIELDS[kind].length, tab });
    }
  });
  pairs.sort((a, b) => b.share - a.share || b.match.fields - a.match.fields || a.tab - b.tab);
  const used = new Set<string>();
  const found: Partial<Record<SheetKind, ContentMatch>> = {};
  for (const pair of pairs) {
    if (found[pair.kind] || used.has(pair.match.sheet)) continue;
    found[pair.kind] = pair.match;
    used.add(pair.match.sheet);
  }
  return found;
}
