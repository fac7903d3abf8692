/**
 * The governed sheets (Projects, Risks, Milestones, Financials) as sheet plans: the header the add-in uses for
 * each field, then rows. Setup creates them empty; preview mode fills them with the sample.
 */
import { dayFromDate } from "../engine/values";
import { CreatedKind, CREATED_FIELDS, DEFAULT_SHEET_NAMES, holdsRagWords } from "../engine/schema/fields";
import { governedColumn } from "./governed-columns";
import { ColumnStyle, PlanBuilder } from "./plan-builder";
import { PlanValue, range, SheetPlan } from "./sheet-plan";
import { BRAND_COLOR, CellStyleName } from "./styles";

const STYLE_OF_TYPE: Partial<Record<string, CellStyleName>> = {
  date: "date",
  period: "month",
  money: "money",
  signedMoney: "money",
  percent: "percent",
  text: "text",
};

function planValue(value: unknown): PlanValue {
  if (value instanceof Date) {
    const day = dayFromDate(value);
    return day === undefined ? null : { date: day };
  }
  if (value === undefined) return null;
  if (typeof value === "object" && value !== null && "error" in value) return String((value as { error: unknown }).error);
  return value as PlanValue;
}

/** Drop-down lists reach this far below the last row, so new rows get them too. */
export const VALIDATED_ROWS_AHEAD = 1000;
export const MIN_VALIDATED_ROWS = 5000;

export function governedSheetPlan(kind: CreatedKind, rows: readonly (readonly unknown[])[] = [], name = DEFAULT_SHEET_NAMES[kind]): SheetPlan {
  const fields = CREATED_FIELDS[kind];
  const columns = fields.map((spec, index) => governedColumn(spec, kind, rows.slice(0, 200).map((row) => row[index])));
  const builder = new PlanBuilder(name, columns.map((column) => column.width));
  const { data } = builder.table(
    fields.map((spec) => spec.header),
    rows.map((row) => fields.map((_, index) => planValue(row[index]))),
    fields.map((spec): ColumnStyle => STYLE_OF_TYPE[spec.type] ?? (() => undefined)),
  );
  fields.forEach((spec, index) => {
    if (data && holdsRagWords(spec.type)) builder.format({ kind: "statusFill", range: range(data.top, index + 1, data.bottom, index + 1) });
  });
  builder.freeze(2, 2);
  const lastRow = Math.max(MIN_VALIDATED_ROWS, rows.length + 1 + VALIDATED_ROWS_AHEAD);
  const validations = columns.flatMap((column, index) => (column.choices ? [{ range: range(2, index + 1, lastRow, index + 1), choices: column.choices }] : []));
  return { ...builder.build({ landscape: true, title: name }, BRAND_COLOR), validations };
}
