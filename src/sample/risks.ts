/**
 * The Risks sheet of the sample: about five risks per project, written the mixed ways real
 * registers write them (probability as 1-5, as a label or as a fraction; impact as 1-5 or a
 * label). Every open risk has an owner and a response, and risks of Closed or Cancelled projects
 * are closed, so the only governance findings are the planted ones.
 */
import { RISK_STATUS, RISK_TYPE, RiskStatus } from "../engine/constants";
import { FIXED_LAYOUT_PROJECTS, FIXED_RISKS_PER_PROJECT } from "./planted-findings";
import { isInactive } from "./project-plan";
import { SampleProject, SampleRecord } from "./projects";
import { SampleContext } from "./sample-context";
import { SampleRandom, roundTo } from "./sample-random";
import { PEOPLE, RISK_WORDING } from "./vocabulary";

/** Labels for each band, in the spellings registers use. */
const BAND_LABELS: readonly (readonly string[])[] = [
  ["Very Low", "VL"],
  ["Low", "L"],
  ["Medium", "M", "Med"],
  ["High", "H"],
  ["Very High", "VH"],
];

/** Fractions inside each probability band (SPEC 3.2: <= 0.1, <= 0.3, <= 0.5, <= 0.7, above). */
const BAND_FRACTIONS: readonly (readonly number[])[] = [
  [0.05, 0.1],
  [0.15, 0.2, 0.25, 0.3],
  [0.35, 0.4, 0.45, 0.5],
  [0.55, 0.6, 0.65, 0.7],
  [0.75, 0.8, 0.85, 0.9],
];

function drawProbability(random: SampleRandom, band: number): number | string {
  const form = random.fraction();
  if (form < 0.6) return band;
  if (form < 0.8) return random.pick(BAND_LABELS[band - 1]);
  return random.pick(BAND_FRACTIONS[band - 1]);
}

function drawImpact(random: SampleRandom, band: number): number | string {
  return random.chance(0.75) ? band : random.pick(BAND_LABELS[band - 1]);
}

/**
 * Most registered risks are Low or Medium: about one open threat in sixteen scores High (10+) and
 * one in two hundred Critical (17+), so that roughly a quarter of projects are Amber on risk.
 */
const PROBABILITY_BAND_WEIGHTS = [[1, 32], [2, 40], [3, 20], [4, 6], [5, 2]] as const;
const IMPACT_BAND_WEIGHTS = [[1, 22], [2, 40], [3, 28], [4, 8], [5, 2]] as const;
const ACTIVE_RISK_STATUS_WEIGHTS = [[RISK_STATUS.open, 40], [RISK_STATUS.mitigating, 30], [RISK_STATUS.closed, 22], [RISK_STATUS.occurred, 8]] as const;

function drawStatus(random: SampleRandom, project: SampleProject): RiskStatus {
  if (isInactive(project.plan)) return random.chance(0.8) ? RISK_STATUS.closed : RISK_STATUS.occurred;
  if (!project.plan.started) return random.chance(0.8) ? RISK_STATUS.open : RISK_STATUS.mitigating;
  return random.weighted<RiskStatus>(ACTIVE_RISK_STATUS_WEIGHTS);
}

/** Risks of one project, as records keyed by field; ids are given later, once the total is known. */
export function projectRisks(context: SampleContext, project: SampleProject): SampleRecord[] {
  const { random, asOf } = context;
  const count = project.plan.index < FIXED_LAYOUT_PROJECTS ? FIXED_RISKS_PER_PROJECT : random.int(3, 7);
  const budget = project.plan.bac;
  const risks: SampleRecord[] = [];
  for (let n = 0; n < count; n += 1) {
    const wording = random.pick(RISK_WORDING);
    const opportunity = random.chance(0.1);
    const status = drawStatus(random, project);
    const open = status === RISK_STATUS.open || status === RISK_STATUS.mitigating;
    const probabilityBand = random.weighted<number>(PROBABILITY_BAND_WEIGHTS);
    const impactBand = random.weighted<number>(IMPACT_BAND_WEIGHTS);
    const costImpact = budget === null ? random.int(5, 100) * 1_000 : Math.max(1_000, roundTo(budget * random.between(0.01, 0.12), 1_000));
    risks.push({
      id: null,
      projectId: project.cells.id,
      title: random.pick(opportunity ? wording.opportunities : wording.threats),
      category: wording.category,
      owner: random.chance(0.3) ? project.cells.manager : random.pick(PEOPLE),
      response: random.pick(wording.responses),
      type: opportunity ? RISK_TYPE.opportunity : RISK_TYPE.threat,
      status,
      probability: drawProbability(random, probabilityBand),
      impact: drawImpact(random, impactBand),
      costImpact,
      // Open risks have their response due ahead; closed ones had it in the past.
      responseDue: context.date(open ? asOf + random.int(7, 120) : asOf - random.int(5, 300)),
    });
  }
  return risks;
}
