/**
 * Earned value management in ANSI/EIA-748 terms (SPEC 3.3). A figure that cannot be computed
 * (a zero or missing denominator, a missing input) is null: "not available", never 0 or Infinity.
 */
import { DEFAULT_EAC_METHOD, EacMethod } from "./constants";

export type Figure = number | null;

/** a / b, or null when either is missing or b is zero. */
export function ratio(numerator: Figure, denominator: Figure): Figure {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return numerator / denominator;
}

function difference(a: Figure, b: Figure): Figure {
  return a === null || b === null ? null : a - b;
}

/** Schedule variance SV = EV - PV. */
export const scheduleVariance = (ev: Figure, pv: Figure): Figure => difference(ev, pv);
/** Cost variance CV = EV - AC. */
export const costVariance = (ev: Figure, ac: Figure): Figure => difference(ev, ac);
/** Schedule performance index SPI = EV / PV. */
export const schedulePerformanceIndex = (ev: Figure, pv: Figure): Figure => ratio(ev, pv);
/** Cost performance index CPI = EV / AC. */
export const costPerformanceIndex = (ev: Figure, ac: Figure): Figure => ratio(ev, ac);

export interface EacInput {
  bac: number;
  ac: number;
  ev: number;
  pv?: Figure;
  method?: EacMethod;
}

/**
 * Estimate at completion. CPI: BAC / CPI. BUDGET: AC + (BAC - EV), the remaining work at budget
 * rate. CPI*SPI: AC + (BAC - EV) / (CPI x SPI), which needs PV.
 */
export function estimateAtCompletion({ bac, ac, ev, pv = null, method = DEFAULT_EAC_METHOD }: EacInput): Figure {
  if (method === "BUDGET") return ac + (bac - ev);
  const cpi = costPerformanceIndex(ev, ac);
  if (method === "CPI") return ratio(bac, cpi);
  const spi = schedulePerformanceIndex(ev, pv);
  const factor = cpi === null || spi === null ? null : cpi * spi;
  const remaining = ratio(bac - ev, factor);
  return remaining === null ? null : ac + remaining;
}

/** Estimate to complete ETC = EAC - AC. */
export const estimateToComplete = (eac: Figure, ac: number): Figure => difference(eac, ac);
/** Variance at completion VAC = BAC - EAC. */
export const varianceAtCompletion = (bac: number, eac: Figure): Figure => difference(bac, eac);

/** To-complete performance index: (BAC - EV) / (BAC - AC), or / (EAC - AC) when an EAC is given. */
export function toCompletePerformanceIndex(bac: number, ev: number, ac: number, eac: Figure = null): Figure {
  return ratio(bac - ev, eac === null ? bac - ac : eac - ac);
}

/** Linear planned value: BAC x clamp((asOf - start) / (finish - start), 0, 1). Days as numbers. */
export function plannedValue(bac: number, start: number, finish: number, asOf: number): Figure {
  const elapsed = ratio(asOf - start, finish - start);
  if (elapsed === null) return null;
  return bac * Math.min(1, Math.max(0, elapsed));
}

/** EV as given, else percentComplete (fraction) x BAC. */
export function derivedEarnedValue(ev: Figure, percentComplete: Figure, bac: Figure): Figure {
  if (ev !== null) return ev;
  return percentComplete === null || bac === null ? null : percentComplete * bac;
}

/** Finish slippage in days: forecast - baseline (negative: early). */
export function slippageDays(baseline: number, forecast: number): number {
  return forecast - baseline;
}
