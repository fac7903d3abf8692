/**
 * The words registers use for statuses, stages and risk types, mapped to the governed ones
 * (SPEC 2). Keys are normalised (letters and digits only, lower case).
 */
import { PROJECT_STAGES, PROJECT_STATUS, ProjectStatus, RISK_STATUS, RISK_TYPE, RiskStatus, RiskType } from "../constants";

export const PROJECT_STATUS_WORDS: Readonly<Record<string, ProjectStatus>> = {
  active: PROJECT_STATUS.active,
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
  mitigating: RISK_STATUS.mitigating,
  mitigation: RISK_STATUS.mitigating,
  inprogress: RISK_STATUS.mitigating,
  beingmitigated: RISK_STATUS.mitigating,
  closed: RISK_STATUS.closed,
  resolved: RISK_STATUS.closed,
  retired: RISK_STATUS.closed,
  occurred: RISK_STATUS.occurred,
  realised: RISK_STATUS.occurred,
  realized: RISK_STATUS.occurred,
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
