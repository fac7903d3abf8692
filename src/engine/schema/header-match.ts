/**
 * Finding the header row of a register and which column holds which field (SPEC 2). Real
 * registers have title rows above the header, "% Complete" and "Budget (£m)" style headers, notes
 * on a second line, British and American spellings; matching ignores case, spaces and punctuation.
 * A column matched by the user's mapping wins over any synonym, and an exact header over a
 * weaker match elsewhere in the row.
 */
import { isBlank } from "../values";
import { FieldSpec, SERIAL_NUMBER_HEADERS } from "./fields";
import { headerNamesMoney, withoutMoneyUnit } from "./money-scale";

/** How far down a sheet the header row may sit. */
export const HEADER_SEARCH_ROWS = 30;

/** What a currency sign normalises to; "Impact (£)" is "impact" + this. */
const MONEY_WORD = "money";

/**
 * "% Complete" -> "pctcomplete", "Proj. ID" -> "projid", "Project #" -> "projectno",
 * "Impact (£)" -> "impactmoney", "PercentComplete" -> "pctcomplete": case, spaces and punctuation
 * do not count; %, #, & and currency signs keep a meaning (so that "Impact (£)" is not "Impact").
 * "percent" and "number" are shortened after spaces go, so that CamelCase and snake_case headers
 * ("PercentComplete", "project_number") read as their spaced spelling, whatever their case.
 */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/%/g, " pct ")
    .replace(/#/g, " no ")
    .replace(/&/g, " and ")
    .replace(/[£$€¥₹]/g, ` ${MONEY_WORD} `)
    .replace(/[^a-z0-9]+/g, "")
    .replace(/percent(age)?/g, "pct")
    .replace(/number/g, "no");
}

/** The header without a trailing unit or note in brackets: "Budget (£k)" -> "Budget". */
function withoutBracketedUnit(text: string): string {
  return text.replace(/\s*[([][^)\]]*[)\]]\s*$/, "");
}

/** A note on a second line ("Budget\n(approved, £)") leaves the first line as the header. */
function firstLine(text: string): string {
  return text.split(/\r?\n/).find((line) => line.trim() !== "") ?? "";
}

/**
 * How strongly a header names a field. Each field takes the strongest column of the row (the
 * leftmost among equals): "Severity" (a synonym of impact) left of "Impact" leaves Impact the
 * impact column.
 */
const STRENGTH = { mapped: 0, ownHeader: 1, synonym: 2, derived: 3 } as const;
type Strength = (typeof STRENGTH)[keyof typeof STRENGTH];

interface FieldName {
  field: string;
  /** The field's name in code or the header the add-in writes, rather than a synonym. */
  ownHeader: boolean;
}

export interface SynonymIndex {
  /** Every spelling of every field, normalised. */
  names: ReadonlyMap<string, FieldName>;
  /** Fields holding money, which a header naming money ("Impact (£k)") may only be. */
  moneyFields: ReadonlySet<string>;
  /** Cell text -> the field it names by synonym (or none): the same words come back in every workbook read. */
  readonly named: Map<string, NamedField | undefined>;
}

/** Texts remembered per index before the memory starts again (a register's first rows hold a few hundred). */
const NAMED_MEMORY = 20_000;

/** One index per field list: the lists are module constants, so collecting 200 returns builds each once. */
const indexes = new WeakMap<readonly FieldSpec[], SynonymIndex>();

/** Every spelling of every field, normalised, to the field's name. Earlier fields win a clash. */
export function synonymIndex(fields: readonly FieldSpec[]): SynonymIndex {
  const known = indexes.get(fields);
  if (known) return known;
  const index = buildSynonymIndex(fields);
  indexes.set(fields, index);
  return index;
}

function buildSynonymIndex(fields: readonly FieldSpec[]): SynonymIndex {
  const names = new Map<string, FieldName>();
  for (const spec of fields) {
    for (const name of [spec.field, spec.header, ...spec.synonyms]) {
      const key = normaliseHeader(name);
      if (!names.has(key)) names.set(key, { field: spec.field, ownHeader: name === spec.field || name === spec.header });
    }
  }
  const moneyFields = new Set(fields.filter((spec) => spec.type === "money" || spec.type === "signedMoney").map((spec) => spec.field));
  return { names, moneyFields, named: new Map() };
}

const SERIAL_NUMBER_KEYS = new Set(SERIAL_NUMBER_HEADERS.map(normaliseHeader));

/**
 * The field a shortened form of a header names. When the header names money, only a money field
 * will do: "Impact (£k)" shortened to "Impact" is the cost impact ("Impact (£)"), never the 1-5
 * impact, and "Value (£)" is no project's 1-5 value score.
 */
function fieldOfForm(form: string, namesMoney: boolean, index: SynonymIndex): string | undefined {
  const key = normaliseHeader(form);
  if (key === "" || SERIAL_NUMBER_KEYS.has(key)) return undefined;
  const field = index.names.get(key)?.field;
  if (field === undefined || !namesMoney || index.moneyFields.has(field)) return field;
  const moneyField = index.names.get(key + MONEY_WORD)?.field;
  return moneyField !== undefined && index.moneyFields.has(moneyField) ? moneyField : undefined;
}

/** Shorter readings of a header, tried in order when the whole does not match. */
function weakerForms(header: string): string[] {
  const line = firstLine(header);
  const forms = [line, withoutBracketedUnit(header), withoutMoneyUnit(header), withoutBracketedUnit(line), withoutMoneyUnit(line)];
  return [...new Set(forms)].filter((form): form is string => form !== undefined && form !== header);
}

interface NamedField {
  field: string;
  strength: Strength;
}

/** The field a header names by synonym: the whole header exactly, else a shorter reading of it. */
function fieldBySynonym(header: string, index: SynonymIndex): NamedField | undefined {
  if (index.named.has(header)) return index.named.get(header);
  if (index.named.size >= NAMED_MEMORY) index.named.clear();
  const named = readFieldBySynonym(header, index);
  index.named.set(header, named);
  return named;
}

function readFieldBySynonym(header: string, index: SynonymIndex): NamedField | undefined {
  const key = normaliseHeader(header);
  if (key === "" || SERIAL_NUMBER_KEYS.has(key)) return undefined;
  const exact = index.names.get(key);
  if (exact) return { field: exact.field, strength: exact.ownHeader ? STRENGTH.ownHeader : STRENGTH.synonym };
  const namesMoney = headerNamesMoney(header);
  for (const form of weakerForms(header)) {
    const field = fieldOfForm(form, namesMoney, index);
    if (field !== undefined) return { field, strength: STRENGTH.derived };
  }
  return undefined;
}

function namedField(header: string, synonyms: SynonymIndex, mapping: ReadonlyMap<string, string>): NamedField | undefined {
  const mapped = mapping.size === 0 ? undefined : (mapping.get(normaliseHeader(header)) ?? mappedByFirstLine(header, mapping));
  return mapped !== undefined ? { field: mapped, strength: STRENGTH.mapped } : fieldBySynonym(header, synonyms);
}

/** A header with a note on its second line ("Cost\n(approved, £)") is mapped by its first line too. */
function mappedByFirstLine(header: string, mapping: ReadonlyMap<string, string>): string | undefined {
  const lineEnd = header.search(/\r?\n/);
  return lineEnd > 0 && mapping.size > 0 ? mapping.get(normaliseHeader(header.slice(0, lineEnd))) : undefined;
}

/** The field a header names, by the user's mapping (normalised header -> field) first, then by synonym. */
export function fieldOfHeader(header: string, synonyms: SynonymIndex, mapping: ReadonlyMap<string, string>): string | undefined {
  return namedField(header, synonyms, mapping)?.field;
}

export interface HeaderMatch {
  /** Index of the header row within the rows given (the lower row of a two-row header). */
  rowIndex: number;
  /** Field name -> index of its column within the rows given. */
  columns: Map<string, number>;
  /** Required fields no column matched. */
  missing: FieldSpec[];
  /** The header texts by column, as matched: a two-row header's lower cell, else the one above. */
  headers: string[];
}

/**
 * The columns a row would give. Each field takes its strongest column (mapped, then the field's
 * own header, then an exact synonym, then a shorter reading such as "Budget (£m)"), the leftmost
 * among equals; the map lists mapped columns first, then the others from left to right.
 */
export function matchHeaderRow(row: readonly unknown[], synonyms: SynonymIndex, mapping: ReadonlyMap<string, string>): Map<string, number> {
  const candidates: (NamedField & { index: number })[] = [];
  row.forEach((cell, index) => {
    if (typeof cell !== "string" || isBlank(cell)) return;
    const named = namedField(cell, synonyms, mapping);
    if (named) candidates.push({ ...named, index });
  });
  candidates.sort((a, b) => a.strength - b.strength || a.index - b.index);
  const chosen = new Map<string, (typeof candidates)[number]>();
  for (const candidate of candidates) if (!chosen.has(candidate.field)) chosen.set(candidate.field, candidate);
  const mappedFirst = [...chosen.values()].sort((a, b) => Number(a.strength !== STRENGTH.mapped) - Number(b.strength !== STRENGTH.mapped) || a.index - b.index);
  return new Map(mappedFirst.map((candidate) => [candidate.field, candidate.index]));
}

function headerTexts(row: readonly unknown[]): string[] {
  return Array.from(row, (cell) => (cell === null || cell === undefined ? "" : String(cell).trim()));
}

/**
 * A two-row header read as one: each column's lower cell, or the cell above where the lower one is
 * blank ("Project ID" merged down beside "Dates" over "Start | Finish").
 */
function combinedHeader(upper: readonly unknown[], lower: readonly unknown[]): unknown[] {
  const width = Math.max(upper.length, lower.length);
  return Array.from({ length: width }, (_, index) => (isBlank(lower[index]) ? upper[index] : lower[index]));
}

/** A header holds words only: a row with a number, date or boolean in it is data. */
function isAllText(row: readonly unknown[]): boolean {
  return row.every((cell) => isBlank(cell) || typeof cell === "string");
}

/**
 * The header row: of the first rows, the one that matches the most fields, then the one with every
 * required field, then the highest. Counting fields first means a data row whose cell happens to
 * read "Complete" or "Project" never wins over the real header above it, and the message for a
 * register missing a required field names the row that is plainly its header. A row under a
 * matching row, both all text, may be the second row of a two-row header: the two read as one
 * when together they match more than either alone.
 * `mapping` is normalised header -> field, from `--map` or PMO Config.
 */
export function findHeaderRow(rows: readonly (readonly unknown[])[], fields: readonly FieldSpec[], mapping: ReadonlyMap<string, string> = new Map()): HeaderMatch {
  const synonyms = synonymIndex(fields);
  const required = fields.filter((spec) => spec.required);
  let best: HeaderMatch | undefined;
  let bestScore = 0;
  const consider = (rowIndex: number, row: readonly unknown[], columns: Map<string, number>) => {
    const missing = required.filter((spec) => !columns.has(spec.field));
    const score = columns.size * 2 + (missing.length === 0 ? 1 : 0);
    if (columns.size > 0 && score > bestScore) {
      best = { rowIndex, columns, missing, headers: headerTexts(row) };
      bestScore = score;
    }
  };
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  let above: { row: readonly unknown[]; fields: number } | undefined;
  for (let rowIndex = 0; rowIndex < limit; rowIndex += 1) {
    const row = rows[rowIndex] ?? [];
    const columns = matchHeaderRow(row, synonyms, mapping);
    const text = isAllText(row);
    if (above && text && columns.size > 0) {
      const combined = combinedHeader(above.row, row);
      const combinedColumns = matchHeaderRow(combined, synonyms, mapping);
      if (combinedColumns.size > Math.max(above.fields, columns.size)) consider(rowIndex, combined, combinedColumns);
    }
    consider(rowIndex, row, columns);
    above = text && columns.size > 0 ? { row, fields: columns.size } : undefined;
  }
  return best ?? { rowIndex: 0, columns: new Map(), missing: required, headers: headerTexts(rows[0] ?? []) };
}
