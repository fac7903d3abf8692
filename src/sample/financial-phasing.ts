/**
 * One sample project's financial phasing (SPEC 9): its BAC phased by month from its start to its
 * baseline finish, actuals up to the sample's month and forecasts after it, both running from the
 * budget the way the project's earned value points (so the budget review and earned value tell
 * the same story) with a drift of its own. Some projects split capex and opex, some keep two opex
 * cost lines, and some leave later forecasts blank (the budget then stands for them).
 */
import { phaseAmount } from "../engine/phasing";
import { MonthNumber, monthOfDay } from "../engine/values";
import { isInactive, ProjectPlan } from "./project-plan";
import { SampleRandom } from "./sample-random";

export const CAPEX = "Capex";
export const OPEX = "Opex";

export interface PhasedMonth {
  month: MonthNumber;
  budget: number | null;
  actual: number | null;
  forecast: number | null;
  comment: string | null;
}

export interface CostLine {
  /** Capex or Opex; null where the register leaves it blank (blank is Opex). */
  costType: string | null;
  months: PhasedMonth[];
}

/** Registers keep whole units; phasing leaves cents. */
function whole(amount: number): number {
  return Math.round(amount);
}

/** How the budget of each line is shared: one Opex line, Capex and Opex, or two Opex lines. */
function drawLineShares(random: SampleRandom, plan: ProjectPlan): { costType: string | null; share: number }[] {
  const capexLikely = plan.programme.name === "Infrastructure" || plan.programme.name === "Estates";
  if (random.chance(capexLikely ? 0.7 : 0.25)) {
    const capex = random.between(0.4, 0.75);
    return [
      { costType: CAPEX, share: capex },
      { costType: OPEX, share: 1 - capex },
    ];
  }
  // Two opex lines (internal staff and suppliers, say) add up in the review as one.
  if (random.chance(0.12)) {
    const first = random.between(0.3, 0.6);
    return [
      { costType: OPEX, share: first },
      { costType: OPEX, share: 1 - first },
    ];
  }
  return [{ costType: random.chance(0.2) ? null : OPEX, share: 1 }];
}

/** The monthly budget of the whole project: BAC phased from start to baseline finish. */
function budgetByMonth(random: SampleRandom, plan: ProjectPlan, bac: number): { first: MonthNumber; budgets: number[] } {
  // Mostly linear, as the sample's planned value is (SPEC 3.3); some PMs phase by an S-curve.
  const profile = random.weighted([["linear", 75], ["scurve", 15], ["front", 5], ["back", 5]] as const);
  const finish = Math.max(plan.start, plan.finish);
  return { first: monthOfDay(plan.start), budgets: phaseAmount(bac, plan.start, finish, profile).map(whole) };
}

/**
 * How far the project's spend runs from its budget, month after month: the way its earned value
 * points (SPI over CPI: ahead of plan or over cost spends more), damped, plus a project's own
 * drift. Most projects end up within a few per cent; some clearly over or under.
 */
function drawSpendBias(random: SampleRandom, plan: ProjectPlan): number {
  const evm = plan.ev !== null && plan.ac !== null && plan.ac > 0 && plan.pv !== null && plan.pv > 0 ? plan.ev / plan.pv / (plan.ev / plan.ac) - 1 : 0;
  const drift = random.weighted([[[-0.025, 0.025], 75], [[-0.1, -0.03], 15], [[0.03, 0.08], 10]] as const);
  return Math.max(0.5, 1 + 0.3 * evm + random.between(drift[0], drift[1]));
}

/** Actuals up to the report month: the month's budget at the project's bias, give or take. */
function actualsByMonth(random: SampleRandom, budgets: readonly number[], booked: number, bias: number): number[] {
  return budgets.slice(0, booked).map((budget) => whole(budget * bias * random.between(0.93, 1.07)));
}

/** Later months' forecasts: the budget at the project's bias; one project in seven forecasts only the next quarter. */
function forecastsByMonth(random: SampleRandom, budgets: readonly number[], booked: number, bias: number): (number | null)[] {
  const later = budgets.slice(booked);
  const forecastMonths = random.chance(0.15) ? 3 : later.length;
  return later.map((budget, index) => (index < forecastMonths ? whole(budget * bias * random.between(0.97, 1.03)) : null));
}

/** The project's cost lines, month by month; none for a project without a BAC. */
export function phaseProject(random: SampleRandom, plan: ProjectPlan, reportMonth: MonthNumber): CostLine[] {
  if (plan.bac === null || plan.bac <= 0) return [];
  const { first, budgets } = budgetByMonth(random, plan, plan.bac);
  // Months booked: those up to the report month (a closed project finished before it).
  const booked = plan.started ? Math.max(0, Math.min(budgets.length, reportMonth - first + 1)) : 0;
  const bias = drawSpendBias(random, plan);
  const actuals = actualsByMonth(random, budgets, booked, bias);
  const forecasts = isInactive(plan) ? [] : forecastsByMonth(random, budgets, booked, bias);
  return drawLineShares(random, plan).map(({ costType, share }) => ({
    costType,
    months: budgets.map((budget, index) => ({
      month: first + index,
      budget: whole(budget * share),
      actual: index < booked ? whole(actuals[index] * share) : null,
      forecast: index >= booked && index - booked < forecasts.length && forecasts[index - booked] !== null ? whole((forecasts[index - booked] as number) * share) : null,
      comment: null,
    })),
  }));
}
