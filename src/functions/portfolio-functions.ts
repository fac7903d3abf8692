/**
 * PMO prioritisation and roll-up functions (SPEC 3.5, 4).
 */
import { RAG, ROLLUP_HEADER } from "../engine/constants";
import { priorityWeights, weightedScore, wsjf } from "../engine/priority";
import { DEFAULT_RULES } from "../engine/rules";
import { countStatusesByGroup, StatusItem } from "../engine/status-rollup";
import { isBlank, parseNumber, parseText } from "../engine/values";
import { cellName, isBlankOrZero, optional, optionalRagArg, optionalScaleArg, pairedCells, positiveArg, required, withoutTrailingBlankRows, zeroAsBlank } from "./arguments";
import { divisionByZero, evaluate, finiteResult, invalidValue, notAvailable, outOfRange } from "./errors";

/**
 * Weighted priority score on the 1-5 scale: sum(weight x score) / sum(weight) over the criteria that have a score.
 * @customfunction PRIORITY
 * @param scores Range of 1-5 scores (blank: no score). With four cells and no weights: strategic fit, value, urgency, risk reduction.
 * @param [weights] Range of weights, the same size as scores; default 3, 3, 2, 2 for the four criteria.
 * @returns Weighted score, 1-5.
 */
export function priorityFunction(scores: any[][], weights?: any[][]): number {
  return evaluate(() => {
    let scoreCells: unknown[];
    let weightCells: unknown[];
    if (isBlank(weights)) {
      scoreCells = withoutTrailingBlankRows(scores).flat();
      const defaults = priorityWeights(DEFAULT_RULES);
      if (scoreCells.length !== defaults.length) throw invalidValue(`weights are needed when scores has ${scoreCells.length} cells rather than 4`);
      weightCells = defaults;
    } else {
      [scoreCells, weightCells] = pairedCells({ scores, weights });
    }
    const weightValues = weightCells.map((cell, index) => {
      const weight = required(parseNumber(cell), cellName("weights", index));
      if (weight < 0) throw outOfRange(`${cellName("weights", index)} is negative`);
      return weight;
    });
    const scoreValues = scoreCells.map((cell, index) => optionalScaleArg(cell, cellName("scores", index)) ?? null);
    if (scoreValues.every((score) => score === null)) throw notAvailable("scores holds no score");
    const score = weightedScore(scoreValues, weightValues);
    if (score === null) throw divisionByZero("the weights of the scored criteria add up to 0");
    return finiteResult(score);
  });
}

/**
 * Weighted shortest job first (SAFe): (business value + time criticality + risk reduction) / job size. Scores are any positive numbers, usually SAFe's modified Fibonacci scale 1, 2, 3, 5, 8, 13, 20.
 * @customfunction WSJF
 * @param value Business value, a positive number (1, 2, 3, 5, 8, 13, 20).
 * @param urgency Time criticality, a positive number.
 * @param riskReduction Risk reduction or opportunity enablement, a positive number.
 * @param effort Job size or effort, a positive number; 0 or blank gives #DIV/0!.
 * @returns The WSJF score.
 */
export function wsjfFunction(value: any, urgency: any, riskReduction: any, effort: any): number {
  return evaluate(() => {
    const businessValue = positiveArg(value, "value");
    const timeCriticality = positiveArg(urgency, "urgency");
    const reduction = positiveArg(riskReduction, "riskReduction");
    if (isBlankOrZero(effort)) throw divisionByZero("effort is 0 or blank");
    return finiteResult(wsjf(businessValue, timeCriticality, reduction, positiveArg(effort, "effort")));
  });
}

/**
 * Roll-up of statuses by group: a spill with a header row Group, Projects, Green, Amber, Red, Grey, Worst, Total; groups sorted by name, blank groups as (none).
 * @customfunction ROLLUP
 * @param groups Range of group names (programme, sponsor ...).
 * @param statuses Range of statuses (Green, Amber, Red, Grey or G/A/R; blank is Grey), the same size as groups.
 * @param [values] Range of numbers to total per group (budget, for example), the same size as groups.
 * @returns The roll-up table.
 */
export function rollupFunction(groups: any[][], statuses: any[][], values?: any[][]): any[][] {
  return evaluate(() => {
    const ranges: Record<string, unknown> = { groups, statuses };
    if (!isBlank(values)) ranges.values = values;
    const [groupCells, statusCells, valueCells] = pairedCells(ranges);
    const items: StatusItem[] = [];
    groupCells.forEach((cell, index) => {
      const value = valueCells?.[index];
      if (isBlankOrZero(cell) && isBlankOrZero(statusCells[index]) && isBlankOrZero(value)) return;
      items.push({
        group: optional(parseText(zeroAsBlank(cell)), cellName("groups", index)),
        status: optionalRagArg(statusCells[index], cellName("statuses", index)) ?? RAG.grey,
        value: valueCells ? (optional(parseNumber(value), cellName("values", index)) ?? 0) : undefined,
      });
    });
    if (items.length === 0) throw notAvailable("groups and statuses hold no rows");
    const rows = countStatusesByGroup(items).map((count) => [
      count.group,
      count.projects,
      count.green,
      count.amber,
      count.red,
      count.grey,
      count.worst,
      valueCells ? finiteResult(count.total) : "",
    ]);
    return [[...ROLLUP_HEADER], ...rows];
  });
}
