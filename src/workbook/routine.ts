/**
 * The PMO's monthly routine over any workbook port: what the task pane's pages and the ribbon
 * commands do, as plain async functions (components call these, never Excel). The same engine
 * and layout as the CLI, so every figure matches.
 */
import { ColumnMapping, PmoConfig } from "../engine/config";
import { resolveSheetNames } from "../engine/read-portfolio";
import { CONFIG_SHEET_NAME, CREATED_KINDS } from "../engine/schema/fields";
import { governedSheetPlan } from "../layout/governed-plan";
import { SheetPlan } from "../layout/sheet-plan";
import { RuleSet } from "../engine/rules";
import { parseMonth } from "../engine/values";
import { configPlan } from "../layout/config-plan";
import { monthlySummary, MonthlySummary } from "../layout/monthly-summary";
import type { Report } from "../engine/report/report-types";
import type { BudgetReview } from "../engine/budget/budget-types";
import { flaggedBudgetCounts } from "../engine/budget/flagged-projects";
import { summarySheetName } from "../layout/summary-plan";
import { loadPortfolio, LoadedPortfolio } from "./load-portfolio";
import { configOf, findSheetName, isSheetNamed } from "./locate";
import { ProgressReporter, WorkbookPort } from "./port";

/** This month as YYYY-MM (UTC, as the CLI counts it). */
export function thisMonth(now: Date = new Date()): string {
  return now.toISOString().slice(0, 7);
}

function asOfOf(month: string): number {
  const range = parseMonth(month);
  if (!range) throw new Error(`"${month}" is not a month: choose one as YYYY-MM`);
  return range.last;
}

export async function loadWorkbook(port: WorkbookPort, month: string, mapping?: ColumnMapping): Promise<LoadedPortfolio> {
  return loadPortfolio(port, { asOf: asOfOf(month), mapping });
}

/** The summary as figures, without writing anything (the Portfolio page). */
export async function previewSummary(port: WorkbookPort, month: string, by?: string): Promise<MonthlySummary> {
  const loaded = await loadWorkbook(port, month);
  return monthlySummary(loaded, { month, by, now: new Date().toISOString(), mappingGiven: false });
}

/** What a page shows of a generated summary (small: it crosses from the routine worker). */
export interface GeneratedSummary {
  sheetName: string;
  /** How the grouping field is headed, e.g. "Programme". */
  groupLabel: string;
  totals: Report["json"]["totals"];
  /** The budget review's headline (SPEC 9); null without a Financials sheet. */
  budget: BudgetHeadline | null;
}

export interface BudgetHeadline {
  fiscalYear: string;
  ytd: BudgetReview["ytd"];
  fullYear: BudgetReview["fullYear"];
  /** Projects Red or Amber on budget: the ones to explain a variance. */
  red: number;
  amber: number;
}

function budgetHeadline(budget: BudgetReview | null): BudgetHeadline | null {
  if (!budget) return null;
  return { fiscalYear: budget.fiscalYear, ytd: budget.ytd, fullYear: budget.fullYear, ...flaggedBudgetCounts(budget) };
}

/**
 * Writes the month's summary, PMO History (and PMO Config when missing), then shows the summary.
 * Where the port can run the routine off the UI thread (preview's worker), it does; `signal`
 * cancels it there, and nothing is written.
 */
export async function generateSummary(port: WorkbookPort, month: string, by: string | undefined, progress: ProgressReporter = () => undefined, signal?: AbortSignal): Promise<GeneratedSummary> {
  const now = new Date().toISOString();
  if (port.generateOffThread) return port.generateOffThread({ month, by, now }, progress, signal);
  return generateSummaryHere(port, month, by, now, progress);
}

/** Where in generateSummary's progress the writing starts (it takes the next 35 %). */
const WRITING_STARTS_AT = 0.6;

/** The writer's own progress (0 to 1) as generateSummary's. */
export function writingProgress(progress: ProgressReporter): ProgressReporter {
  return (message, fraction) => progress(message, WRITING_STARTS_AT + 0.35 * (fraction ?? 0));
}

/** generateSummary on this thread: what the worker runs, and what Excel runs until it has one. */
export async function generateSummaryHere(port: WorkbookPort, month: string, by: string | undefined, now: string, progress: ProgressReporter = () => undefined): Promise<GeneratedSummary> {
  progress("Reading the workbook", 0.1);
  const loaded = await loadWorkbook(port, month);
  progress(`Computing the ${month} summary for ${loaded.portfolio.projects.length} projects`, 0.4);
  const summary = monthlySummary(loaded, { month, by, now, mappingGiven: false });
  progress("Writing the summary and history sheets", WRITING_STARTS_AT);
  await port.writeSheets(summary.plans, writingProgress(progress));
  const sheetName = summarySheetName(month);
  await port.activateSheet(sheetName);
  progress("Done", 1);
  return { sheetName, groupLabel: summary.groupLabel, totals: summary.report.json.totals, budget: budgetHeadline(summary.report.json.budget) };
}

/** The rule set saved in PMO Config (defaults when there is none), with any warnings. */
export async function readRules(port: WorkbookPort): Promise<PmoConfig> {
  return configOf(await port.read((name) => isSheetNamed(name, CONFIG_SHEET_NAME)));
}

/** Saves a rule set to PMO Config, keeping the mapping and sheet names already saved. */
export async function saveRules(port: WorkbookPort, config: PmoConfig, rules: RuleSet): Promise<void> {
  await port.writeSheets([configPlan({ rules, mapping: config.mapping, sheetNames: config.sheetNames })]);
}

/** Creates the governed sheets the workbook lacks (never touching one that exists), and PMO Config. */
export async function createGovernedSheets(port: WorkbookPort): Promise<string[]> {
  const contents = await port.read((name) => isSheetNamed(name, CONFIG_SHEET_NAME));
  const config = configOf(contents);
  const existing = resolveSheetNames(contents.sheetNames, config.sheetNames);
  const plans: SheetPlan[] = CREATED_KINDS.filter((kind) => !existing[kind]).map((kind) => governedSheetPlan(kind));
  if (!findSheetName(contents, CONFIG_SHEET_NAME)) plans.push(configPlan(config));
  if (plans.length > 0) await port.writeSheets(plans);
  return plans.map((plan) => plan.name);
}
