/**
 * The monthly summary as data (SPEC 6). `ReportJson` has exactly the keys `pmo report --json`
 * prints; `Report` adds what the summary sheet states besides (rule set, sources, history).
 */
import { RagStatus, ReportedRag, RiskRating } from "../constants";
import { HeatMap } from "../heatmap";
import { HistoryRow } from "../history";
import { BudgetReview } from "../budget/budget-types";

/** How many projects are Green, Amber, Red and Grey (overall status). */
export interface StatusCounts {
  green: number;
  amber: number;
  red: number;
  grey: number;
}

/**
 * Earned-value sums over active projects; CPI and SPI over the projects with both figures. A sum
 * with no figure behind it (no AC column, no BAC given) is null, never 0 (SPEC 2).
 */
export interface ValueFigures {
  bac: number | null;
  ac: number | null;
  ev: number | null;
  pv: number | null;
  eac: number | null;
  cpi: number | null;
  spi: number | null;
}

export interface ReportTotals extends StatusCounts, ValueFigures {
  projects: number;
  active: number;
  /** Null without a risk register. */
  openRisks: number | null;
  /** Null when the risks cannot be rated (no probability or impact column). */
  criticalRisks: number | null;
  highRisks: number | null;
  /** Null when no open risk has a probability and a cost impact. */
  exposure: number | null;
}

export interface RollupRow extends StatusCounts, ValueFigures {
  group: string;
  projects: number;
  worst: RagStatus;
  openRisks: number | null;
  highRisks: number | null;
}

export interface ProjectLine {
  id: string;
  name: string;
  group: string;
  status: string;
  rag: RagStatus;
  schedule: RagStatus;
  cost: RagStatus;
  risk: RagStatus;
  /** The budget dimension (SPEC 9): present only when the workbook has a Financials sheet. */
  budget?: RagStatus;
  overridden: boolean;
  /** The status the project reports (SPEC 2), DCA half levels kept; null when it reports none. */
  reportedRag: ReportedRag | null;
  /** Reported a full level or more better than computed before any override: the watermelon check. */
  optimistic: boolean;
  reasons: string[];
  spi: number | null;
  cpi: number | null;
  eac: number | null;
  slipDays: number | null;
}

export type ExceptionLine = Pick<ProjectLine, "id" | "name" | "rag" | "overridden" | "reportedRag" | "optimistic" | "reasons">;

export interface TopRisk {
  id: string;
  projectId: string;
  title: string | null;
  score: number;
  rating: RiskRating;
  exposure: number | null;
  owner: string | null;
}

/** Each null without a milestone register. */
export interface MilestoneFigures {
  dueThisMonth: number | null;
  doneThisMonth: number | null;
  overdue: number | null;
  slipped: number | null;
}

export interface StatusChange {
  id: string;
  name: string;
  from: RagStatus | null;
  to: RagStatus | null;
}

export interface GovernanceCounts {
  errors: number;
  warnings: number;
  byRule: Record<string, number>;
}

/** RAID counts (SPEC 2); null for a register the workbook does not have. */
export interface RaidFigures {
  issues: { open: number | null; overdue: number | null; high: number | null };
  dependencies: { open: number | null; late: number | null };
  assumptions: { open: number | null };
}

export interface ReportJson {
  month: string;
  asOf: string;
  groupBy: string;
  totals: ReportTotals;
  rollup: RollupRow[];
  projects: ProjectLine[];
  exceptions: ExceptionLine[];
  topRisks: TopRisk[];
  heatmap: HeatMap;
  milestones: MilestoneFigures;
  changes: StatusChange[];
  governance: GovernanceCounts;
  raid: RaidFigures;
  /** The budget review (SPEC 9); null when the workbook has no Financials sheet. */
  budget: BudgetReview | null;
}

/** Overall status counts of one month, for the status trend. */
export interface TrendPoint {
  month: string;
  green: number;
  amber: number;
  red: number;
  grey: number;
}

export interface Report {
  json: ReportJson;
  /** How the summary names the rule set that produced it. */
  ruleSet: string;
  /** What the workbook lacks for some figures, in words ("No Milestones register: ..."): the summary says so. */
  missingData: string[];
  /** The month compared with for `changes`, if history had one. */
  previousMonth: string | null;
  /** This month's rows for PMO History. */
  historyRows: HistoryRow[];
  /** Status counts of the months in history before this one (at most 11) and of this month. */
  trend: TrendPoint[];
}
