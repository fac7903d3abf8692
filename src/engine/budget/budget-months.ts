/**
 * The fiscal year month by month over the portfolio (SPEC 9 `months`): budget, actual and
 * forecast of each month, and the two cumulative lines the budget chart draws.
 */
import { MONTHS_PER_YEAR } from "../fiscal-year";
import { MonthNumber, monthText } from "../values";
import { amountOf, plus } from "./budget-sums";
import { BudgetMonth } from "./budget-types";

const BUDGET = 0;
const ACTUAL = 1;
const FORECAST = 2;
/** Actual to the report month, then forecast, else budget. */
const SPEND = 3;
const KINDS = 4;

/** Running sums of the fiscal year's 12 months. */
export class MonthSums {
  readonly sums = new Float64Array(MONTHS_PER_YEAR * KINDS).fill(NaN);

  /** `place`: 0 for the fiscal year's first month ... 11. */
  add(place: number, budget: number, actual: number, forecast: number, spend: number): void {
    const at = place * KINDS;
    const sums = this.sums;
    sums[at + BUDGET] = plus(sums[at + BUDGET], budget);
    sums[at + ACTUAL] = plus(sums[at + ACTUAL], actual);
    sums[at + FORECAST] = plus(sums[at + FORECAST], forecast);
    sums[at + SPEND] = plus(sums[at + SPEND], spend);
  }
}

export function monthLines(months: MonthSums, first: MonthNumber): BudgetMonth[] {
  const lines: BudgetMonth[] = [];
  let cumBudget = NaN;
  let cumSpend = NaN;
  for (let place = 0; place < MONTHS_PER_YEAR; place += 1) {
    const at = place * KINDS;
    cumBudget = plus(cumBudget, months.sums[at + BUDGET]);
    cumSpend = plus(cumSpend, months.sums[at + SPEND]);
    lines.push({
      period: monthText(first + place),
      budget: amountOf(months.sums[at + BUDGET]),
      actual: amountOf(months.sums[at + ACTUAL]),
      forecast: amountOf(months.sums[at + FORECAST]),
      cumBudget: amountOf(cumBudget),
      cumActualForecast: amountOf(cumSpend),
    });
  }
  return lines;
}
