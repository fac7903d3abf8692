/**
 * Risk figures of a report (SPEC 3.2, 6) over the open risks of active projects: counts, ratings
 * and top risks cover threats only; exposure is net (threats minus opportunities).
 */
import { RISK_RATING, RISK_TYPE, RiskRating } from "../constants";
import { Risk } from "../model";
import { riskExposure, riskRating, riskScore } from "../risk";
import { TopRisk } from "./report-types";

export const TOP_RISK_COUNT = 10;

export interface RatedThreat {
  risk: Risk;
  projectKey: string;
  score: number;
  rating: RiskRating;
  exposure: number | null;
}

export interface RiskFigures {
  /** Open threats with a probability and an impact. */
  ratedThreats: RatedThreat[];
  /** Open threats, rated or not. */
  openThreats: number;
  /** Open threats by lower-case project ID. */
  openThreatsByProject: Map<string, number>;
  exposure: number;
  topRisks: TopRisk[];
}

function exposureOf(risk: Risk): number | null {
  if (!risk.probability || risk.costImpact === undefined) return null;
  return riskExposure(risk.probability.fraction, risk.costImpact, risk.type);
}

/** Highest score first, then highest exposure (none counts lowest), then ID. */
function compareThreats(a: RatedThreat, b: RatedThreat): number {
  return b.score - a.score || (b.exposure ?? -Infinity) - (a.exposure ?? -Infinity) || a.risk.id.localeCompare(b.risk.id, "en", { numeric: true });
}

/** `openRisks`: the open risks of active projects. */
export function riskFigures(openRisks: readonly Risk[]): RiskFigures {
  const ratedThreats: RatedThreat[] = [];
  let openThreats = 0;
  const openThreatsByProject = new Map<string, number>();
  let exposure = 0;
  for (const risk of openRisks) {
    const value = exposureOf(risk);
    if (value !== null) exposure += value;
    if (risk.type !== RISK_TYPE.threat) continue;
    openThreats += 1;
    const projectKey = risk.projectId.toLowerCase();
    openThreatsByProject.set(projectKey, (openThreatsByProject.get(projectKey) ?? 0) + 1);
    if (!risk.probability || risk.impact === undefined) continue;
    const score = riskScore(risk.probability.band, risk.impact);
    ratedThreats.push({ risk, projectKey, score, rating: riskRating(score), exposure: value });
  }
  const topRisks = [...ratedThreats]
    .sort(compareThreats)
    .slice(0, TOP_RISK_COUNT)
    .map(({ risk, score, rating, exposure: value }) => ({ id: risk.id, projectId: risk.projectId, title: risk.title ?? null, score, rating, exposure: value, owner: risk.owner ?? null }));
  return { ratedThreats, openThreats, openThreatsByProject, exposure, topRisks };
}

export function countRated(threats: readonly RatedThreat[], rating: RiskRating): number {
  return threats.filter((threat) => threat.rating === rating).length;
}

export const HIGH_OR_CRITICAL: readonly RiskRating[] = [RISK_RATING.high, RISK_RATING.critical];
