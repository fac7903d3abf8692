/**
 * WorkbookPort.writeSheets inside Excel. Each plan is built on a new sheet under a temporary name
 * and swapped in only when every sheet is complete, so a failure leaves the workbook as it was.
 *
 * Syncs: 1 to read the sheet names, positions and date system; the build (sheets, layout,
 * styles, values, conditional formats, charts) in as many ~4 MB requests as the values need
 * (at least 1); 1 for the swap. A report is 3 syncs plus one per further 4 MB.
 */
import { SheetPlan } from "../../layout/sheet-plan";
import { ProgressReporter } from "../port";
import { queueCharts } from "./charts";
import { queueCellStyles } from "./cell-styles";
import { queueConditionalFormats } from "./conditional-formats";
import { RequestCost } from "./cost";
import { queueDateSystemProbe } from "./date-system";
import { MAX_SYNC_BYTES } from "./limits";
import { queueStructureProbe, refuseProtectedWrite } from "./protection";
import { queueSheetLayout } from "./sheet-layout";
import { queueValues } from "./write-values";

interface SheetJob {
  plan: SheetPlan;
  /** Where the sheet is built. */
  tempName: string;
  /** What the sheet it replaces is called during the swap. */
  backupName: string;
  old?: Excel.Worksheet;
  oldPosition?: number;
  /** Hidden or VeryHidden stays so: a PMO Config the user hid must not come back into view. */
  oldVisibility?: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden";
  temp?: Excel.Worksheet;
}

/** A sheet name as Excel compares it (case only; one rule with sameSheetName in fields.ts). */
const key = (name: string) => name.toUpperCase();

function planJobs(existing: readonly Excel.Worksheet[], plans: readonly SheetPlan[]): SheetJob[] {
  const byName = new Map(existing.map((sheet) => [key(sheet.name), sheet]));
  let stamp = "";
  do stamp = Math.floor(Math.random() * 36 ** 4).toString(36).padStart(4, "0");
  while (plans.some((_, i) => byName.has(key(`~PMO tmp ${stamp} ${i + 1}`)) || byName.has(key(`~PMO old ${stamp} ${i + 1}`))));
  return plans.map((plan, i) => {
    const old = byName.get(key(plan.name));
    return { plan, tempName: `~PMO tmp ${stamp} ${i + 1}`, backupName: `~PMO old ${stamp} ${i + 1}`, old, oldPosition: old?.position, oldVisibility: old?.visibility };
  });
}

async function build(context: Excel.RequestContext, jobs: SheetJob[], dateSystem: 1900 | 1904, progress?: ProgressReporter): Promise<void> {
  const cost = new RequestCost();
  for (const job of jobs) {
    const sheet = context.workbook.worksheets.add(job.tempName);
    job.temp = sheet;
    cost.action(job.tempName);
    queueSheetLayout(sheet, job.plan, cost);
    queueCellStyles(sheet, job.plan, cost);
  }
  const targets = jobs.map((job) => ({ sheet: job.temp!, plan: job.plan }));
  const pending = await queueValues(context, targets, dateSystem, cost.take(), progress);
  for (const job of jobs) {
    queueConditionalFormats(job.temp!, job.plan.conditionalFormats, cost);
    queueCharts(job.temp!, job.plan, cost);
  }
  const finishing = cost.take();
  // Conditional formats and charts ride with the last values unless they would overflow them.
  if (pending > 0 && pending + finishing > MAX_SYNC_BYTES) await context.sync();
  progress?.("Finishing the sheets");
  await context.sync();
}

/**
 * Old sheets out of the way, new ones into their names, the old ones deleted, then the new ones
 * into the old places and visibility. Deleting first, then placing in the order of the positions,
 * puts each sheet where it was: with the old sheets still there, a later move would shift an earlier
 * one ([Projects, S-11, History, Config, S-12] came back with S-12 before Config).
 */
function queueSwap(jobs: readonly SheetJob[]): void {
  for (const job of jobs) if (job.old) job.old.name = job.backupName;
  for (const job of jobs) job.temp!.name = job.plan.name;
  const replacing = jobs.filter((job) => job.old).sort((a, b) => a.oldPosition! - b.oldPosition!);
  for (const job of replacing) {
    // Excel refuses to delete a VeryHidden sheet; a Hidden one it deletes.
    if (job.oldVisibility === "VeryHidden") job.old!.visibility = "Hidden";
    job.old!.delete();
  }
  for (const job of replacing) job.temp!.position = job.oldPosition!;
  for (const job of replacing) if (job.oldVisibility && job.oldVisibility !== "Visible") job.temp!.visibility = job.oldVisibility as Excel.SheetVisibility;
}

/**
 * Puts the workbook back as it was, whatever step failed: temporary sheets deleted, a sheet
 * renamed out of the way renamed back to its place. Its own failure is not reported: the error
 * that matters is the one that started it, which the caller rethrows.
 */
async function rollBack(context: Excel.RequestContext, jobs: readonly SheetJob[]): Promise<void> {
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const byName = new Map(worksheets.items.map((sheet) => [key(sheet.name), sheet]));
    for (const job of jobs) {
      byName.get(key(job.tempName))?.delete();
      const backup = byName.get(key(job.backupName));
      // With the old sheet renamed (or never there), a sheet under the plan's name is ours.
      if (backup || !job.old) byName.get(key(job.plan.name))?.delete();
      if (backup) {
        backup.name = job.plan.name;
        backup.position = job.oldPosition!;
        // A VeryHidden sheet was made Hidden to be deleted: it goes back to how the user kept it.
        if (job.oldVisibility === "VeryHidden") backup.visibility = "VeryHidden";
      }
    }
    await context.sync();
  } catch {
    // Nothing more can be done here; the caller reports the original failure.
  }
}

export async function writeSheetsInContext(context: Excel.RequestContext, plans: readonly SheetPlan[], progress?: ProgressReporter): Promise<void> {
  if (plans.length === 0) return;
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/position,items/visibility,items/protection/protected");
  const dateSystem = queueDateSystemProbe(context);
  const structureProtected = queueStructureProbe(context);
  await context.sync();
  refuseProtectedWrite(structureProtected(), worksheets.items, plans.map((plan) => plan.name));
  const jobs = planJobs(worksheets.items, plans);
  try {
    await build(context, jobs, dateSystem(), progress);
    queueSwap(jobs);
    await context.sync();
  } catch (error) {
    await rollBack(context, jobs);
    throw error;
  }
}
