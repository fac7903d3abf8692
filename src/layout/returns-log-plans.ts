/**
 * `PMO Returns` and `PMO Changes` as sheet plans (SPEC 10): logs that grow with every collection.
 * A collection adds its rows below the ones already there (returns that arrive late in the month
 * are collected again, and nothing of an earlier collection is lost); headers frozen, outcomes
 * coloured, every value from a user's cell written as text.
 */
import { CHANGES_SHEET_NAME, RETURNS_SHEET_NAME } from "../engine/schema/fields";
import { SheetData } from "../engine/sheet";
import { CHANGES_LOG_HEADER, changesLogRows, RETURNS_LOG_HEADER, returnsLogRows } from "../engine/returns/returns-log-rows";
import { ReturnsResult } from "../engine/returns/returns-types";
import { ColumnStyle, PlanBuilder } from "./plan-builder";
import { PlanValue, SheetPlan } from "./sheet-plan";
import { BRAND_COLOR, CellStyleName } from "./styles";

const RETURNS_WIDTHS = [10, 14, 34, 20, 20, 60, 10];
const CHANGES_WIDTHS = [10, 14, 18, 22, 24, 24, 34];

/** The rows under an existing log's header, as they are (an empty or missing sheet has none). */
function earlierRows(sheet: SheetData | undefined): PlanValue[][] {
  if (!sheet) return [];
  return sheet.rows.slice(1).filter((row) => row.some((cell) => cell !== null && cell !== "")).map((row) => row.map((cell) => (typeof cell === "number" || typeof cell === "string" ? cell : cell === null || cell === undefined ? null : String(cell))));
}

function outcomeStyle(value: PlanValue): CellStyleName {
  return typeof value === "string" && value.startsWith("Refused") ? "statusRed" : value === "Applied" ? "statusGreen" : "text";
}

function logPlan(name: string, widths: number[], header: readonly string[], rows: PlanValue[][], styles: ColumnStyle[]): SheetPlan {
  const builder = new PlanBuilder(name, widths);
  builder.table([...header], rows, styles);
  builder.freeze(2, 1);
  return builder.build({ landscape: true, title: name }, BRAND_COLOR);
}

/** Both logs with this collection's rows added below the earlier ones. */
export function returnsLogPlans(result: ReturnsResult, existing: { returns?: SheetData; changes?: SheetData } = {}): SheetPlan[] {
  const returns = [...earlierRows(existing.returns), ...returnsLogRows(result).slice(1)];
  const changes = [...earlierRows(existing.changes), ...changesLogRows(result).slice(1)];
  return [
    logPlan(RETURNS_SHEET_NAME, RETURNS_WIDTHS, RETURNS_LOG_HEADER, returns, ["text", "text", "text", "text", "text", outcomeStyle, "integer"]),
    logPlan(CHANGES_SHEET_NAME, CHANGES_WIDTHS, CHANGES_LOG_HEADER, changes, ["text", "text", "text", "text", "text", "text", "text"]),
  ];
}
