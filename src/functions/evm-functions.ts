/**
 * PMO earned-value functions (ANSI/EIA-748 terms, SPEC 3.3). Money arguments take numbers or money
 * text ("£1,200"); a ratio whose denominator is zero is #DIV/0!, never 0 or infinite.
 */
import { DEFAULT_EAC_METHOD, EAC_METHODS, EacMethod } from "../engine/constants";
import {
  costPerformanceIndex,
  costVariance,
  estimateAtCompletion,
  estimateToComplete,
  plannedValue,
  schedulePerformanceIndex,
  scheduleVariance,
  slippageDays,
  toCompletePerformanceIndex,
  varianceAtCompletion,
} from "../engine/evm";
import { DayNumber, parseChoice } from "../engine/values";
import { dateArg, denominatorArg, nonNegativeArg, optional, optionalNonNegativeArg, zeroAsBlank } from "./arguments";
import { evaluate, finiteResult, invalidValue, notAvailable } from "./errors";

/**
 * Schedule variance (SV) = EV - PV (negative: behind schedule).
 * @customfunction SCHEDULEVARIANCE
 * @param ev Earned value to date.
 * @param pv Planned value to date.
 * @returns EV - PV.
 */
export function scheduleVarianceFunction(ev: any, pv: any): number {
  return evaluate(() => finiteResult(scheduleVariance(nonNegativeArg(ev, "ev"), nonNegativeArg(pv, "pv"))));
}

/**
 * Cost variance (CV) = EV - AC (negative: over budget).
 * @customfunction COSTVARIANCE
 * @param ev Earned value to date.
 * @param ac Actual cost to date.
 * @returns EV - AC.
 */
export function costVarianceFunction(ev: any, ac: any): number {
  return evaluate(() => finiteResult(costVariance(nonNegativeArg(ev, "ev"), nonNegativeArg(ac, "ac"))));
}

/**
 * Schedule performance index SPI = EV / PV (below 1: behind schedule).
 * @customfunction SPI
 * @param ev Earned value to date.
 * @param pv Planned value to date; 0 or blank gives #DIV/0!.
 * @returns EV / PV.
 */
export function schedulePerformanceIndexFunction(ev: any, pv: any): number {
  return evaluate(() => finiteResult(schedulePerformanceIndex(nonNegativeArg(ev, "ev"), denominatorArg(pv, "pv")), "pv is 0"));
}

/**
 * Cost performance index CPI = EV / AC (below 1: over budget).
 * @customfunction CPI
 * @param ev Earned value to date.
 * @param ac Actual cost to date; 0 or blank gives #DIV/0!.
 * @returns EV / AC.
 */
export function costPerformanceIndexFunction(ev: any, ac: any): number {
  return evaluate(() => finiteResult(costPerformanceIndex(nonNegativeArg(ev, "ev"), denominatorArg(ac, "ac")), "ac is 0"));
}

interface EacArguments {
  bac: number;
  ac: number;
  ev: number;
  method: EacMethod;
  eac: number;
}

function eacOf(bac: any, ac: any, ev: any, method: any, pv: any): EacArguments {
  const budget = nonNegativeArg(bac, "bac");
  const actual = nonNegativeArg(ac, "ac");
  const earned = nonNegativeArg(ev, "ev");
  const chosen = optional(parseChoice(zeroAsBlank(method), EAC_METHODS), "method") ?? DEFAULT_EAC_METHOD;
  const plannedToDate = optionalNonNegativeArg(pv, "pv") ?? null;
  if (chosen === "CPI*SPI" && plannedToDate === null) throw notAvailable("pv is needed for the CPI*SPI method");
  const eac = estimateAtCompletion({ bac: budget, ac: actual, ev: earned, pv: plannedToDate, method: chosen });
  const missing = chosen === "CPI" ? "CPI is not available (ac or ev is 0)" : "CPI x SPI is not available (ac, ev or pv is 0)";
  return { bac: budget, ac: actual, ev: earned, method: chosen, eac: finiteResult(eac, missing) };
}

/**
 * Estimate at completion. Methods: CPI (default) BAC / CPI; BUDGET AC + (BAC - EV); CPI*SPI AC + (BAC - EV) / (CPI x SPI).
 * @customfunction EAC
 * @param bac Budget at completion.
 * @param ac Actual cost to date.
 * @param ev Earned value to date.
 * @param [method] CPI (default), BUDGET or CPI*SPI.
 * @param [pv] Planned value to date, needed by the CPI*SPI method.
 * @returns Estimate at completion.
 */
export function estimateAtCompletionFunction(bac: any, ac: any, ev: any, method?: any, pv?: any): number {
  return evaluate(() => eacOf(bac, ac, ev, method, pv).eac);
}

/**
 * Estimate to complete ETC = EAC - AC, with EAC by the chosen method.
 * @customfunction ETC
 * @param bac Budget at completion.
 * @param ac Actual cost to date.
 * @param ev Earned value to date.
 * @param [method] CPI (default), BUDGET or CPI*SPI.
 * @param [pv] Planned value to date, needed by the CPI*SPI method.
 * @returns Estimate to complete.
 */
export function estimateToCompleteFunction(bac: any, ac: any, ev: any, method?: any, pv?: any): number {
  return evaluate(() => {
    const figures = eacOf(bac, ac, ev, method, pv);
    return finiteResult(estimateToComplete(figures.eac, figures.ac));
  });
}

/**
 * Variance at completion VAC = BAC - EAC (negative: expected overspend).
 * @customfunction VAC
 * @param bac Budget at completion.
 * @param ac Actual cost to date.
 * @param ev Earned value to date.
 * @param [method] CPI (default), BUDGET or CPI*SPI.
 * @param [pv] Planned value to date, needed by the CPI*SPI method.
 * @returns Variance at completion.
 */
export function varianceAtCompletionFunction(bac: any, ac: any, ev: any, method?: any, pv?: any): number {
  return evaluate(() => {
    const figures = eacOf(bac, ac, ev, method, pv);
    return finiteResult(varianceAtCompletion(figures.bac, figures.eac));
  });
}

/**
 * To-complete performance index: the CPI the remaining work needs, (BAC - EV) / (BAC - AC), or (BAC - EV) / (EAC - AC) when an EAC is given.
 * @customfunction TCPI
 * @param bac Budget at completion.
 * @param ev Earned value to date.
 * @param ac Actual cost to date.
 * @param [eac] Estimate at completion to aim for instead of the budget.
 * @returns To-complete performance index.
 */
export function toCompletePerformanceIndexFunction(bac: any, ev: any, ac: any, eac?: any): number {
  return evaluate(() => {
    const target = optionalNonNegativeArg(eac, "eac") ?? null;
    const value = toCompletePerformanceIndex(nonNegativeArg(bac, "bac"), nonNegativeArg(ev, "ev"), nonNegativeArg(ac, "ac"), target);
    return finiteResult(value, target === null ? "bac equals ac" : "eac equals ac");
  });
}

/**
 * Planned value (PV) to date on a straight line from start to finish: BAC x the share of the time elapsed (0 before start, BAC after finish).
 * @customfunction PLANNEDVALUE
 * @param bac Budget at completion.
 * @param start Baseline start date.
 * @param finish Baseline finish date.
 * @param asOf Date to measure at.
 * @returns Planned value at asOf.
 */
export function plannedValueFunction(bac: any, start: any, finish: any, asOf: any): number {
  return evaluate(() => {
    const budget = nonNegativeArg(bac, "bac");
    const from: DayNumber = dateArg(start, "start");
    const to: DayNumber = dateArg(finish, "finish");
    if (to < from) throw invalidValue("finish is before start");
    return finiteResult(plannedValue(budget, from, to, dateArg(asOf, "asOf")), "start and finish are the same day");
  });
}

/**
 * Slippage in days: forecast date minus baseline date (positive: late, negative: early).
 * @customfunction SLIPPAGE
 * @param baselineDate Baseline (planned) date.
 * @param forecastDate Forecast date.
 * @returns Days late.
 */
export function slippageFunction(baselineDate: any, forecastDate: any): number {
  return evaluate(() => slippageDays(dateArg(baselineDate, "baselineDate"), dateArg(forecastDate, "forecastDate")));
}
