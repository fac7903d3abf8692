/**
 * The portfolio as the engine sees it once the sheets are read (SPEC 2): typed records, each
 * knowing its sheet row so that findings and reports can point back at it.
 */
import { INACTIVE_PROJECT_STATUSES, ProjectStatus, RagStatus, RaidPriority, RaidStatus, ReportedRag, RiskStatus, RiskType } from "./constants";
import { ProjectStage } from "./schema/choices";
import { TableLayout } from "./schema/read-table";
import { DayNumber, Probability } from "./values";
import { Financials } from "./budget/financial-lines";

export interface Project {
  row: number;
  id: string;
  name: string;
  program?: string;
  portfolio?: string;
  sponsor?: string;
  department?: string;
  manager?: string;
  /** Blank reads as Active. */
  status: ProjectStatus;
  stage?: ProjectStage;
  start?: DayNumber;
  finish?: DayNumber;
  forecastFinish?: DayNumber;
  bac?: number;
  ac?: number;
  ev?: number;
  pv?: number;
  /** Fraction 0-1. */
  percentComplete?: number;
  /**
   * The status the project reports (its RAG or DCA column, else health words in its Status
   * column): shown beside the computed status, never replacing it.
   */
  reportedRag?: ReportedRag;
  ragOverride?: RagStatus;
  overrideReason?: string;
  lastUpdated?: DayNumber;
  /** The date of a status log's report (SPEC 2): which of a project's rows is its latest. */
  reportDate?: DayNumber;
  strategicFit?: number;
  value?: number;
  urgency?: number;
  riskReduction?: number;
  effort?: number;
}

export interface Risk {
  row: number;
  id: string;
  projectId: string;
  title?: string;
  category?: string;
  owner?: string;
  response?: string;
  /** Blank reads as Threat. */
  type: RiskType;
  /** Blank reads as Open. */
  status: RiskStatus;
  probability?: Probability;
  impact?: number;
  costImpact?: number;
  responseDue?: DayNumber;
}

export interface Milestone {
  row: number;
  id: string;
  projectId: string;
  name: string;
  baselineDate?: DayNumber;
  forecastDate?: DayNumber;
  actualDate?: DayNumber;
  key?: boolean;
}

/** What issues, assumptions and dependencies of a RAID log have in common (SPEC 2). */
export interface RaidItem {
  row: number;
  id: string;
  projectId: string;
  title?: string;
  owner?: string;
  raisedBy?: string;
  /** Blank reads as Open. */
  status: RaidStatus;
  priority?: RaidPriority;
  raised?: DayNumber;
  resolution?: string;
  resolvedDate?: DayNumber;
}

export interface Issue extends RaidItem {
  due?: DayNumber;
}

export interface Assumption extends RaidItem {
  /** When the assumption is to be confirmed. */
  due?: DayNumber;
}

export interface Dependency extends RaidItem {
  /** What or whom the project depends on. */
  dependsOn?: string;
  neededBy?: DayNumber;
}

export interface PortfolioLayouts {
  projects: TableLayout;
  risks?: TableLayout;
  milestones?: TableLayout;
  issues?: TableLayout;
  assumptions?: TableLayout;
  dependencies?: TableLayout;
  financials?: TableLayout;
}

export interface Portfolio {
  projects: Project[];
  risks: Risk[];
  milestones: Milestone[];
  issues: Issue[];
  assumptions: Assumption[];
  dependencies: Dependency[];
  /**
   * Rows left out of the figures because an earlier row has their project id (SPEC 2): still
   * checked, since each is a live row of the register. A status log's older reports are not here.
   */
  repeatedProjects?: Project[];
  /**
   * The Financials sheet's lines (SPEC 9); absent when the workbook has no such sheet, and then
   * the budget review is left out of everything (the report's `budget` is null).
   */
  financials?: Financials;
  /** Where each sheet's table was found; absent for a sheet the workbook does not have. */
  layouts: PortfolioLayouts;
}

/** Active: any status but Closed and Cancelled (blank reads as Active). */
export function isActiveProject(project: Pick<Project, "status">): boolean {
  return !INACTIVE_PROJECT_STATUSES.includes(project.status);
}
