/**
 * PMO status functions (SPEC 3.4). Results are the words Green, Amber, Red and Grey; ranges
 * accept those words and G/A/R.
 */
import { RagStatus } from "../engine/constants";
import { assessFigures, overallStatusOf, ProjectFigures, reasonText, worstStatus } from "../engine/rag";
import { MAX_RISK_SCORE, MIN_RISK_SCORE } from "../engine/risk";
import { DEFAULT_RULES, parseRuleRows, RuleSet } from "../engine/rules";
import { isBlank } from "../engine/values";
import { cellName, cellsOf, optionalNonNegativeArg, optionalNumberArg, optionalRagArg, ragArg, rowsOf, zeroAsBlank } from "./arguments";
import { evaluate, invalidValue, notAvailable, outOfRange } from "./errors";

function thresholdsOf(range: unknown): RuleSet {
  if (isBlank(range)) return DEFAULT_RULES;
  const rows = rowsOf(range);
  if (rows.length === 0 || rows[0].length < 2) throw invalidValue("thresholds must be a 2-column range of keys and values, as in PMO Config");
  const { rules, warnings } = parseRuleRows(rows, { ignoreUnknown: true });
  if (warnings.length > 0) throw invalidValue(`thresholds row ${warnings[0].row + 1}: ${warnings[0].message}`);
  return rules;
}

/** The arguments of RAG and RAGREASON, checked in this order: the first bad one is the error. */
function figuresOf(spi: any, cpi: any, riskScore: any, slippageDays: any, thresholds: any): { figures: ProjectFigures; rules: RuleSet } {
  const rules = thresholdsOf(thresholds);
  const score = optionalNumberArg(zeroAsBlank(riskScore), "riskScore");
  if (score !== undefined && (score < MIN_RISK_SCORE || score > MAX_RISK_SCORE)) throw outOfRange(`riskScore ${score} is outside 1-25`);
  const spiValue = optionalNonNegativeArg(spi, "spi");
  const slipDays = optionalNumberArg(slippageDays, "slippageDays");
  const cpiValue = optionalNonNegativeArg(cpi, "cpi");
  return { figures: { spi: spiValue, cpi: cpiValue, slipDays, riskScore: score }, rules };
}

/**
 * Overall RAG status: the worst of schedule (SPI, slippage), cost (CPI) and risk; a blank input is not assessed, and Grey means nothing was.
 * @customfunction RAG
 * @param spi Schedule performance index; Amber below 0.95, Red below 0.90. May be blank.
 * @param cpi Cost performance index; Amber below 0.95, Red below 0.90. May be blank.
 * @param [riskScore] Highest open threat score 1-25; Amber from 10 (High), Red from 17 (Critical).
 * @param [slippageDays] Finish slippage in days; Amber from 15, Red from 30.
 * @param [thresholds] Two-column key/value range of rules (as in PMO Config) replacing the defaults, e.g. spi.amber 0.97.
 * @returns Green, Amber, Red or Grey.
 */
export function ragFunction(spi: any, cpi: any, riskScore?: any, slippageDays?: any, thresholds?: any[][]): string {
  return evaluate(() => {
    const { figures, rules } = figuresOf(spi, cpi, riskScore, slippageDays, thresholds);
    return overallStatusOf(figures, rules);
  });
}

/**
 * Why the RAG status is what it is, in words (for example "Cost Red: CPI 0.86 < 0.90"), or "On track".
 * @customfunction RAGREASON
 * @param spi Schedule performance index. May be blank.
 * @param cpi Cost performance index. May be blank.
 * @param [riskScore] Highest open threat score 1-25.
 * @param [slippageDays] Finish slippage in days.
 * @param [thresholds] Two-column key/value range of rules (as in PMO Config) replacing the defaults.
 * @returns The reasons, separated by semicolons.
 */
export function ragReasonFunction(spi: any, cpi: any, riskScore?: any, slippageDays?: any, thresholds?: any[][]): string {
  return evaluate(() => {
    const { figures, rules } = figuresOf(spi, cpi, riskScore, slippageDays, thresholds);
    return reasonText(assessFigures(figures, rules));
  });
}

function statusesOf(range: unknown, name: string): RagStatus[] {
  const statuses: RagStatus[] = [];
  cellsOf(range).forEach((cell, index) => {
    const status = optionalRagArg(cell, cellName(name, index));
    if (status !== undefined) statuses.push(status);
  });
  return statuses;
}

/**
 * The worst status in a range (Red, then Amber, Green, Grey); blanks are ignored.
 * @customfunction RAGWORST
 * @param statuses Range of statuses: Green, Amber, Red, Grey or G/A/R.
 * @returns The worst status.
 */
export function ragWorstFunction(statuses: any[][]): string {
  return evaluate(() => {
    const found = statusesOf(statuses, "statuses");
    if (found.length === 0) throw notAvailable("statuses holds no status");
    return worstStatus(found);
  });
}

/**
 * How many cells of a range hold a status.
 * @customfunction RAGCOUNT
 * @param statuses Range of statuses: Green, Amber, Red, Grey or G/A/R; blanks are ignored.
 * @param status The status to count: Green, Amber, Red, Grey or G/A/R.
 * @returns The count.
 */
export function ragCountFunction(statuses: any[][], status: any): number {
  return evaluate(() => {
    const wanted = ragArg(status, "status");
    return statusesOf(statuses, "statuses").filter((found) => found === wanted).length;
  });
}
