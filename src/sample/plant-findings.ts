/**
 * Puts the planted findings (listed in planted-findings.ts) into a generated sample. Projects are
 * planted before their risks and milestones are drawn, so that the duplicated project id is the
 * one its own risks and milestones refer to.
 */
import { RISK_STATUS, RISK_TYPE } from "../engine/constants";
import {
  FINISH_BEFORE_START_DAYS,
  FIXED_MILESTONES_PER_PROJECT,
  FIXED_RISKS_PER_PROJECT,
  FUTURE_ACTUAL_DAYS,
  PLANTED_PROJECT_INDEX,
  PlantedFindingKey,
  STALE_UPDATE_DAYS,
} from "./planted-findings";
import { projectIdWidth, SampleProject, SampleRecord } from "./projects";
import { SampleContext } from "./sample-context";

/** A project id that no sample project has: "PRJ-9999", or longer when the sample uses that one. */
export function unknownProjectId(projects: number): string {
  return projectIdWidth(projects) === 4 && projects >= 9999 ? "PRJ-99999" : "PRJ-9999";
}

export function plantProjectFindings(projects: SampleProject[], context: SampleContext): void {
  const { asOf } = context;
  const at = (key: PlantedFindingKey | "duplicateIdOriginal"): SampleProject | undefined => projects[PLANTED_PROJECT_INDEX[key]];
  const duplicateOf = at("duplicateIdOriginal");

  const override = at("overrideWithoutReason");
  if (override) Object.assign(override.cells, { ragOverride: "Amber", overrideReason: null });
  const swapped = at("finishBeforeStart");
  if (swapped) swapped.cells.finish = context.date(swapped.plan.start - FINISH_BEFORE_START_DAYS);
  // The costs stay; only the budget is missing, and PV (which needs it) with it.
  const unbudgeted = at("costWithoutBudget");
  if (unbudgeted) Object.assign(unbudgeted.cells, { bac: null, ev: unbudgeted.plan.ev, pv: null });
  const stale = at("staleLastUpdated");
  if (stale) stale.cells.lastUpdated = context.date(asOf - STALE_UPDATE_DAYS);
  const undated = at("textInDateColumn");
  if (undated) undated.cells.forecastFinish = "TBC";
  const broken = at("excelErrorInCost");
  if (broken) broken.cells.ac = "#REF!";
  const duplicate = at("duplicateId");
  if (duplicate && duplicateOf) duplicate.cells.id = duplicateOf.cells.id;
}

export function plantRiskAndMilestoneFindings(risks: SampleRecord[], milestones: SampleRecord[], projects: number, context: SampleContext): void {
  const { asOf } = context;
  const firstRisk = (key: PlantedFindingKey): SampleRecord | undefined =>
    projects > PLANTED_PROJECT_INDEX[key] ? risks[PLANTED_PROJECT_INDEX[key] * FIXED_RISKS_PER_PROJECT] : undefined;
  const openThreat = { type: RISK_TYPE.threat, status: RISK_STATUS.open, responseDue: context.date(asOf + 30) };

  const onClosedProject = firstRisk("openRiskOnClosedProject");
  // A Low threat, owned and with a response: its only fault is being open on a Closed project.
  if (onClosedProject) Object.assign(onClosedProject, openThreat, { probability: 2, impact: 2 });
  const orphan = firstRisk("riskOnUnknownProject");
  if (orphan) orphan.projectId = unknownProjectId(projects);
  const unowned = firstRisk("criticalRiskWithoutOwner");
  if (unowned) Object.assign(unowned, openThreat, { probability: 4, impact: 5, owner: null });

  const index = PLANTED_PROJECT_INDEX.milestoneDoneInFuture;
  if (projects > index) milestones[index * FIXED_MILESTONES_PER_PROJECT].actualDate = context.date(asOf + FUTURE_ACTUAL_DAYS);
}
