/**
 * Milestone figures of a report (SPEC 6), over the milestones of active projects: due this month
 * (by forecast, else baseline), done this month, overdue (not done, due before the as-of date),
 * slipped (not done, forecast later than baseline).
 */
import { Milestone } from "../model";
import { isDone, milestoneDue } from "../project-status";
import { DayNumber } from "../values";
import { MilestoneFigures } from "./report-types";

/** The figures without a milestone register: not known, rather than none. */
export const NO_MILESTONE_FIGURES: MilestoneFigures = { dueThisMonth: null, doneThisMonth: null, overdue: null, slipped: null };

export function milestoneFigures(milestones: readonly Milestone[], month: { first: DayNumber; last: DayNumber }, asOf: DayNumber): MilestoneFigures {
  const figures = { dueThisMonth: 0, doneThisMonth: 0, overdue: 0, slipped: 0 };
  const inMonth = (day: DayNumber | undefined) => day !== undefined && day >= month.first && day <= month.last;
  for (const milestone of milestones) {
    const due = milestoneDue(milestone);
    if (inMonth(due)) figures.dueThisMonth += 1;
    if (inMonth(milestone.actualDate)) figures.doneThisMonth += 1;
    if (isDone(milestone)) continue;
    if (due !== undefined && due < asOf) figures.overdue += 1;
    if (milestone.forecastDate !== undefined && milestone.baselineDate !== undefined && milestone.forecastDate > milestone.baselineDate) figures.slipped += 1;
  }
  return figures;
}
