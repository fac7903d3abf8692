/**
 * A project manager's return for the browser tests and the screenshots: real .xlsx bytes, as the
 * pane's file picker gets them. It returns PRJ-001 of the bundled sample (seed 1, November 2026) at
 * 50 % complete, submitted on 2026-11-30 by Chloe Robinson, and ZZ-999, which the register does not
 * know (refused).
 */
import { dayFromParts } from "../../src/engine/values";
import { PlanCell, SheetPlan } from "../../src/layout/sheet-plan";
import { packageFromPlans } from "../../src/workbook/xlsx/package/new-package";
import { MONTH } from "./pinned-clock";

const cell = (value: unknown): PlanCell => ({ value: typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? { date: dayFromParts(...(value.split("-").map(Number) as [number, number, number]))! } : (value as PlanCell["value"]) });
const plan = (name: string, rows: unknown[][]): SheetPlan => ({ name, rows: rows.map((row) => row.map(cell)), columnWidths: [], merges: [], conditionalFormats: [], charts: [], print: { landscape: false, fitToWidth: false } });

export const SAMPLE_RETURN = packageFromPlans([
  plan("Return", [["Month", MONTH], ["Submitted", "2026-11-30"], ["Submitted By", "Chloe Robinson"]]),
  plan("Projects", [["Project ID", "Project Name", "% Complete"], ["PRJ-001", "Learning Platform Rollout", 0.5], ["ZZ-999", "Unknown", 0.1]]),
]);

/** What Playwright's setInputFiles takes for it. */
export const SAMPLE_RETURN_FILE = { name: "chloe.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(SAMPLE_RETURN) };
