/**
 * Which layout a Financials sheet has, from its header row (SPEC 9): wide when the row has
 * columns headed by a month (`Apr-26`, `2026-04`, an Excel date ...) and a Measure column; long
 * otherwise. A header that is not a month (`FY26 Total`, `Notes`) is no month column.
 */
import { PmoInputError } from "../errors";
import { FINANCIAL_FIELDS, FINANCIALS_KIND, FieldSpec } from "../schema/fields";
import { findHeaderRow, HeaderMatch, normaliseHeader } from "../schema/header-match";
import { TableLayout } from "../schema/read-table";
import { missingRequiredMessage } from "../schema/table-messages";
import { SheetData } from "../sheet";
import { DateSystem, monthFromHeader, MonthNumber } from "../values";
import { FinancialsLayout } from "./financial-lines";

/** A wide sheet's month column: its index within the sheet's rows and the month it holds. */
export interface MonthColumn {
  index: number;
  month: MonthNumber;
}

export interface FinancialsHeader {
  layout: FinancialsLayout;
  match: HeaderMatch;
  table: TableLayout;
  /** The fields read from columns: in the wide layout, no period and no amount columns. */
  specs: FieldSpec[];
  /** Wide layout only; empty in the long one. */
  months: MonthColumn[];
}

/** The fields the wide layout reads from columns: the amounts and the month are in the month columns. */
const WIDE_FIELDS = new Set(["projectId", "costType", "comment", "measure"]);
/** A long sheet has no row label: a column the measure's synonyms name ("Type") is not read. */
const LONG_FIELDS = new Set(FINANCIAL_FIELDS.map((spec) => spec.field).filter((field) => field !== "measure"));

function monthColumns(header: readonly unknown[], taken: ReadonlySet<number>, dateSystem: DateSystem): MonthColumn[] {
  const months: MonthColumn[] = [];
  header.forEach((cell, index) => {
    if (taken.has(index)) return;
    const month = monthFromHeader(typeof cell === "string" ? cell.trim() : cell, dateSystem);
    if (month !== undefined) months.push({ index, month });
  });
  return months;
}

/**
 * The header row, the layout and the columns; an input error naming the fix when a required
 * field has no column (`notRequired`: one project's workbook needs no projectId).
 */
export function financialsHeader(sheet: SheetData, mapping: ReadonlyMap<string, string>, dateSystem: DateSystem, notRequired: readonly string[]): FinancialsHeader {
  const byHeader = new Map([...mapping].map(([field, header]) => [normaliseHeader(header), field]));
  const match = findHeaderRow(sheet.rows, FINANCIAL_FIELDS, byHeader);
  const headerRow = match.rowIndex + sheet.firstRow;
  // The raw header cells: a month header may be an Excel date, which the matched texts lose.
  const raw = sheet.rows[match.rowIndex] ?? [];
  const months = match.columns.has("measure") ? monthColumns(raw, new Set(match.columns.values()), dateSystem) : [];
  const layout: FinancialsLayout = months.length > 0 ? "wide" : "long";
  const fields = layout === "wide" ? WIDE_FIELDS : LONG_FIELDS;
  const required = FINANCIAL_FIELDS.filter((spec) => (spec.required || (layout === "wide" && spec.field === "measure")) && fields.has(spec.field) && !notRequired.includes(spec.field));
  const missing = required.filter((spec) => !match.columns.has(spec.field));
  if (missing.length > 0) throw new PmoInputError(...missingRequiredMessage(sheet.name, headerRow, FINANCIALS_KIND, missing, match.headers));
  const specs = FINANCIAL_FIELDS.filter((spec) => fields.has(spec.field) && match.columns.has(spec.field));
  const columns = new Map(specs.map((spec) => [spec.field, match.columns.get(spec.field)! + sheet.firstColumn]));
  return { layout, match, table: { sheet: sheet.name, headerRow, columns, headers: match.headers }, specs, months };
}
