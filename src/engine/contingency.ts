/**
 * Contingency reserve by Monte Carlo simulation of independent risk events (SPEC 4): in each
 * trial every risk occurs with its probability and costs its impact; the reserve is the total
 * not exceeded in `confidence` of the trials. The generator is seeded, so the same inputs always
 * give the same reserve (a sheet must not change on every recalculation).
 */
import { CONTINGENCY_DEFAULTS } from "./constants";

export interface RiskEvent {
  probability: number;
  cost: number;
}

/** mulberry32: a small, fast, well-distributed 32-bit generator; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
