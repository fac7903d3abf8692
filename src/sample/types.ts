/**
 * The sample portfolio as plain tables: what `pmo init --sample` writes and what the task pane's
 * preview mode loads. Plain data (no ExcelJS, no Office) so the engine's tests can use it too.
 */
import type { PlantedFinancialProjects } from "./plant-financial-findings";

/** A cell as a workbook holds it. Dates are UTC-midnight Date objects, as ExcelJS reads them. */
export type SampleCell = string | number | boolean | Date | null;

export interface SampleTable {
  /** Sheet name (DEFAULT_SHEET_NAMES). */
  sheet: string;
  /** The canonical headers of the sheet's fields, in fields.ts order. */
  headers: string[];
  /** One array per data row, aligned with `headers`. */
  rows: SampleCell[][];
}

export interface SamplePortfolio {
  projects: SampleTable;
  risks: SampleTable;
  milestones: SampleTable;
  /** The financial phasing (SPEC 9), long layout; absent when asked for without it. */
  financials?: SampleTable;
  /** Which project (by register index) carries each planted budget-review finding. */
  plantedFinancials?: PlantedFinancialProjects;
}

export interface SampleOptions {
  /** Number of project rows, 0 to 100,000. */
  projects?: number;
  /** Seed of the generator: the same seed, month and size give the same portfolio. */
  seed?: number;
  /** The month the sample is realistic for, "YYYY-MM"; its last day is the as-of date. */
  month: string;
  /** Whether to make the Financials sheet (default true). */
  financials?: boolean;
}
