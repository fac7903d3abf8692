/**
 * Reading the Financials sheet (SPEC 2, 9) in either layout into columns of lines
 * (financial-lines.ts). A cell that cannot be read is a finding at its cell, as in the other
 * registers: the row goes on without it, or is left out when it is the project or the month.
 */
import { COST_TYPE, CostType, MEASURE, Measure } from "../constants";
import { finding, Finding, GOVERNANCE_RULES } from "../findings";
import { FieldSpec } from "../schema/fields";
import { isMoneyType, parseFieldValue } from "../schema/field-values";
import { moneyScaleOfHeader } from "../schema/money-scale";
import { isTotalRow } from "../schema/read-table";
import { oneLine } from "../schema/table-messages";
import { cellAddress, SheetData } from "../sheet";
import { DateSystem, isBlank, monthText, Parsed, parseNumberInUnits } from "../values";
import { addLine, emptyFinancialLines, FinancialComment, Financials, FinancialLines, ProjectIndex } from "./financial-lines";
import { financialsHeader, FinancialsHeader } from "./financials-header";

export interface ReadFinancialsOptions {
  /** One project's workbook: rows with no project id are this project's. */
  defaultProjectId?: string;
}

export interface ReadFinancials {
  financials: Financials;
  findings: Finding[];
}

/**
 * Field types whose texts repeat down the sheet (36 distinct months, two cost types, three
 * measures in 1.8 million rows): each distinct text is parsed once.
 */
const REPEATING_TYPES = new Set(["period", "costType", "measure"]);
/** A bound on the texts kept per column, so that a column of free text costs no more than parsing it. */
const MAX_KEPT_TEXTS = 10_000;

/** One row's cells read as their fields, with a finding for each cell that cannot be. */
class RowReader {
  readonly values: Record<string, unknown> = {};
  private readonly parsedTexts: (Map<string, Parsed<unknown>> | undefined)[];
  /** False once a required cell of the row could not be read. */
  complete = true;

  constructor(
    private readonly sheet: SheetData,
    private readonly header: FinancialsHeader,
    private readonly dateSystem: DateSystem,
    private readonly scales: readonly number[],
    private readonly findings: Finding[],
    private readonly requiredFields: ReadonlySet<string>,
  ) {
    this.parsedTexts = header.specs.map((spec) => (REPEATING_TYPES.has(spec.type) ? new Map() : undefined));
  }

  private parse(specIndex: number, type: FieldSpec["type"], value: unknown): Parsed<unknown> {
    const kept = this.parsedTexts[specIndex];
    if (kept === undefined || typeof value !== "string") return parseFieldValue(type, value, this.dateSystem, this.scales[specIndex]);
    let parsed = kept.get(value);
    if (parsed === undefined) {
      parsed = parseFieldValue(type, value, this.dateSystem, this.scales[specIndex]);
      if (kept.size < MAX_KEPT_TEXTS) kept.set(value, parsed);
    }
    return parsed;
  }

  read(cells: readonly unknown[], row: number): void {
    const { specs, match } = this.header;
    this.complete = true;
    for (let specIndex = 0; specIndex < specs.length; specIndex += 1) {
      const spec = specs[specIndex];
      const index = match.columns.get(spec.field)!;
      const parsed = this.parse(specIndex, spec.type, cells[index]);
      this.values[spec.field] = parsed.ok ? parsed.value : undefined;
      if (parsed.ok) continue;
      const required = this.requiredFields.has(spec.field);
      // A blank amount is the common case: nothing to report, so no address or header text built.
      if (parsed.kind === "blank" && !required) continue;
      const address = cellAddress(row, index + this.sheet.firstColumn);
      const header = oneLine(match.headers[index]);
      const outcome = required ? "the row is left out" : "it is left out of the figures";
      if (parsed.kind === "error") this.report(GOVERNANCE_RULES.excelError, address, `${header} ${parsed.message}; ${outcome}.`);
      else if (parsed.kind === "invalid") this.report(spec.type === "period" ? GOVERNANCE_RULES.unreadablePeriod : GOVERNANCE_RULES.invalidValue, address, `${header}: ${parsed.message}; ${outcome}.`);
      else if (required) this.report(GOVERNANCE_RULES.missingRequired, address, `${header} is required but blank; the row is left out.`);
      if (required) this.complete = false;
    }
  }

  private report(rule: (typeof GOVERNANCE_RULES)[keyof typeof GOVERNANCE_RULES], address: string, message: string): void {
    this.findings.push(finding(rule, this.sheet.name, address, message));
  }
}

/** A number as an amount for the line, NaN when it has none. */
const amount = (value: unknown): number => (typeof value === "number" ? value : NaN);

function commentOf(values: Record<string, unknown>, project: number, month: number | null, costType: CostType, row: number): FinancialComment | undefined {
  const text = values.comment;
  return typeof text === "string" && text !== "" ? { project, month, costType, text, row } : undefined;
}

export function readFinancials(sheet: SheetData, mapping: ReadonlyMap<string, string>, dateSystem: DateSystem, options: ReadFinancialsOptions = {}): ReadFinancials {
  const notRequired = options.defaultProjectId !== undefined ? ["projectId"] : [];
  const header = financialsHeader(sheet, mapping, dateSystem, notRequired);
  const { specs, match, layout } = header;
  const findings: Finding[] = [];
  const lines: FinancialLines = emptyFinancialLines();
  const comments: FinancialComment[] = [];
  const projects = new ProjectIndex(lines.projectIds);
  // A money column's unit ("Budget (£k)") is its header's; a wide sheet's month headers name none.
  const scales = specs.map((spec) => (isMoneyType(spec.type) ? moneyScaleOfHeader(oneLine(match.headers[match.columns.get(spec.field)!])) : 1));
  const required = new Set(specs.filter((spec: FieldSpec) => (spec.required && !notRequired.includes(spec.field)) || spec.field === "measure").map((spec) => spec.field));
  const reader = new RowReader(sheet, header, dateSystem, scales, findings, required);
  const specColumns = specs.map((spec) => match.columns.get(spec.field)!);
  const watched = [...specColumns, ...header.months.map((month) => month.index)];
  const idColumn = match.columns.get("projectId");
  for (let index = match.rowIndex + 1; index < sheet.rows.length; index += 1) {
    const cells = sheet.rows[index];
    if (!cells || watched.every((column) => isBlank(cells[column]))) continue;
    if ((idColumn === undefined || isBlank(cells[idColumn])) && isTotalRow(cells, specColumns)) continue;
    const row = index + sheet.firstRow;
    reader.read(cells, row);
    if (!reader.complete) continue;
    const values = reader.values;
    const projectId = (values.projectId as string | undefined) ?? options.defaultProjectId!;
    const project = projects.of(projectId);
    const costType = (values.costType as CostType | undefined) ?? COST_TYPE.opex;
    const capex = costType === COST_TYPE.capex;
    if (layout === "long") {
      addLine(lines, project, values.period as number, capex, amount(values.budget), amount(values.actual), amount(values.forecast), row, 0);
      const comment = commentOf(values, project, values.period as number, costType, row);
      if (comment) comments.push(comment);
      continue;
    }
    const measure = values.measure as Measure;
    for (const { index: column, month } of header.months) {
      const cell = cells[column];
      if (isBlank(cell)) continue;
      const parsed = parseNumberInUnits(cell, 1);
      const sheetColumn = column + sheet.firstColumn;
      if (!parsed.ok) {
        const rule = parsed.kind === "error" ? GOVERNANCE_RULES.excelError : GOVERNANCE_RULES.invalidValue;
        findings.push(finding(rule, sheet.name, cellAddress(row, sheetColumn), `${measure} for ${monthText(month)}${parsed.kind === "error" ? " " : ": "}${parsed.message}; it is left out of the figures.`));
        continue;
      }
      const value = parsed.value;
      addLine(lines, project, month, capex, measure === MEASURE.budget ? value : NaN, measure === MEASURE.actual ? value : NaN, measure === MEASURE.forecast ? value : NaN, row, sheetColumn);
    }
    const comment = commentOf(values, project, null, costType, row);
    if (comment) comments.push(comment);
  }
  return { financials: { layout, table: header.table, lines, comments }, findings };
}
