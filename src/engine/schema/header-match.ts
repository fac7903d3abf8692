/**
 * Finding the header row of a register and which column holds which field (SPEC 2). Real
 * registers have title rows above the header, "% Complete" and "Budget (£)" style headers, British
 * and American spellings; matching ignores case, spaces and punctuation, and a column matched by
 * the user's mapping wins over any synonym.
 */
import { isBlank } from "../values";
import { FieldSpec, SERIAL_NUMBER_HEADERS } from "./fields";

/** How far down a sheet the header row may sit. */
export const HEADER_SEARCH_ROWS = 30;

/**
 * "% Complete" -> "pctcomplete", "Proj. ID" -> "projid", "Project #" -> "projectno",
 * "Impact (£)" -> "impactmoney": case, spaces and punctuation do not count; %, #, & and currency
 * signs keep a meaning (so that "Impact (£)" is not "Impact").
 */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/%/g, " pct ")
    .replace(/#/g, " no ")
    .replace(/&/g, " and ")
    .replace(/[£$€¥]/g, " money ")
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/\bpercent(age)?\b/g, "pct")
    .replace(/\bnumber\b/g, "no")
    .replace(/ /g, "");
}

/** The header without a trailing unit in brackets: "Budget (£k)" -> "Budget". */
function withoutBracketedUnit(text: string): string {
  return text.replace(/\s*[([][^)\]]*[)\]]\s*$/, "");
}

export type SynonymIndex = ReadonlyMap<string, string>;

/** Every spelling of every field, normalised, to the field's name. Earlier fields win a clash. */
export function synonymIndex(fields: readonly FieldSpec[]): SynonymIndex {
  const index = new Map<string, string>();
  for (const spec of fields) {
    for (const name of [spec.field, spec.header, ...spec.synonyms]) {
      const key = normaliseHeader(name);
      if (!index.has(key)) index.set(key, spec.field);
    }
  }
  return index;
}

const SERIAL_NUMBER_KEYS = new Set(SERIAL_NUMBER_HEADERS.map(normaliseHeader));

/** The field a header names by synonym, with or without a trailing unit in brackets. */
function fieldBySynonym(header: string, synonyms: SynonymIndex): string | undefined {
  const key = normaliseHeader(header);
  if (key === "" || SERIAL_NUMBER_KEYS.has(key)) return undefined;
  return synonyms.get(key) ?? synonyms.get(normaliseHeader(withoutBracketedUnit(header)));
}

/** The field a header names, by the user's mapping (normalised header -> field) first, then by synonym. */
export function fieldOfHeader(header: string, synonyms: SynonymIndex, mapping: ReadonlyMap<string, string>): string | undefined {
  return mapping.get(normaliseHeader(header)) ?? fieldBySynonym(header, synonyms);
}

export interface HeaderMatch {
  /** Index of the header row within the rows given. */
  rowIndex: number;
  /** Field name -> index of its column within the rows given. */
  columns: Map<string, number>;
  /** Required fields no column matched. */
  missing: FieldSpec[];
}

/**
 * The columns a row would give. Mapped headers are placed first, so a mapping wins over a
 * synonym anywhere in the row; among synonyms the leftmost column wins.
 */
export function matchHeaderRow(row: readonly unknown[], synonyms: SynonymIndex, mapping: ReadonlyMap<string, string>): Map<string, number> {
  const columns = new Map<string, number>();
  const headers = row.map((cell) => (typeof cell === "string" && !isBlank(cell) ? cell : undefined));
  headers.forEach((header, index) => {
    const field = header === undefined ? undefined : mapping.get(normaliseHeader(header));
    if (field && !columns.has(field)) columns.set(field, index);
  });
  const taken = new Set(columns.values());
  headers.forEach((header, index) => {
    if (header === undefined || taken.has(index)) return;
    const field = fieldBySynonym(header, synonyms);
    if (field && !columns.has(field)) columns.set(field, index);
  });
  return columns;
}

/**
 * The header row: of the first rows, the one that matches all required fields and the most
 * fields; failing that, the one matching the most required fields (to say which are missing).
 * `mapping` is normalised header -> field, from `--map` or PMO Config.
 */
export function findHeaderRow(rows: readonly (readonly unknown[])[], fields: readonly FieldSpec[], mapping: ReadonlyMap<string, string> = new Map()): HeaderMatch {
  const synonyms = synonymIndex(fields);
  const required = fields.filter((spec) => spec.required);
  let best: HeaderMatch | undefined;
  let bestScore = -1;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let rowIndex = 0; rowIndex < limit; rowIndex += 1) {
    const columns = matchHeaderRow(rows[rowIndex], synonyms, mapping);
    const missing = required.filter((spec) => !columns.has(spec.field));
    // Required fields found count most; then any field found.
    const score = (required.length - missing.length) * 1000 + columns.size;
    if (columns.size > 0 && score > bestScore) {
      best = { rowIndex, columns, missing };
      bestScore = score;
    }
  }
  return best ?? { rowIndex: 0, columns: new Map(), missing: required };
}
