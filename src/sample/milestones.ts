/**
 * The Milestones sheet of the sample: two to four milestones spread over each project's baseline,
 * some slipped, some overdue, the final go-live usually key. A milestone is done only when its
 * due date has passed, so no actual date lies after the as-of date (except the planted one).
 */
import { PROJECT_STATUS } from "../engine/constants";
import { FIXED_LAYOUT_PROJECTS, FIXED_MILESTONES_PER_PROJECT } from "./planted-findings";
import { SampleProject, SampleRecord } from "./projects";
import { SampleContext } from "./sample-context";
import { MILESTONE_PLANS } from "./vocabulary";

export function projectMilestones(context: SampleContext, project: SampleProject): SampleRecord[] {
  const { random, asOf } = context;
  const { plan } = project;
  const count = plan.index < FIXED_LAYOUT_PROJECTS ? FIXED_MILESTONES_PER_PROJECT : random.int(2, 4);
  const duration = plan.finish - plan.start;
  const closed = plan.status === PROJECT_STATUS.closed;
  return MILESTONE_PLANS[count].map(([name, position], n) => {
    const last = n === count - 1;
    const baseline = plan.start + Math.round(duration * position);
    // The go-live follows the project's forecast finish; others slip on their own.
    let forecast = last ? plan.forecastFinish : baseline + (random.chance(0.7) ? 0 : random.int(5, 60));
    let actual: number | null = null;
    if (closed) {
      actual = Math.min(asOf - 1, forecast + random.int(-5, 10));
      forecast = Math.min(forecast, asOf - 1);
    } else if (forecast < asOf && random.chance(asOf - forecast > 20 ? 0.97 : 0.75)) {
      // Most milestones are signed off when due; a few recent ones are still open (overdue).
      actual = Math.min(asOf, forecast + random.int(-5, 5));
    }
    return {
      id: null,
      projectId: project.cells.id,
      name,
      baselineDate: context.date(baseline),
      forecastDate: context.date(forecast),
      actualDate: actual === null ? null : context.date(actual),
      key: (last ? random.chance(0.85) : random.chance(0.1)) ? "Yes" : "No",
    };
  });
}
