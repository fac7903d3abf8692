/**
 * Contingency reserve by Monte Carlo simulation of independent risk events (SPEC 4): in each
 * trial every risk occurs with its probability and costs its impact; the reserve is the total
 * not exceeded in `confidence` of the trials. The generator is seeded, so the same inputs always
 * give the same reserve (a sheet must not change on every recalculation).
 */
import { CONTINGENCY_DEFAULTS } from "./constants";
import { seededRandom } from "./random";

export interface RiskEvent {
  probability: number;
  cost: number;
}

/** The smallest simulated total such that at least `confidence` of the trials are at or below it. */
export function contingencyReserve(
  events: readonly RiskEvent[],
  confidence: number = CONTINGENCY_DEFAULTS.confidence,
  trials: number = CONTINGENCY_DEFAULTS.trials,
  seed: number = CONTINGENCY_DEFAULTS.seed,
): number {
  const random = seededRandom(seed);
  const totals = new Float64Array(trials);
  for (let trial = 0; trial < trials; trial += 1) {
    let total = 0;
    for (const event of events) if (random() < event.probability) total += event.cost;
    totals[trial] = total;
  }
  totals.sort();
  const index = Math.min(trials - 1, Math.max(0, Math.ceil(confidence * trials) - 1));
  return totals[index];
}
