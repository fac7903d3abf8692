/** Prioritisation (SPEC 3.5). */
import { RuleSet } from "./rules";

export const PRIORITY_CRITERIA = ["strategicFit", "value", "urgency", "riskReduction"] as const;
export type PriorityCriterion = (typeof PRIORITY_CRITERIA)[number];

/** The rule set's weights in criteria order: strategicFit, value, urgency, riskReduction. */
export function priorityWeights(rules: RuleSet): number[] {
  return PRIORITY_CRITERIA.map((criterion) => rules[`weight.${criterion}`]);
}

/**
 * Weighted score sum(w x s) / sum(w) over the criteria that have a score (null = no score), on the
 * scores' 1-5 scale. Null when no criterion has a score or their weights sum to zero.
 */
export function weightedScore(scores: readonly (number | null)[], weights: readonly number[]): number | null {
  // Weights are scaled by the largest so that huge weights (1e308) cannot overflow the sums.
  const largest = Math.max(0, ...scores.map((score, index) => (score === null ? 0 : weights[index])));
  if (largest === 0) return null;
  let weighted = 0;
  let totalWeight = 0;
  scores.forEach((score, index) => {
    if (score === null) return;
    weighted += (weights[index] / largest) * score;
    totalWeight += weights[index] / largest;
  });
  return weighted / totalWeight;
}

/** Weighted shortest job first: (value + urgency + riskReduction) / effort. */
export function wsjf(value: number, urgency: number, riskReduction: number, effort: number): number {
  return (value + urgency + riskReduction) / effort;
}
