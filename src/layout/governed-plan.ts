/**
 * The governed sheets (Projects, Risks, Milestones) as sheet plans: the header the add-in uses for
 * each field, then rows. Setup creates them empty; preview mode fills them with the sample.
 */
import { dayFromDate } from "../engine/values";
import { DEFAULT_SHEET_NAMES, SHEET_FIELDS, SheetKind } from "../engine/schema/fields";
import { ColumnStyle, PlanBuilder } from "./plan-builder";
import { PlanValue, range, SheetPlan } from "./sheet-plan";
import { BRAND_COLOR, CellStyleName } from "./styles";

const STYLE_OF_TYPE: Partial<Record<string, CellStyleName>> = {
  date: "date",
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

export function governedSheetPlan(kind: SheetKind, rows: readonly (readonly unknown[])[] = [], name = DEFAULT_SHEET_NAMES[kind]): SheetPlan {
  const fields = SHEET_FIELDS[kind];
  const builder = new PlanBuilder(name, fields.map((spec) => Math.max(10, Math.min(30, spec.header.length + 4))));
  const { data } = builder.table(
    fields.map((spec) => spec.header),
    rows.map((row) => fields.map((_, index) => planValue(row[index]))),
    fields.map((spec): ColumnStyle => STYLE_OF_TYPE[spec.type] ?? (() => undefined)),
  );
  const statusColumn = fields.findIndex((spec) => spec.type === "rag");
  if (data && statusColumn >= 0) builder.format({ kind: "statusFill", range: range(data.top, statusColumn + 1, data.bottom, statusColumn + 1) });
  builder.freeze(2, 2);
  return builder.build({ landscape: true, title: name }, BRAND_COLOR);
}
