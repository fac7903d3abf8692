/** `PMO History` as a sheet plan: every month's rows, statuses coloured, header frozen. */
import { HISTORY_HEADER, historyCells, HistoryRow } from "../engine/history";
import { HISTORY_SHEET_NAME } from "../engine/schema/fields";
import { dayFromText } from "../engine/values";
import { PlanBuilder } from "./plan-builder";
import { PlanValue, range, SheetPlan } from "./sheet-plan";
import { BRAND_COLOR } from "./styles";

const WIDTHS = [10, 14, 34, 20, 10, 10, 10, 10, 10, 8, 8, 14, 14, 14, 12, 22];
/** Places of the columns the plan writes specially (HISTORY_HEADER's order). */
const FIRST_STATUS = HISTORY_HEADER.indexOf("Overall");
const LAST_STATUS = HISTORY_HEADER.indexOf("Budget");
const FINISH = HISTORY_HEADER.indexOf("Forecast Finish");

function cellsOf(row: HistoryRow): PlanValue[] {
  const cells: PlanValue[] = historyCells(row);
  const finish = row.forecastFinish === null ? undefined : dayFromText(row.forecastFinish);
  cells[FINISH] = finish === undefined ? null : { date: finish };
  return cells;
}

export function historyPlan(rows: readonly HistoryRow[]): SheetPlan {
  const builder = new PlanBuilder(HISTORY_SHEET_NAME, WIDTHS);
  const { data } = builder.table([...HISTORY_HEADER], rows.map(cellsOf), [
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "ratio",
    "ratio",
    "money",
    "money",
    "date",
    "integer",
    "text",
  ]);
  if (data) builder.format({ kind: "statusFill", range: range(data.top, FIRST_STATUS + 1, data.bottom, LAST_STATUS + 1) });
  builder.freeze(2, 3);
  return builder.build({ title: HISTORY_SHEET_NAME }, BRAND_COLOR);
}
