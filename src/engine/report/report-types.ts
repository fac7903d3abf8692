/**
 * The monthly summary as data (SPEC 6). `ReportJson` has exactly the keys `pmo report --json`
 * prints; `Report` adds what the summary sheet states besides (rule set, sources, history).
 */
import { RagStatus, RiskRating } from "../constants";
import { HeatMap } from "../heatmap";
import { HistoryRow } from "../history";

/** How many projects are Green, Amber, Red and Grey (overall status). */
export interface StatusCounts {
  green: number;
  amber: number;
  red: number;
  grey: number;
}

/** Earned-value sums over active projects; CPI and SPI over the projects with both figures. */
export interface ValueFigures {
  bac: number;
  ac: number;
  ev: number;
  pv: number;
  eac: number;
  cpi: number | null;
  spi: number | null;
}

export interface ReportTotals extends StatusCounts, ValueFigures {
  projects: number;
  active: number;
  openRisks: number;
  criticalRisks: number;
  highRisks: number;
  exposure: number;
}

export interface RollupRow extends StatusCounts, ValueFigures {
  group: string;
  projects: number;
  worst: RagStatus;
  openRisks: number;
  highRisks: number;
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
  overridden: boolean;
  reasons: string[];
  spi: number | null;
  cpi: number | null;
  eac: number | null;
  slipDays: number | null;
}

export interface ExceptionLine {
  id: string;
  name: string;
  rag: RagStatus;
  overridden: boolean;
  reasons: string[];
}

export interface TopRisk {
  id: string;
  projectId: string;
  title: string | null;
  score: number;
  rating: RiskRating;
  exposure: number | null;
  owner: string | null;
}

export interface MilestoneFigures {
  dueThisMonth: number;
  doneThisMonth: number;
  overdue: number;
  slipped: number;
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
  /** The month compared with for `changes`, if history had one. */
  previousMonth: string | null;
  /** This month's rows for PMO History. */
  historyRows: HistoryRow[];
  /** Status counts of the months in history before this one (at most 11) and of this month. */
  trend: TrendPoint[];
}
