/**
 * Risk figures of a report (SPEC 3.2, 6) over the open risks of active projects: counts, ratings
 * and top risks cover threats only; exposure is net (threats minus opportunities).
 */
import { compareIds, firstInOrder } from "../compare";
import { RISK_RATING, RISK_TYPE, RiskRating } from "../constants";
import { Project, Risk } from "../model";
import { riskExposure, riskRating, riskScore } from "../risk";
import { TopRisk } from "./report-types";

export const TOP_RISK_COUNT = 10;

/** An open risk of an active project, with the project's roll-up group. */
export interface GroupedRisk {
  risk: Risk;
  project: Project;
  group: string;
}

export interface RatedThreat {
  risk: Risk;
  project: Project;
  group: string;
  score: number;
  rating: RiskRating;
  exposure: number | null;
}

export interface RiskFigures {
  /** Open threats with a probability and an impact. */
  ratedThreats: RatedThreat[];
  /** Open threats, rated or not. */
  openThreats: number;
  /** Open threats by roll-up group. */
  openThreatsByGroup: Map<string, number>;
  /** Net exposure; null when no open risk has both a probability and a cost impact. */
  exposure: number | null;
  topRisks: TopRisk[];
}

function exposureOf(risk: Risk): number | null {
  if (!risk.probability || risk.costImpact === undefined) return null;
  return riskExposure(risk.probability.fraction, risk.costImpact, risk.type);
}

/** Highest score first, then highest exposure (none counts lowest), then ID. */
function compareThreats(a: RatedThreat, b: RatedThreat): number {
  return b.score - a.score || (b.exposure ?? -Infinity) - (a.exposure ?? -Infinity) || compareIds(a.risk.id, b.risk.id);
}

/** `openRisks`: the open risks of active projects. */
export function riskFigures(openRisks: readonly GroupedRisk[]): RiskFigures {
  const ratedThreats: RatedThreat[] = [];
  let openThreats = 0;
  const openThreatsByGroup = new Map<string, number>();
  let exposure: number | null = null;
  for (const { risk, project, group } of openRisks) {
    const value = exposureOf(risk);
    if (value !== null) exposure = (exposure ?? 0) + value;
    if (risk.type !== RISK_TYPE.threat) continue;
    openThreats += 1;
    openThreatsByGroup.set(group, (openThreatsByGroup.get(group) ?? 0) + 1);
    if (!risk.probability || risk.impact === undefined) continue;
    const score = riskScore(risk.probability.band, risk.impact);
    ratedThreats.push({ risk, project, group, score, rating: riskRating(score), exposure: value });
  }
  const topRisks = firstInOrder(ratedThreats, TOP_RISK_COUNT, compareThreats).map(({ risk, score, rating, exposure: value }) => ({ id: risk.id, projectId: risk.projectId, title: risk.title ?? null, score, rating, exposure: value, owner: risk.owner ?? null }));
  return { ratedThreats, openThreats, openThreatsByGroup, exposure, topRisks };
}

export function countRated(threats: readonly RatedThreat[], rating: RiskRating): number {
  return threats.filter((threat) => threat.rating === rating).length;
}

export const HIGH_OR_CRITICAL: readonly RiskRating[] = [RISK_RATING.high, RISK_RATING.critical];
