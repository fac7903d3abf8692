/**
 * Phasing an amount over calendar months (SPEC 9, PMO.PHASE): one amount per month from the start
 * date's month to the finish date's month, in whole cents, adding up to the amount exactly.
 *
 * Rounding: the amount's whole cents are shared out by the largest remainder method (each month gets its
 * exact share rounded down to the cent; the cents left over go one each to the months with the
 * largest remainders, the later month first on a tie), so every month is within a cent of its
 * exact share. Each entry is then the double that brings the row's running total, added up from
 * the left in floating point as a cell formula does, to the double nearest its cents to date, and
 * the last to the amount itself; that is mostly the double nearest the entry's own cents. So the row adds up to the amount exactly, and every entry is its
 * whole cents to within a unit or two in the last place of the amount (0.1 + 0.2 is not 0.3 in
 * binary: phasing 0.30 as 0.10 and 0.20 makes the second entry a hair under 0.2). An amount of more
 * than two decimals has its fraction of a cent in the last month (100.005 over three even months is
 * 33.33, 33.33, 33.345).
 */
import { DayNumber, firstDayOfMonth, monthOfDay } from "./values";

export const PHASING_PROFILES = ["linear", "even", "front", "back", "scurve"] as const;
export type PhasingProfile = (typeof PHASING_PROFILES)[number];
export const DEFAULT_PHASING_PROFILE: PhasingProfile = "linear";

/**
 * The largest amount phased: its cents (10^15) and every share of them stay well inside the
 * integers a double holds exactly (2^53, about 9 x 10^15).
 */
export const MAX_PHASED_AMOUNT = 1e13;

const CENTS = 100;

/** How many calendar months [start, finish] touches: 1 when both are in the same month. */
export function monthsSpanned(startDay: DayNumber, finishDay: DayNumber): number {
  return monthOfDay(finishDay) - monthOfDay(startDay) + 1;
}

/** The weight of each month from start's to finish's under a profile (SPEC 9). */
export function phasingWeights(profile: PhasingProfile, startDay: DayNumber, finishDay: DayNumber): number[] {
  const firstMonth = monthOfDay(startDay);
  const count = monthsSpanned(startDay, finishDay);
  const weights = new Array<number>(count);
  if (profile === "linear") {
    // The days of [start, finish] in each month; each month's first day is found once.
    let monthStart = firstDayOfMonth(firstMonth);
    for (let index = 0; index < count; index += 1) {
      const nextMonthStart = firstDayOfMonth(firstMonth + index + 1);
      weights[index] = Math.min(finishDay, nextMonthStart - 1) - Math.max(startDay, monthStart) + 1;
      monthStart = nextMonthStart;
    }
    return weights;
  }
  for (let place = 1; place <= count; place += 1) weights[place - 1] = profileWeight(profile, place, count);
  return weights;
}

/** Month `place` (1-based) of `count` under a profile that does not depend on the days. */
function profileWeight(profile: Exclude<PhasingProfile, "linear">, place: number, count: number): number {
  switch (profile) {
    case "even":
      return 1;
    case "front":
      return count - place + 1;
    case "back":
      return place;
    case "scurve": {
      // (place - 1/2) / count lies strictly between 0 and 1, so every month gets a positive weight.
      // sin² is symmetric about the middle; taking the place from the nearer end keeps the weights
      // exactly symmetric in floating point, so mirrored months tie and the tie rule decides.
      const fromNearerEnd = Math.min(place, count + 1 - place);
      return Math.sin((Math.PI * (fromNearerEnd - 0.5)) / count) ** 2;
    }
  }
}

/**
 * Shares `cents` (a whole number, 0 or more) out in proportion to `weights` (0 or more, not all 0)
 * by the largest remainder method; the shares are whole numbers adding up to `cents`.
 */
export function apportionCents(cents: number, weights: readonly number[]): number[] {
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const quotas = weights.map((weight) => (cents * weight) / totalWeight);
  const shares = quotas.map(Math.floor);
  const byRemainder = shares.map((_, index) => index).sort((a, b) => quotas[b] - shares[b] - (quotas[a] - shares[a]) || b - a);
  let left = cents - shares.reduce((sum, share) => sum + share, 0);
  // Rounding down leaves fewer cents than there are months; the loops also settle the odd cent a
  // quota's own rounding error could add or take away.
  for (let next = 0; left > 0; next += 1, left -= 1) shares[byRemainder[next % shares.length]] += 1;
  for (let next = shares.length - 1; left < 0; next -= 1) {
    const index = byRemainder[((next % shares.length) + shares.length) % shares.length];
    if (shares[index] > 0) {
      shares[index] -= 1;
      left += 1;
    }
  }
  return shares;
}

/**
 * `amount` spread over the calendar months from start's to finish's (finish on or after start;
 * |amount| at most MAX_PHASED_AMOUNT), one entry per month, adding up to `amount` exactly (see the
 * note at the top). Every entry has the sign of `amount` or is 0.
 */
export function phaseAmount(amount: number, startDay: DayNumber, finishDay: DayNumber, profile: PhasingProfile = DEFAULT_PHASING_PROFILE): number[] {
  const weights = phasingWeights(profile, startDay, finishDay);
  const sign = amount < 0 ? -1 : 1;
  return entriesForRunningTotals(apportionCents(wholeCents(Math.abs(amount)), weights), sign, amount);
}

/**
 * The whole cents of an amount (0 or more), read at 15 significant digits as Excel shows numbers:
 * 0.29 x 100 is 28.999999999999996 in binary but 29 cents; 100.005 is 10,000 cents and a half.
 */
function wholeCents(amount: number): number {
  return Math.floor(Number((amount * CENTS).toPrecision(15)));
}

/**
 * The entries whose running total, added up from the left in floating point, is after each month
 * the double nearest its cents to date, and after the last month `amount` itself. Choosing each
 * entry against the running total, rather than as the double nearest its own cents, keeps the
 * binary rounding of a long row from piling up on one month.
 */
function entriesForRunningTotals(cents: readonly number[], sign: number, amount: number): number[] {
  const last = cents.length - 1;
  const entries = new Array<number>(cents.length);
  let centsToDate = 0;
  let total = 0;
  for (let index = 0; index <= last; index += 1) {
    centsToDate += cents[index];
    if (index < last && cents[index] === 0) {
      entries[index] = 0;
      continue;
    }
    const own = cents[index] === 0 ? 0 : (sign * cents[index]) / CENTS;
    const target = index === last ? amount : (sign * centsToDate) / CENTS;
    // The double nearest the month's own cents where it reaches the target, as it mostly does.
    entries[index] = total + own === target ? own : addend(total, target);
    total += entries[index];
  }
  if (total !== amount) settleLastEntry(entries, amount);
  return entries;
}

/** The x for which total + x, in floating point, is `target`, or the nearest found. */
function addend(total: number, target: number): number {
  let x = target - total;
  for (let step = 0; step < 4 && total + x !== target; step += 1) x = nextDouble(x, total + x < target);
  return x === 0 ? 0 : x;
}

/**
 * When no last entry gives `amount` (the last addition is a tie that rounds to the even neighbour,
 * away from amount), the total before it moves by a unit in its last place: the last earlier entry
 * that is not 0 takes that unit, and the last entry is chosen again.
 */
function settleLastEntry(entries: number[], amount: number): void {
  const last = entries.length - 1;
  let earlier = last - 1;
  while (earlier >= 0 && entries[earlier] === 0) earlier -= 1;
  if (earlier < 0) return;
  const original = entries[earlier];
  let before = 0;
  for (let index = 0; index < earlier; index += 1) before += entries[index];
  const unit = unitInLastPlace(before + original);
  for (const units of [1, -1, 2, -2]) {
    entries[earlier] = original + units * unit;
    const total = before + entries[earlier];
    entries[last] = addend(total, amount);
    if (total + entries[last] === amount) return;
  }
  entries[earlier] = original;
  entries[last] = addend(before + original, amount);
}

/** The gap between |value| and the next double above it. */
function unitInLastPlace(value: number): number {
  const magnitude = Math.abs(value);
  return nextDouble(magnitude, true) - magnitude;
}

const doubleView = new Float64Array(1);
const bitsView = new BigInt64Array(doubleView.buffer);

/** The neighbouring double of `value`, above it or below it. */
function nextDouble(value: number, up: boolean): number {
  if (value === 0) return up ? Number.MIN_VALUE : -Number.MIN_VALUE;
  doubleView[0] = value;
  bitsView[0] += value > 0 === up ? 1n : -1n;
  return doubleView[0];
}
