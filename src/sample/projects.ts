/**
 * The Projects sheet of the sample: each project's plan turned into the cells a PMO register
 * holds, with the blanks real registers have (EV left to be derived from % complete, PV from the
 * dates) and none of the mistakes, which are planted separately (planted-findings.ts).
 */
import { PROJECT_STATUS } from "../engine/constants";
import { PLANTED_PROJECT_INDEX } from "./planted-findings";
import { planProject, ProjectPlan } from "./project-plan";
import { SampleContext } from "./sample-context";
import { SampleRandom } from "./sample-random";
import { SampleCell } from "./types";
import { OTHER_DEPARTMENTS, OVERRIDE_REASONS, PEOPLE, PROJECT_ACTIONS, PROJECT_PHASES } from "./vocabulary";

export type SampleRecord = Record<string, SampleCell>;

export interface SampleProject {
  plan: ProjectPlan;
  cells: SampleRecord;
}

/** "PRJ-007": zero-padded so ids sort as text in the order they were made. */
export function formatId(prefix: string, number: number, width: number): string {
  return `${prefix}${String(number).padStart(width, "0")}`;
}

/** Width of the number in project ids: at least 3 digits, more when the sample needs them. */
export function projectIdWidth(projects: number): number {
  return Math.max(3, String(projects).length);
}

/** A 1-5 prioritisation score, centred on 3 as scoring panels tend to be. */
const SCORE_WEIGHTS = [[1, 8], [2, 22], [3, 35], [4, 25], [5, 10]] as const;

function drawScore(random: SampleRandom): number {
  return random.weighted<number>(SCORE_WEIGHTS);
}

function drawName(random: SampleRandom, plan: ProjectPlan): string {
  const name = `${random.pick(plan.programme.subjects)} ${random.pick(PROJECT_ACTIONS)}`;
  return random.chance(0.15) ? `${name} ${random.pick(PROJECT_PHASES)}` : name;
}

/** Most registers are updated within the month; a few lag, but never past the 45-day rule. */
function drawLastUpdated(random: SampleRandom, asOf: number): number {
  return asOf - (random.chance(0.85) ? random.int(0, 30) : random.int(31, 44));
}

function projectCells(context: SampleContext, plan: ProjectPlan, id: string): SampleRecord {
  const { random } = context;
  const { programme } = plan;
  const active = plan.status === PROJECT_STATUS.active && plan.started;
  const override = active && random.chance(0.06);
  const hasCost = plan.bac !== null && plan.ev !== null;
  return {
    id,
    name: drawName(random, plan),
    program: programme.name,
    portfolio: programme.portfolio,
    sponsor: random.pick(programme.sponsors),
    department: random.chance(0.85) ? programme.department : random.pick(OTHER_DEPARTMENTS),
    manager: random.pick(PEOPLE),
    status: plan.status,
    stage: plan.stage,
    start: context.date(plan.start),
    finish: context.date(plan.finish),
    forecastFinish: context.date(plan.forecastFinish),
    bac: plan.bac,
    ac: plan.ac,
    // Left blank, EV is derived from % complete and PV from the dates (SPEC 3.3).
    ev: hasCost && random.chance(0.2) ? null : plan.ev,
    pv: hasCost && random.chance(0.3) ? null : plan.pv,
    percentComplete: plan.percentComplete,
    ragOverride: override ? random.weighted([["Amber", 50], ["Green", 30], ["Red", 20]]) : null,
    overrideReason: override ? random.pick(OVERRIDE_REASONS) : null,
    lastUpdated: context.date(drawLastUpdated(random, context.asOf)),
    strategicFit: drawScore(random),
    value: drawScore(random),
    urgency: drawScore(random),
    riskReduction: drawScore(random),
    effort: drawScore(random),
  };
}

/** Projects carrying planted findings must be active and under way; one must be Closed. */
const PLANTED_INDEXES: ReadonlySet<number> = new Set(Object.values(PLANTED_PROJECT_INDEX));

function forcedState(index: number): "active" | "closed" | undefined {
  if (index === PLANTED_PROJECT_INDEX.openRiskOnClosedProject) return "closed";
  return PLANTED_INDEXES.has(index) ? "active" : undefined;
}

export function generateProjects(context: SampleContext, count: number): SampleProject[] {
  const width = projectIdWidth(count);
  const projects: SampleProject[] = new Array(count);
  for (let index = 0; index < count; index += 1) {
    const plan = planProject(context.random, index, context.asOf, forcedState(index));
    projects[index] = { plan, cells: projectCells(context, plan, formatId("PRJ-", index + 1, width)) };
  }
  return projects;
}
