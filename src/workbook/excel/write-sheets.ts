/**
 * WorkbookPort.writeSheets inside Excel. Every plan is first built complete on a new sheet under a
 * temporary name, so the long part (layout, styles, values in ~4 MB requests, conditional formats,
 * charts) touches nothing of the user's. Then one final request puts the plans in place: a plan
 * for a new sheet has its temporary sheet renamed; a sheet that exists is rewritten IN PLACE
 * (in-place.ts): cleared, the temporary sheet's cells copied in, settings and charts set on it, so
 * it stays the same sheet and everything pointing at it keeps working. A failure at any point
 * deletes what was made and, if the final request had started, puts the old cells back from the
 * backup copied in the first build request.
 *
 * Syncs: 1 to read the sheets, the active one, the date system and what each sheet to rewrite
 * holds; the build in as many ~4 MB requests as the values need (at least 1, plus 1 when the
 * conditional formats and charts would overflow the last); 1 to put the plans in place. A report
 * is 3 syncs plus one per further 4 MB.
 */
import { SheetPlan } from "../../layout/sheet-plan";
import { ProgressReporter } from "../port";
import { queueCharts } from "./charts";
import { queueCellStyles } from "./cell-styles";
import { queueConditionalFormats } from "./conditional-formats";
import { RequestCost } from "./cost";
import { queueDateSystemProbe } from "./date-system";
import { OldSheet, queueBackup, queueOldSheetRead, queueRestore, queueRewrite } from "./in-place";
import { MAX_SYNC_BYTES } from "./limits";
import { queueStructureProbe, refuseProtectedWrite } from "./protection";
import { queueMerges, queueSheetSettings } from "./sheet-layout";
import { queueValues } from "./write-values";

interface SheetJob {
  plan: SheetPlan;
  /** Where the sheet is built. */
  tempName: string;
  /** Where the old cells of a sheet to rewrite are kept until it is done. */
  backupName: string;
  old?: OldSheet;
  temp?: Excel.Worksheet;
  backup?: Excel.Worksheet;
}

/** A sheet name as Excel compares it (case only; one rule with sameSheetName in fields.ts). */
const key = (name: string) => name.toUpperCase();

function planJobs(existing: readonly Excel.Worksheet[], plans: readonly SheetPlan[], olds: readonly (OldSheet | undefined)[]): SheetJob[] {
  const names = new Set(existing.map((sheet) => key(sheet.name)));
  let stamp = "";
  do stamp = Math.floor(Math.random() * 36 ** 4).toString(36).padStart(4, "0");
  while (plans.some((_, i) => names.has(key(`~PMO tmp ${stamp} ${i + 1}`)) || names.has(key(`~PMO old ${stamp} ${i + 1}`))));
  return plans.map((plan, i) => ({ plan, tempName: `~PMO tmp ${stamp} ${i + 1}`, backupName: `~PMO old ${stamp} ${i + 1}`, old: olds[i] }));
}

async function build(context: Excel.RequestContext, jobs: SheetJob[], dateSystem: 1900 | 1904, progress?: ProgressReporter): Promise<void> {
  const cost = new RequestCost();
  const worksheets = context.workbook.worksheets;
  for (const job of jobs) {
    const sheet = worksheets.add(job.tempName);
    job.temp = sheet;
    cost.action(job.tempName);
    if (job.old) {
      job.backup = worksheets.add(job.backupName);
      queueBackup(job.old, job.backup);
      cost.action(job.backupName);
      cost.action("Hidden");
      cost.action("All");
    }
    queueMerges(sheet, job.plan, cost);
    // A sheet to rewrite gets its settings in the final request, on itself (in-place.ts).
    if (!job.old) queueSheetSettings(sheet, job.plan, cost);
    queueCellStyles(sheet, job.plan, cost);
  }
  const targets = jobs.map((job) => ({ sheet: job.temp!, plan: job.plan }));
  const pending = await queueValues(context, targets, dateSystem, cost.take(), progress);
  for (const job of jobs) {
    if (job.old) continue;
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
 * Freezing panes on a sheet that is not the active one (freezeAt) makes Excel take that sheet for
 * the active one while the user still sees theirs (OfficeDev/office-js#3148, Windows and Mac), and
 * the sheets this write freezes are mostly not active (temporary, or hidden). So the sheet that was
 * active is activated again, last: what Excel reports (getActiveWorksheet, onActivated) is again
 * what the user sees.
 */
function queueReactivate(context: Excel.RequestContext, activeId: string): void {
  context.workbook.worksheets.getItem(activeId).activate();
}

function queuePlacing(context: Excel.RequestContext, jobs: readonly SheetJob[], activeId: string): void {
  for (const job of jobs) if (!job.old) job.temp!.name = job.plan.name;
  queueRewrite(jobs.filter((job) => job.old).map((job) => ({ plan: job.plan, old: job.old!, temp: job.temp!, backup: job.backup! })));
  queueReactivate(context, activeId);
}

/**
 * Puts the workbook back as it was, whatever step failed: temporary sheets deleted (a new sheet
 * already under its plan's name too) and, once the final request was sent, a rewritten sheet's
 * old cells copied back from its backup. Its own failure is not reported: the error that
 * matters is the one that started it, which the caller rethrows.
 */
async function rollBack(context: Excel.RequestContext, jobs: readonly SheetJob[], placing: boolean, activeId: string): Promise<void> {
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    const charts = jobs.map((job) => (placing && job.old ? job.old.sheet.charts.load("items/id") : undefined));
    await context.sync();
    const byName = new Map(worksheets.items.map((sheet) => [key(sheet.name), sheet]));
    // With every temporary sheet of a rewrite gone, the rewrite had got past the cells.
    const pastCells = jobs.every((job) => !job.old || !byName.has(key(job.tempName)));
    jobs.forEach((job, i) => {
      byName.get(key(job.tempName))?.delete();
      // No sheet had the plan's name at the start: one that has it now is ours.
      if (!job.old) byName.get(key(job.plan.name))?.delete();
      const backup = byName.get(key(job.backupName));
      if (!backup) return;
      if (placing) queueRestore(job.old!, backup, charts[i]!, pastCells);
      backup.delete();
    });
    queueReactivate(context, activeId);
    await context.sync();
  } catch {
    // Nothing more can be done here; the caller reports the original failure.
  }
}

export async function writeSheetsInContext(context: Excel.RequestContext, plans: readonly SheetPlan[], progress?: ProgressReporter): Promise<void> {
  if (plans.length === 0) return;
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/protection/protected");
  const dateSystem = queueDateSystemProbe(context);
  const structureProtected = queueStructureProbe(context);
  const reads = plans.map((plan) => queueOldSheetRead(worksheets, plan.name));
  const active = worksheets.getActiveWorksheet().load("id");
  await context.sync();
  refuseProtectedWrite(structureProtected(), worksheets.items, plans.map((plan) => plan.name));
  const jobs = planJobs(worksheets.items, plans, reads.map((read) => read()));
  let placing = false;
  try {
    await build(context, jobs, dateSystem(), progress);
    queuePlacing(context, jobs, active.id);
    placing = true;
    await context.sync();
  } catch (error) {
    await rollBack(context, jobs, placing, active.id);
    throw error;
  }
}
