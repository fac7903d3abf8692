/**
 * One sample project: its lifecycle (status, stage, dates) and its earned-value figures, drawn so
 * that they hang together the way a real register's do. Risks and milestones are drawn from this
 * plan afterwards, which is why it keeps the numbers (day numbers, budget) and not only the cells.
 */
import { PROJECT_STATUS, ProjectStatus } from "../engine/constants";
import { SampleRandom, roundTo } from "./sample-random";
import { PROGRAMMES, ProgrammeProfile } from "./vocabulary";

export interface ProjectPlan {
  index: number;
  programme: ProgrammeProfile;
  status: ProjectStatus;
  stage: string;
  /** Day numbers (days since 1970-01-01). */
  start: number;
  finish: number;
  forecastFinish: number;
  /** Whether work has begun by the as-of date (Ideas and early Planning have not). */
  started: boolean;
  bac: number | null;
  ac: number | null;
  ev: number | null;
  pv: number | null;
  /** 0-1, or null for ideas that have no progress yet. */
  percentComplete: number | null;
}

/** Closed and Cancelled projects are not active; their risks are closed and milestones settled. */
export function isInactive(plan: ProjectPlan): boolean {
  return plan.status === PROJECT_STATUS.closed || plan.status === PROJECT_STATUS.cancelled;
}

/** Budgets are round figures: to 5k under 200k, 25k under 1m, 50k above. */
function drawBudget(random: SampleRandom): number {
  const raw = Math.exp(random.between(Math.log(50_000), Math.log(5_000_000)));
  return raw < 200_000 ? roundTo(raw, 5_000) : raw < 1_000_000 ? roundTo(raw, 25_000) : roundTo(raw, 50_000);
}

type Range = readonly [number, number];

/**
 * Performance indices (SPI, CPI): most projects on plan, about one in ten a little behind (Amber)
 * and one in twenty clearly behind (Red), as a governed portfolio usually looks.
 */
const INDEX_RANGES: readonly (readonly [Range, number])[] = [
  [[0.95, 1.08], 77],
  [[0.9, 0.95], 10],
  [[1.05, 1.15], 8],
  [[0.78, 0.9], 5],
];

/** Finish forecasts in days: mostly on the baseline, some a little off, some slipping 15-60 days. */
const SLIP_RANGES: readonly (readonly [Range, number])[] = [
  [[0, 0], 70],
  [[-10, 14], 22],
  [[15, 60], 8],
];

const STATUS_WEIGHTS: readonly (readonly [ProjectStatus, number])[] = [
  [PROJECT_STATUS.active, 74],
  [PROJECT_STATUS.onHold, 8],
  [PROJECT_STATUS.closed, 12],
  [PROJECT_STATUS.cancelled, 6],
];

const NOT_STARTED_STAGES = [["Idea", 40], ["Initiation", 30], ["Planning", 30]] as const;

function drawIndex(random: SampleRandom): number {
  const [min, max] = random.weighted(INDEX_RANGES);
  return random.between(min, max);
}

function drawSlip(random: SampleRandom): number {
  const [min, max] = random.weighted(SLIP_RANGES);
  return random.int(min, max);
}

/** Earned-value figures of a project `plannedFraction` through its baseline. */
function progressFigures(random: SampleRandom, bac: number, plannedFraction: number, finished: boolean) {
  const spi = drawIndex(random);
  const cpi = drawIndex(random);
  const percentComplete = finished ? 1 : Math.min(0.98, Math.max(0.01, Math.round(plannedFraction * spi * 100) / 100));
  const ev = Math.round(bac * percentComplete);
  return { percentComplete, ev, pv: Math.round(bac * plannedFraction), ac: roundTo(ev / cpi, 100) };
}

/**
 * Draws a project. `forceActive` puts it in Execution (projects carrying planted findings need
 * costs and open risks); `forceClosed` closes it.
 */
export function planProject(random: SampleRandom, index: number, asOf: number, force?: "active" | "closed"): ProjectPlan {
  const programme = random.pick(PROGRAMMES);
  const status = force === "active" ? PROJECT_STATUS.active : force === "closed" ? PROJECT_STATUS.closed : random.weighted(STATUS_WEIGHTS);
  const duration = random.int(90, 720);
  const bac = drawBudget(random);
  const plan: ProjectPlan = { index, programme, status, stage: "Execution", start: 0, finish: 0, forecastFinish: 0, started: true, bac, ac: null, ev: null, pv: null, percentComplete: null };

  if (status === PROJECT_STATUS.closed) {
    plan.finish = asOf - random.int(15, 420);
    plan.start = plan.finish - duration;
    plan.forecastFinish = Math.min(asOf - 1, plan.finish + Math.max(0, drawSlip(random)));
    plan.stage = "Closing";
    Object.assign(plan, progressFigures(random, bac, 1, true));
    return plan;
  }

  const notStarted = status !== PROJECT_STATUS.cancelled && force !== "active" && random.chance(0.12);
  if (notStarted) {
    plan.started = false;
    plan.start = asOf + random.int(5, 200);
    plan.finish = plan.start + duration;
    plan.forecastFinish = plan.finish + Math.max(0, drawSlip(random));
    plan.stage = random.weighted<string>(NOT_STARTED_STAGES);
    // Ideas have no cost yet; Initiation and Planning have a baseline but no progress.
    if (plan.stage === "Idea") plan.bac = random.chance(0.5) ? bac : null;
    else plan.percentComplete = 0;
    return plan;
  }

  // A few projects run past their baseline finish (and so slip), most are within it.
  const elapsed = random.int(20, Math.round(duration * 1.03));
  plan.start = asOf - elapsed;
  plan.finish = plan.start + duration;
  plan.forecastFinish = plan.finish + drawSlip(random);
  // A project still open after its baseline finish has a forecast in the future.
  if (plan.forecastFinish <= asOf) plan.forecastFinish = asOf + random.int(5, 45);
  const plannedFraction = Math.min(1, elapsed / duration);
  Object.assign(plan, progressFigures(random, bac, plannedFraction, false));
  const done = plan.percentComplete ?? 0;
  plan.stage = plannedFraction < 0.05 ? "Initiation" : plannedFraction < 0.15 ? "Planning" : done >= 0.9 ? "Closing" : "Execution";
  if (status === PROJECT_STATUS.cancelled && plan.stage === "Closing") plan.stage = "Execution";
  return plan;
}
