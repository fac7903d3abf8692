/**
 * PMO risk functions. The JSDoc of each is what Excel shows in the formula bar (it becomes
 * functions.json at build time); the body parses the arguments and calls the engine.
 */
import { CONTINGENCY_DEFAULTS, RISK_STATUS, RISK_TYPE } from "../engine/constants";
import { contingencyReserve } from "../engine/contingency";
import { addToHeatMap, emptyHeatMap, heatMapForDisplay } from "../engine/heatmap";
import { isOpenRisk, MAX_RISK_SCORE, MIN_RISK_SCORE, riskExposure, riskRating, riskScore } from "../engine/risk";
import { isBlank, parseChoice, parseFraction, parseMoney, parseNumber } from "../engine/values";
import { cellName, isBlankOrZero, numberArg, optional, pairedCells, probabilityArg, required, scaleArg, zeroAsBlank } from "./arguments";
import { evaluate, finiteResult, invalidValue, outOfRange } from "./errors";

const RISK_STATUSES = Object.values(RISK_STATUS);
const RISK_TYPES = Object.values(RISK_TYPE);

/**
 * Risk score: probability x impact, from 1 to 25.
 * @customfunction RISKSCORE
 * @param probability Probability: 1-5, a label (Very Low, Low, Medium, High, Very High or VL/L/M/H/VH), or a fraction between 0 and 1 such as 45%.
 * @param impact Impact: 1-5 or a label (Very Low ... Very High).
 * @returns The score, 1-25.
 */
export function riskScoreFunction(probability: any, impact: any): number {
  return evaluate(() => riskScore(probabilityArg(probability).band, scaleArg(impact, "impact")));
}

/**
 * Risk rating of a score: 1-4 Low, 5-9 Medium, 10-16 High, 17-25 Critical.
 * @customfunction RISKRATING
 * @param score Risk score from 1 to 25 (for example PMO.RISKSCORE).
 * @returns Low, Medium, High or Critical.
 */
export function riskRatingFunction(score: any): string {
  return evaluate(() => {
    const value = numberArg(zeroAsBlank(score), "score");
    if (value < MIN_RISK_SCORE || value > MAX_RISK_SCORE) throw outOfRange(`score ${value} is outside 1-25`);
    return riskRating(value);
  });
}

/**
 * Risk exposure (expected monetary value): probability x cost impact. A 1-5 probability stands for 10%, 30%, 50%, 70%, 90%; opportunities count negative.
 * @customfunction RISKEXPOSURE
 * @param probability Probability: 1-5, a label (Very Low ... Very High) or a fraction between 0 and 1.
 * @param costImpact Cost if the risk occurs, a number or money text such as £12,000.
 * @param [type] Threat (default) or Opportunity.
 * @returns Expected monetary value.
 */
export function riskExposureFunction(probability: any, costImpact: any, type?: any): number {
  return evaluate(() => {
    const fraction = probabilityArg(probability).fraction;
    const cost = required(parseMoney(costImpact), "costImpact");
    const riskType = optional(parseChoice(zeroAsBlank(type), RISK_TYPES), "type");
    return finiteResult(riskExposure(fraction, cost, riskType));
  });
}

/**
 * Heat map of open risks: a 5 x 5 spill of counts, impact 5 (top) to 1 down, probability 1 to 5 across.
 * @customfunction HEATMAP
 * @param probabilities Range of probabilities (1-5, labels or fractions).
 * @param impacts Range of impacts (1-5 or labels), the same size as probabilities.
 * @param [statuses] Range of risk statuses; only Open and Mitigating (or blank) risks are counted.
 * @returns 5 x 5 counts.
 */
export function heatMapFunction(probabilities: any[][], impacts: any[][], statuses?: any[][]): number[][] {
  return evaluate(() => {
    const ranges: Record<string, unknown> = { probabilities, impacts };
    if (!isBlank(statuses)) ranges.statuses = statuses;
    const [probabilityCells, impactCells, statusCells] = pairedCells(ranges);
    const map = emptyHeatMap();
    probabilityCells.forEach((cell, index) => {
      if (isBlankOrZero(cell) && isBlankOrZero(impactCells[index])) return;
      const status = statusCells ? optional(parseChoice(zeroAsBlank(statusCells[index]), RISK_STATUSES), cellName("statuses", index)) : undefined;
      if (!isOpenRisk(status)) return;
      const band = probabilityArg(cell, cellName("probabilities", index)).band;
      addToHeatMap(map, band, scaleArg(impactCells[index], cellName("impacts", index)));
    });
    return heatMapForDisplay(map);
  });
}

/**
 * Contingency reserve: the total risk cost not exceeded at the given confidence, by a seeded Monte Carlo simulation of independent risk events (the same inputs give the same answer).
 * @customfunction CONTINGENCY
 * @param probabilities Range of probabilities (1-5, labels or fractions between 0 and 1).
 * @param costImpacts Range of cost impacts, the same size as probabilities.
 * @param [confidence] Confidence level between 0 and 1, default 0.8 (80%).
 * @param [trials] Number of simulated trials, default 10000, at most 1000000.
 * @returns The reserve at that confidence.
 */
export function contingencyFunction(probabilities: any[][], costImpacts: any[][], confidence?: any, trials?: any): number {
  return evaluate(() => {
    const [probabilityCells, costCells] = pairedCells({ probabilities, costImpacts });
    const events = probabilityCells.flatMap((cell, index) => {
      if (isBlankOrZero(cell) && isBlankOrZero(costCells[index])) return [];
      const probability = probabilityArg(cell, cellName("probabilities", index)).fraction;
      return [{ probability, cost: required(parseMoney(costCells[index]), cellName("costImpacts", index)) }];
    });
    const level = optional(parseFraction(zeroAsBlank(confidence)), "confidence") ?? CONTINGENCY_DEFAULTS.confidence;
    if (!(level > 0 && level < 1)) throw outOfRange(`confidence ${level} must be between 0 and 1 (for example 0.8 or 80%)`);
    const count = optional(parseNumber(zeroAsBlank(trials)), "trials") ?? CONTINGENCY_DEFAULTS.trials;
    if (!Number.isInteger(count)) throw invalidValue(`trials ${count} must be a whole number`);
    if (count < 1 || count > CONTINGENCY_DEFAULTS.maxTrials) throw outOfRange(`trials ${count} must be from 1 to ${CONTINGENCY_DEFAULTS.maxTrials}`);
    return finiteResult(contingencyReserve(events, level, count));
  });
}
