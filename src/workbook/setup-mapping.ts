/**
 * Setup's column mapping: which sheet holds a register and which of its columns holds each field,
 * saved in PMO Config and used from then on by the pane, the functions' workbook and the CLI.
 * The sheet is the one named for the kind, else the one whose header row looks most like it (as
 * the portfolio is read, SPEC 2), or any sheet the user picks. A mapping is saved only for the
 * sheet it was read from, and only when every required field has a column of that sheet.
 */
import { emptyMapping, PmoConfig } from "../engine/config";
import { PmoInputError } from "../engine/errors";
import { resolveSheetNames } from "../engine/read-portfolio";
import { DEFAULT_SHEET_NAMES, FieldSpec, FINANCIALS_KIND, isPmoSheetName, sameSheetName, SHEET_FIELDS, SHEET_KINDS, SheetKind } from "../engine/schema/fields";
import { sheetsByContent } from "../engine/sheet-detect";
import { configPlan } from "../layout/config-plan";
import { configOf, matchHeaders } from "./locate";
import { WorkbookPort } from "./port";

/** The config, sheet names and header row of one governed sheet, for mapping its columns. */
export interface SheetColumns {
  kind: SheetKind;
  /** The sheet read, or undefined when the workbook has none for this kind. */
  sheetName?: string;
  /** Sheets the user may pick for the register instead: every sheet but PMO's own. */
  candidates: string[];
  /** The header row's texts, left to right. */
  headers: string[];
  /** Field -> header, as matched now (mapping saved in PMO Config first, then synonyms). */
  matched: Map<string, string>;
  config: PmoConfig;
}

/** The columns of the sheet that holds `kind`: `sheetName` when given, else the one the reader would take. */
export async function inspectColumns(port: WorkbookPort, kind: SheetKind, sheetName?: string): Promise<SheetColumns> {
  const contents = await port.read(() => true);
  const config = configOf(contents);
  const candidates = contents.sheetNames.filter((name) => !isPmoSheetName(name));
  const byName = resolveSheetNames(contents.sheetNames, config.sheetNames);
  let chosen = sheetName ?? byName[kind];
  if (!chosen) {
    const sheets = candidates.flatMap((name) => contents.sheets.get(name) ?? []);
    chosen = sheetsByContent(sheets, [kind], config.mapping, new Set(Object.values(byName)))[kind]?.sheet;
  }
  const sheet = chosen ? contents.sheets.get(chosen) : undefined;
  if (!chosen || !sheet) return { kind, candidates, headers: [], matched: new Map(), config };
  const match = matchHeaders(sheet, config, kind);
  const headers = match.headers.filter((header) => header !== "");
  const matched = new Map([...match.columns].map(([field, index]) => [field, match.headers[index]]));
  return { kind, sheetName: chosen, candidates, headers, matched, config };
}

/**
 * Required fields the choice leaves without a column of the sheet, by their headers. A Financials
 * sheet with a Measure column is the wide layout (SPEC 9): its months are its headers, so it needs
 * no Month column.
 */
export function unmappedRequired(columns: SheetColumns, choice: ReadonlyMap<string, string>): string[] {
  const wide = columns.kind === FINANCIALS_KIND && columns.headers.includes(choice.get("measure") ?? "");
  const required = (spec: FieldSpec) => spec.required && !(wide && spec.field === "period");
  return SHEET_FIELDS[columns.kind].filter((spec) => required(spec) && !columns.headers.includes(choice.get(spec.field) ?? "")).map((spec) => spec.header);
}

/**
 * Saves the columns chosen for the sheet `columns` was read from (field -> header) to PMO Config,
 * with that sheet as the register when it is not the one its name would give. Refused, with the
 * reason, when a required field has no column of that sheet.
 */
export async function saveMapping(port: WorkbookPort, columns: SheetColumns, choice: ReadonlyMap<string, string>): Promise<void> {
  const { kind, sheetName, config, candidates } = columns;
  if (!sheetName) throw new PmoInputError(`There is no ${DEFAULT_SHEET_NAMES[kind]} sheet to map: create the governed sheets or pick the sheet that holds the register.`);
  const missing = unmappedRequired(columns, choice);
  if (missing.length > 0) throw new PmoInputError(`Sheet "${sheetName}": choose the column that holds ${missing.join(", ")} before saving; without it the ${DEFAULT_SHEET_NAMES[kind]} register cannot be read.`);
  const mapping = emptyMapping();
  for (const other of SHEET_KINDS) for (const [field, header] of config.mapping[other]) mapping[other].set(field, header);
  mapping[kind] = new Map([...choice].filter(([, header]) => columns.headers.includes(header)));
  const byName = resolveSheetNames(candidates, {})[kind];
  const sheetNames = { ...config.sheetNames };
  if (byName && sameSheetName(byName, sheetName)) delete sheetNames[kind];
  else sheetNames[kind] = sheetName;
  await port.writeSheets([configPlan({ rules: config.rules, mapping, sheetNames })]);
}
