/**
 * How each governed column looks in a workbook the add-in creates: number format, width and the
 * drop-down list of allowed values. Derived from the field's type in fields.ts so that a new field
 * gets a sensible column without anyone touching this file.
 */
import { COST_TYPE, DCA_LEVEL, PROJECT_STAGES, PROJECT_STATUS, RAG, RAID_PRIORITY, RAID_STATUS, RISK_STATUS, RISK_TYPE } from "../engine/constants";
import { FieldSpec, FieldType, SheetKind } from "../engine/schema/fields";
import { NUMBER_FORMATS as STYLE_FORMATS } from "./styles";

export const DATE_FORMAT = "yyyy-mm-dd";
/** A Financials period: the month's first day, shown as its month. */
export const MONTH_FORMAT = STYLE_FORMATS.month;
export const MONEY_FORMAT = "#,##0";
export const PERCENT_FORMAT = "0%";

const NUMBER_FORMATS: Partial<Record<FieldType, string>> = {
  date: DATE_FORMAT,
  period: MONTH_FORMAT,
  money: MONEY_FORMAT,
  signedMoney: MONEY_FORMAT,
  percent: PERCENT_FORMAT,
};

/** Widths (in characters) of columns whose content has a known size. */
const FIXED_WIDTHS: Partial<Record<FieldType, number>> = {
  date: 13,
  period: 11,
  costType: 11,
  money: 14,
  signedMoney: 14,
  percent: 12,
  scale: 12,
  probability: 12,
  yesNo: 8,
};

const SCORES = ["1", "2", "3", "4", "5"];
const SCALE_LABELS = ["Very Low", "Low", "Medium", "High", "Very High"];

const CHOICES: Partial<Record<FieldType, readonly string[]>> = {
  projectStatus: Object.values(PROJECT_STATUS),
  stage: PROJECT_STAGES,
  rag: [RAG.green, RAG.amber, RAG.red],
  reportedRag: Object.keys(DCA_LEVEL),
  riskType: Object.values(RISK_TYPE),
  riskStatus: Object.values(RISK_STATUS),
  yesNo: ["Yes", "No"],
  raidStatus: Object.values(RAID_STATUS),
  priority: Object.values(RAID_PRIORITY),
  costType: Object.values(COST_TYPE),
};

export interface GovernedColumn {
  numFmt?: string;
  width: number;
  /** Values offered by the cell's drop-down; anything else is refused when typed. */
  choices?: readonly string[];
}

/**
 * The drop-down of a field. Risk impact also offers the labels, since registers write impact both
 * ways (SPEC 3.2); the prioritisation scores are plain 1-5. Probability has no list: fractions
 * such as 0.35 are valid too.
 */
function choicesFor(spec: FieldSpec, sheet: SheetKind): readonly string[] | undefined {
  if (spec.type === "scale") return sheet === "risks" ? [...SCORES, ...SCALE_LABELS] : SCORES;
  return CHOICES[spec.type];
}

/** Text columns are as wide as their longest value (among the first rows), within limits. */
function textWidth(header: string, values: readonly unknown[]): number {
  let longest = header.length + 3; // room for the filter button
  for (const value of values) if (typeof value === "string") longest = Math.max(longest, value.length + 2);
  return Math.min(48, Math.max(10, longest));
}

/** `sampleValues`: some of the column's values, to size text columns. */
export function governedColumn(spec: FieldSpec, sheet: SheetKind, sampleValues: readonly unknown[]): GovernedColumn {
  const width = Math.max(FIXED_WIDTHS[spec.type] ?? textWidth(spec.header, sampleValues), spec.header.length + 3);
  return { numFmt: NUMBER_FORMATS[spec.type], width, choices: choicesFor(spec, sheet) };
}
