/**
 * The words registers use for statuses, stages and risk types, mapped to the governed ones
 * (SPEC 2). Keys are normalised (letters and digits only, lower case).
 */
import { PROJECT_STAGES, PROJECT_STATUS, ProjectStatus, RISK_STATUS, RISK_TYPE, RiskStatus, RiskType } from "../constants";
import { RAG_WORDS } from "../values";

/**
 * A health word in a status column (On Track, At Risk, Delayed, Amber/Green ...) reports how the
 * project is doing, not whether it is running: it leaves the project Active (SPEC 2).
 */
const HEALTH_WORDS_AS_STATUS: Readonly<Record<string, ProjectStatus>> = Object.fromEntries(Object.keys(RAG_WORDS).map((word) => [word, PROJECT_STATUS.active]));

/**
 * Projects not yet started (Planning, Not Started, Proposed, Pipeline) are Active: SPEC 2 has no
 * status for them, and only Closed and Cancelled take a project out of the figures.
 */
export const PROJECT_STATUS_WORDS: Readonly<Record<string, ProjectStatus>> = {
  ...HEALTH_WORDS_AS_STATUS,
  active: PROJECT_STATUS.active,
  planning: PROJECT_STATUS.active,
  notstarted: PROJECT_STATUS.active,
  proposed: PROJECT_STATUS.active,
  pipeline: PROJECT_STATUS.active,
  inprogress: PROJECT_STATUS.active,
  live: PROJECT_STATUS.active,
  open: PROJECT_STATUS.active,
  ongoing: PROJECT_STATUS.active,
  onhold: PROJECT_STATUS.onHold,
  hold: PROJECT_STATUS.onHold,
  paused: PROJECT_STATUS.onHold,
  suspended: PROJECT_STATUS.onHold,
  closed: PROJECT_STATUS.closed,
  complete: PROJECT_STATUS.closed,
  completed: PROJECT_STATUS.closed,
  done: PROJECT_STATUS.closed,
  delivered: PROJECT_STATUS.closed,
  cancelled: PROJECT_STATUS.cancelled,
  canceled: PROJECT_STATUS.cancelled,
  stopped: PROJECT_STATUS.cancelled,
  terminated: PROJECT_STATUS.cancelled,
};

export type ProjectStage = (typeof PROJECT_STAGES)[number];

export const STAGE_WORDS: Readonly<Record<string, ProjectStage>> = {
  idea: "Idea",
  concept: "Idea",
  proposal: "Idea",
  pipeline: "Idea",
  initiation: "Initiation",
  initiate: "Initiation",
  startup: "Initiation",
  mobilisation: "Initiation",
  mobilization: "Initiation",
  planning: "Planning",
  plan: "Planning",
  design: "Planning",
  execution: "Execution",
  execute: "Execution",
  delivery: "Execution",
  build: "Execution",
  implementation: "Execution",
  construction: "Execution",
  // Discovery is staffed, funded work to decide whether and what to build: Initiation, not an idea.
  discovery: "Initiation",
  feasibility: "Initiation",
  scope: "Initiation",
  scoping: "Initiation",
  closing: "Closing",
  closure: "Closing",
  close: "Closing",
  handover: "Closing",
};

export const RISK_STATUS_WORDS: Readonly<Record<string, RiskStatus>> = {
  open: RISK_STATUS.open,
  new: RISK_STATUS.open,
  active: RISK_STATUS.open,
  live: RISK_STATUS.open,
  potential: RISK_STATUS.open,
  monitoring: RISK_STATUS.open,
  monitor: RISK_STATUS.open,
  escalated: RISK_STATUS.open,
  // An accepted risk is not treated but stays open and watched.
  accepted: RISK_STATUS.open,
  mitigating: RISK_STATUS.mitigating,
  mitigation: RISK_STATUS.mitigating,
  inprogress: RISK_STATUS.mitigating,
  beingmitigated: RISK_STATUS.mitigating,
  closed: RISK_STATUS.closed,
  resolved: RISK_STATUS.closed,
  retired: RISK_STATUS.closed,
  // Mitigated: the response is done and the risk is down to what the project tolerates.
  mitigated: RISK_STATUS.closed,
  occurred: RISK_STATUS.occurred,
  realised: RISK_STATUS.occurred,
  realized: RISK_STATUS.occurred,
  materialised: RISK_STATUS.occurred,
  materialized: RISK_STATUS.occurred,
  issue: RISK_STATUS.occurred,
};

export const RISK_TYPE_WORDS: Readonly<Record<string, RiskType>> = {
  threat: RISK_TYPE.threat,
  risk: RISK_TYPE.threat,
  negative: RISK_TYPE.threat,
  t: RISK_TYPE.threat,
  opportunity: RISK_TYPE.opportunity,
  opp: RISK_TYPE.opportunity,
  positive: RISK_TYPE.opportunity,
  o: RISK_TYPE.opportunity,
};
