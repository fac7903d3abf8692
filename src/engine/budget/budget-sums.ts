/**
 * Sums as SPEC 9 defines them: a missing amount counts as 0, but a sum of nothing but missing
 * amounts is missing. The running sums are kept as plain numbers with NaN for "nothing added
 * yet", so that a 1.8-million-line sheet is added up without one object per sum.
 */
import { Amount } from "./budget-types";

/** `total + value`, where NaN (missing) on either side counts as nothing added. */
export function plus(total: number, value: number): number {
  if (value !== value) return total;
  return total !== total ? value : total + value;
}

/** A running sum as the JSON shows it: null for NaN. */
export function amountOf(total: number): Amount {
  return total !== total ? null : total;
}

/** actual - budget (positive: overspend), a missing side counting as 0; null when both are missing. */
export function varianceOf(actual: number, budget: number): number {
  if (actual !== actual && budget !== budget) return NaN;
  return (actual !== actual ? 0 : actual) - (budget !== budget ? 0 : budget);
}

/**
 * variance / budget x 100; NaN when the budget is 0 or missing. Multiplied first: 60,000 x 100 /
 * 600,000 is exactly 10, where 60,000 / 600,000 x 100 may land a hair off a threshold.
 */
export function variancePctOf(variance: number, budget: number): number {
  return budget !== budget || budget === 0 || variance !== variance ? NaN : (variance * 100) / budget;
}

/**
 * The running sums of one project, group or the portfolio, at fixed places in one array. Capex
 * and Opex sums sit side by side: `place + 1` is the Opex one.
 */
export const SUM = {
  monthBudget: 0,
  monthActual: 1,
  ytdBudget: 2,
  ytdActual: 4,
  fyBudget: 6,
  outturn: 8,
  wholeLifeBudget: 10,
  wholeLifeEac: 11,
} as const;
export const SUM_COUNT = 12;
/** Added to a place of a split sum for its Opex half. */
export const OPEX = 1;

export function newSums(): Float64Array {
  return new Float64Array(SUM_COUNT).fill(NaN);
}

/** Adds `from` into `into`, place by place. */
export function addSums(into: Float64Array, from: Float64Array): void {
  for (let place = 0; place < SUM_COUNT; place += 1) into[place] = plus(into[place], from[place]);
}

/** Capex plus Opex of a split sum. */
export function bothTypes(sums: Float64Array, place: number): number {
  return plus(sums[place], sums[place + OPEX]);
}
