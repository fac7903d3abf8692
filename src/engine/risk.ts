/** Risk scoring (SPEC 3.2). */
import { OPEN_RISK_STATUSES, RISK_RATING, RISK_RATING_MIN_SCORE, RISK_STATUS, RISK_TYPE, RiskRating, RiskStatus, RiskType } from "./constants";

export const MIN_RISK_SCORE = 1;
export const MAX_RISK_SCORE = 25;

/** Probability band x impact, both 1-5. */
export function riskScore(probabilityBand: number, impact: number): number {
  return probabilityBand * impact;
}

/** Rating of a score 1-25: 1-4 Low, 5-9 Medium, 10-16 High, 17-25 Critical. */
export function riskRating(score: number): RiskRating {
  if (score >= RISK_RATING_MIN_SCORE.Critical) return RISK_RATING.critical;
  if (score >= RISK_RATING_MIN_SCORE.High) return RISK_RATING.high;
  if (score >= RISK_RATING_MIN_SCORE.Medium) return RISK_RATING.medium;
  return RISK_RATING.low;
}

/** Expected monetary value: probability (fraction) x cost impact; opportunities count negative. */
export function riskExposure(probabilityFraction: number, costImpact: number, type: RiskType = RISK_TYPE.threat): number {
  const exposure = probabilityFraction * Math.abs(costImpact);
  return type === RISK_TYPE.opportunity ? -exposure : exposure;
}

/** Open means Open or Mitigating; a blank status (undefined) is Open. */
export function isOpenRisk(status: RiskStatus | undefined): boolean {
  return status === undefined || OPEN_RISK_STATUSES.includes(status);
}

export const DEFAULT_RISK_STATUS: RiskStatus = RISK_STATUS.open;
