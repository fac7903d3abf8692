/**
 * Words and defaults shared by every front end. Each is defined here once (SPEC 2, 3, 4);
 * import them instead of repeating the strings.
 */

/** RAG words as they appear in cells, reports and the task pane (SPEC 4). */
export const RAG = {
  green: "Green",
  amber: "Amber",
  red: "Red",
  grey: "Grey",
} as const;
export type RagStatus = (typeof RAG)[keyof typeof RAG];

/** Severity order for "worst of": Grey (not assessed) ranks below Green. */
export const RAG_SEVERITY: Readonly<Record<RagStatus, number>> = {
  Grey: 0,
  Green: 1,
  Amber: 2,
  Red: 3,
};

/** The 5-point Delivery Confidence Assessment's half levels (SPEC 2), between the RAG words. */
export const DCA_HALF = { amberGreen: "Amber/Green", amberRed: "Amber/Red" } as const;
export type DcaHalf = (typeof DCA_HALF)[keyof typeof DCA_HALF];

/** A status as a project reports it: a RAG word or a DCA half level. */
export type ReportedRag = RagStatus | DcaHalf;

/** Levels of the reported status for the watermelon check (SPEC 2): Green 1 ... Red 3. */
export const DCA_LEVEL: Readonly<Record<Exclude<ReportedRag, "Grey">, number>> = {
  Green: 1,
  "Amber/Green": 1.5,
  Amber: 2,
  "Amber/Red": 2.5,
  Red: 3,
};

/** A Financials cost line's type (SPEC 2): blank reads as Opex. */
export const COST_TYPE = { capex: "Capex", opex: "Opex" } as const;
export type CostType = (typeof COST_TYPE)[keyof typeof COST_TYPE];

/** What a row of a wide Financials sheet holds (SPEC 9): the Measure column's value. */
export const MEASURE = { budget: "Budget", actual: "Actual", forecast: "Forecast" } as const;
export type Measure = (typeof MEASURE)[keyof typeof MEASURE];

/** Risk ratings by score band (SPEC 3.2). */
export const RISK_RATING = {
  low: "Low",
  medium: "Medium",
  high: "High",
  critical: "Critical",
} as const;
export type RiskRating = (typeof RISK_RATING)[keyof typeof RISK_RATING];

/** Lowest score of each rating: 1-4 Low, 5-9 Medium, 10-16 High, 17-25 Critical. */
export const RISK_RATING_MIN_SCORE = {
  Medium: 5,
  High: 10,
  Critical: 17,
} as const;

/** The 1-5 scale's labels (SPEC 3.2), keyed by their normalised spelling. */
export const SCALE_LABELS: Readonly<Record<string, number>> = {
  verylow: 1,
  vl: 1,
  low: 2,
  l: 2,
  medium: 3,
  med: 3,
  m: 3,
  high: 4,
  h: 4,
  veryhigh: 5,
  vh: 5,
};

/** Upper bounds of the probability bands 1-4 for fractions; above the last is band 5. */
export const PROBABILITY_BAND_LIMITS = [0.1, 0.3, 0.5, 0.7] as const;

/** The fraction each 1-5 probability band stands for when computing exposure. */
export const PROBABILITY_BAND_FRACTIONS = [0.1, 0.3, 0.5, 0.7, 0.9] as const;

/** Project lifecycle status (SPEC 2). Blank means Active. */
export const PROJECT_STATUS = {
  active: "Active",
  onHold: "On Hold",
  closed: "Closed",
  cancelled: "Cancelled",
} as const;
export type ProjectStatus = (typeof PROJECT_STATUS)[keyof typeof PROJECT_STATUS];
export const INACTIVE_PROJECT_STATUSES: readonly ProjectStatus[] = [PROJECT_STATUS.closed, PROJECT_STATUS.cancelled];

export const PROJECT_STAGES = ["Idea", "Initiation", "Planning", "Execution", "Closing"] as const;

/** Risk status (SPEC 2). Blank means Open; Open and Mitigating are open. */
export const RISK_STATUS = {
  open: "Open",
  mitigating: "Mitigating",
  closed: "Closed",
  occurred: "Occurred",
} as const;
export type RiskStatus = (typeof RISK_STATUS)[keyof typeof RISK_STATUS];
export const OPEN_RISK_STATUSES: readonly RiskStatus[] = [RISK_STATUS.open, RISK_STATUS.mitigating];

export const RISK_TYPE = { threat: "Threat", opportunity: "Opportunity" } as const;
export type RiskType = (typeof RISK_TYPE)[keyof typeof RISK_TYPE];

/**
 * Status of an issue, assumption or dependency (SPEC 2, RAID logs). Blank means Open; Open and
 * In Progress are open, Resolved and Closed are not.
 */
export const RAID_STATUS = {
  open: "Open",
  inProgress: "In Progress",
  resolved: "Resolved",
  closed: "Closed",
} as const;
export type RaidStatus = (typeof RAID_STATUS)[keyof typeof RAID_STATUS];
export const OPEN_RAID_STATUSES: readonly RaidStatus[] = [RAID_STATUS.open, RAID_STATUS.inProgress];

/** Priority (or severity) of an issue, assumption or dependency. */
export const RAID_PRIORITY = {
  low: "Low",
  medium: "Medium",
  high: "High",
  critical: "Critical",
} as const;
export type RaidPriority = (typeof RAID_PRIORITY)[keyof typeof RAID_PRIORITY];
/** The priorities an open issue must have an owner for (governance error otherwise). */
export const HIGH_RAID_PRIORITIES: readonly RaidPriority[] = [RAID_PRIORITY.high, RAID_PRIORITY.critical];

/** Earned-value EAC methods (SPEC 3.3); CPI is the default. */
export const EAC_METHODS = ["CPI", "BUDGET", "CPI*SPI"] as const;
export type EacMethod = (typeof EAC_METHODS)[number];
export const DEFAULT_EAC_METHOD: EacMethod = "CPI";

/** Group label for a blank grouping value in roll-ups (SPEC 3.6). */
export const BLANK_GROUP = "(none)";

/** Header row of the ROLLUP spill (SPEC 4). */
export const ROLLUP_HEADER = ["Group", "Projects", "Green", "Amber", "Red", "Grey", "Worst", "Total"] as const;

/** Defaults of CONTINGENCY (SPEC 4). */
export const CONTINGENCY_DEFAULTS = { confidence: 0.8, trials: 10000, maxTrials: 1_000_000, seed: 0x504d4f } as const;

/** How a figure with no data behind it reads in words (SPEC 2: never 0); a sheet cell is left blank instead. */
export const NOT_AVAILABLE = "n/a";
