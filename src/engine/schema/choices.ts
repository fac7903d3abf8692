/**
 * The words registers use for statuses, stages and risk types, mapped to the governed ones
 * (SPEC 2). Keys are normalised (letters and digits only, lower case).
 */
import { COST_TYPE, CostType, MEASURE, Measure, PROJECT_STAGES, PROJECT_STATUS, ProjectStatus, RAID_PRIORITY, RAID_STATUS, RaidPriority, RaidStatus, RISK_STATUS, RISK_TYPE, RiskStatus, RiskType } from "../constants";
import { RaidKind } from "./fields";
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

/**
 * Statuses of issues, assumptions and dependencies. Waiting and blocked items are still open; a
 * dependency met or delivered, an assumption confirmed, is resolved; one withdrawn, rejected or
 * found false is closed (it no longer needs watching either way).
 */
export const RAID_STATUS_WORDS: Readonly<Record<string, RaidStatus>> = {
  open: RAID_STATUS.open,
  new: RAID_STATUS.open,
  raised: RAID_STATUS.open,
  logged: RAID_STATUS.open,
  active: RAID_STATUS.open,
  live: RAID_STATUS.open,
  escalated: RAID_STATUS.open,
  pending: RAID_STATUS.open,
  onhold: RAID_STATUS.open,
  blocked: RAID_STATUS.open,
  atrisk: RAID_STATUS.open,
  late: RAID_STATUS.open,
  overdue: RAID_STATUS.open,
  unresolved: RAID_STATUS.open,
  notstarted: RAID_STATUS.open,
  tobevalidated: RAID_STATUS.open,
  unconfirmed: RAID_STATUS.open,
  inprogress: RAID_STATUS.inProgress,
  ongoing: RAID_STATUS.inProgress,
  underinvestigation: RAID_STATUS.inProgress,
  investigating: RAID_STATUS.inProgress,
  assigned: RAID_STATUS.inProgress,
  wip: RAID_STATUS.inProgress,
  workinprogress: RAID_STATUS.inProgress,
  beingworked: RAID_STATUS.inProgress,
  actioned: RAID_STATUS.inProgress,
  resolved: RAID_STATUS.resolved,
  fixed: RAID_STATUS.resolved,
  done: RAID_STATUS.resolved,
  complete: RAID_STATUS.resolved,
  completed: RAID_STATUS.resolved,
  met: RAID_STATUS.resolved,
  delivered: RAID_STATUS.resolved,
  received: RAID_STATUS.resolved,
  satisfied: RAID_STATUS.resolved,
  inplace: RAID_STATUS.resolved,
  confirmed: RAID_STATUS.resolved,
  validated: RAID_STATUS.resolved,
  verified: RAID_STATUS.resolved,
  closed: RAID_STATUS.closed,
  cancelled: RAID_STATUS.closed,
  canceled: RAID_STATUS.closed,
  withdrawn: RAID_STATUS.closed,
  rejected: RAID_STATUS.closed,
  duplicate: RAID_STATUS.closed,
  invalid: RAID_STATUS.closed,
  invalidated: RAID_STATUS.closed,
  notrequired: RAID_STATUS.closed,
  nolongerrequired: RAID_STATUS.closed,
  superseded: RAID_STATUS.closed,
};

/**
 * Priority or severity words. Numbers read as the 1-5 scale of SPEC 3.2 (5 the highest: 1-2 Low,
 * 3 Medium, 4 High, 5 Critical); P1-P5 read the other way round, as priority classes do (P1 the
 * most urgent).
 */
export const RAID_PRIORITY_WORDS: Readonly<Record<string, RaidPriority>> = {
  low: RAID_PRIORITY.low,
  l: RAID_PRIORITY.low,
  verylow: RAID_PRIORITY.low,
  vl: RAID_PRIORITY.low,
  minor: RAID_PRIORITY.low,
  trivial: RAID_PRIORITY.low,
  medium: RAID_PRIORITY.medium,
  med: RAID_PRIORITY.medium,
  m: RAID_PRIORITY.medium,
  moderate: RAID_PRIORITY.medium,
  normal: RAID_PRIORITY.medium,
  high: RAID_PRIORITY.high,
  h: RAID_PRIORITY.high,
  major: RAID_PRIORITY.high,
  significant: RAID_PRIORITY.high,
  serious: RAID_PRIORITY.high,
  critical: RAID_PRIORITY.critical,
  c: RAID_PRIORITY.critical,
  veryhigh: RAID_PRIORITY.critical,
  vh: RAID_PRIORITY.critical,
  urgent: RAID_PRIORITY.critical,
  severe: RAID_PRIORITY.critical,
  blocker: RAID_PRIORITY.critical,
  showstopper: RAID_PRIORITY.critical,
  "1": RAID_PRIORITY.low,
  "2": RAID_PRIORITY.low,
  "3": RAID_PRIORITY.medium,
  "4": RAID_PRIORITY.high,
  "5": RAID_PRIORITY.critical,
  p1: RAID_PRIORITY.critical,
  p2: RAID_PRIORITY.high,
  p3: RAID_PRIORITY.medium,
  p4: RAID_PRIORITY.low,
  p5: RAID_PRIORITY.low,
};

/**
 * The Type column of a combined RAID log: which register a row belongs to. Threat and Opportunity
 * are not here: in a risk register's Type column they are the risk's type.
 */
export const RAID_TYPE_WORDS: Readonly<Record<string, "risks" | RaidKind>> = {
  risk: "risks",
  risks: "risks",
  r: "risks",
  issue: "issues",
  issues: "issues",
  i: "issues",
  assumption: "assumptions",
  assumptions: "assumptions",
  a: "assumptions",
  dependency: "dependencies",
  dependencies: "dependencies",
  dependancy: "dependencies",
  dep: "dependencies",
  d: "dependencies",
};

/** A Financials cost type (SPEC 2): capital or operating (revenue) spend. */
export const COST_TYPE_WORDS: Readonly<Record<string, CostType>> = {
  capex: COST_TYPE.capex,
  capital: COST_TYPE.capex,
  capitalexpenditure: COST_TYPE.capex,
  cap: COST_TYPE.capex,
  c: COST_TYPE.capex,
  opex: COST_TYPE.opex,
  operating: COST_TYPE.opex,
  operatingexpenditure: COST_TYPE.opex,
  revenue: COST_TYPE.opex,
  rev: COST_TYPE.opex,
  op: COST_TYPE.opex,
  o: COST_TYPE.opex,
};

/** The Measure column of a wide Financials sheet (SPEC 9): which amount a row's months hold. */
export const MEASURE_WORDS: Readonly<Record<string, Measure>> = {
  budget: MEASURE.budget,
  budgets: MEASURE.budget,
  plan: MEASURE.budget,
  planned: MEASURE.budget,
  baseline: MEASURE.budget,
  approvedbudget: MEASURE.budget,
  bud: MEASURE.budget,
  actual: MEASURE.actual,
  actuals: MEASURE.actual,
  act: MEASURE.actual,
  spend: MEASURE.actual,
  actualcost: MEASURE.actual,
  forecast: MEASURE.forecast,
  forecasts: MEASURE.forecast,
  outlook: MEASURE.forecast,
  fcst: MEASURE.forecast,
  fc: MEASURE.forecast,
  reforecast: MEASURE.forecast,
  latestestimate: MEASURE.forecast,
  le: MEASURE.forecast,
};
