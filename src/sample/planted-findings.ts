/**
 * The governance findings the sample plants on purpose, so that `pmo check` on a fresh sample has
 * something to show and tests know exactly what it must find. Each occurs exactly once when the
 * sample has at least 20 projects (smaller samples keep those whose row exists), and the
 * generator makes sure nothing else in the sample breaks a rule of SPEC 5.
 *
 * Where they go (data rows counted from 0; the workbook row is one more than the data row plus 1
 * for the header, as `cell` shows). The first 20 projects have exactly 5 risks and 3 milestones
 * each, so the risk and milestone rows below are fixed:
 *
 *   Projects   row  4 (project index 2)   RAG Override "Amber" with a blank Override Reason
 *   Projects   row  7 (project index 5)   Finish 30 days before Start
 *   Projects   row  9 (project index 7)   Actual Cost and Earned Value given, BAC blank
 *   Projects   row 11 (project index 9)   Last Updated 90 days before the as-of date (stale)
 *   Projects   row 14 (project index 12)  Forecast Finish holds the text "TBC"
 *   Projects   row 16 (project index 14)  Actual Cost holds the Excel error #REF!
 *   Projects   row 19 (project index 17)  Project ID repeats the one on row 18 (index 16)
 *   Risks      row 17 (first risk of project index 3, a Closed project)  Open risk on a Closed project
 *   Risks      row 32 (first risk of project index 6)  Project ID "PRJ-9999", which does not exist
 *              (a sample of exactly 9,999 projects has a PRJ-9999, so there it is "PRJ-99999")
 *   Risks      row 42 (first risk of project index 8)  Open Critical threat (4 x 5 = 20), Owner blank
 *   Milestones row 32 (first milestone of project index 10)  Actual Date 12 days after as-of
 */
import { cellAddress } from "../engine/sheet";
import { CREATED_FIELDS, DEFAULT_SHEET_NAMES, FieldSpec } from "../engine/schema/fields";

/** Projects that carry a planted finding (or whose first risk or milestone does), by index. */
export const PLANTED_PROJECT_INDEX = {
  overrideWithoutReason: 2,
  openRiskOnClosedProject: 3,
  finishBeforeStart: 5,
  riskOnUnknownProject: 6,
  costWithoutBudget: 7,
  criticalRiskWithoutOwner: 8,
  staleLastUpdated: 9,
  milestoneDoneInFuture: 10,
  textInDateColumn: 12,
  excelErrorInCost: 14,
  duplicateIdOriginal: 16,
  duplicateId: 17,
} as const;

export type PlantedFindingKey = Exclude<keyof typeof PLANTED_PROJECT_INDEX, "duplicateIdOriginal">;

/** Projects before this index have fixed risk and milestone counts, so planted rows are fixed. */
export const FIXED_LAYOUT_PROJECTS = 20;
export const FIXED_RISKS_PER_PROJECT = 5;
export const FIXED_MILESTONES_PER_PROJECT = 3;

/** Days before the as-of date of the planted stale update, and after it of the planted actual. */
export const STALE_UPDATE_DAYS = 90;
export const FUTURE_ACTUAL_DAYS = 12;
export const FINISH_BEFORE_START_DAYS = 30;

export interface PlantedFinding {
  key: PlantedFindingKey;
  sheet: string;
  field: string;
  /** Row in a workbook written from the sample (header on row 1). */
  row: number;
  /** A1 address of the offending cell in that workbook. */
  cell: string;
  /** The finding is planted when the sample has at least this many projects. */
  minProjects: number;
  description: string;
}

function planted(key: PlantedFindingKey, fields: readonly FieldSpec[], sheet: string, field: string, dataRow: number, description: string): PlantedFinding {
  const column = fields.findIndex((spec) => spec.field === field);
  const row = dataRow + 2;
  return { key, sheet, field, row, cell: cellAddress(row, column + 1), minProjects: PLANTED_PROJECT_INDEX[key] + 1, description };
}

const P = PLANTED_PROJECT_INDEX;
const project = (key: PlantedFindingKey, field: string, description: string) => planted(key, CREATED_FIELDS.projects, DEFAULT_SHEET_NAMES.projects, field, P[key], description);
const firstRisk = (key: PlantedFindingKey, field: string, description: string) => planted(key, CREATED_FIELDS.risks, DEFAULT_SHEET_NAMES.risks, field, P[key] * FIXED_RISKS_PER_PROJECT, description);
const firstMilestone = (key: PlantedFindingKey, field: string, description: string) => planted(key, CREATED_FIELDS.milestones, DEFAULT_SHEET_NAMES.milestones, field, P[key] * FIXED_MILESTONES_PER_PROJECT, description);

export const PLANTED_FINDINGS: readonly PlantedFinding[] = [
  project("overrideWithoutReason", "overrideReason", "RAG override without an override reason"),
  firstRisk("openRiskOnClosedProject", "status", "Open risk on a Closed project"),
  project("finishBeforeStart", "finish", "Finish date before start date"),
  firstRisk("riskOnUnknownProject", "projectId", 'Risk refers to project "PRJ-9999", which does not exist'),
  project("costWithoutBudget", "bac", "Actual cost and earned value given without a BAC"),
  firstRisk("criticalRiskWithoutOwner", "owner", "Open Critical risk (score 20) without an owner"),
  project("staleLastUpdated", "lastUpdated", `Last updated ${STALE_UPDATE_DAYS} days before the as-of date`),
  firstMilestone("milestoneDoneInFuture", "actualDate", `Milestone actual date ${FUTURE_ACTUAL_DAYS} days after the as-of date`),
  project("textInDateColumn", "forecastFinish", 'Text "TBC" in the Forecast Finish date column'),
  project("excelErrorInCost", "ac", "Excel error #REF! in Actual Cost"),
  project("duplicateId", "id", "Project ID duplicates the one on the row above"),
];

/** The planted findings a sample of `projects` projects holds. */
export function plantedFindingsFor(projects: number): PlantedFinding[] {
  return PLANTED_FINDINGS.filter((finding) => projects >= finding.minProjects);
}
