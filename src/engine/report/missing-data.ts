/**
 * What a workbook lacks for some figures (SPEC 2: a figure with no data behind it is blank, and
 * the summary says which register or column is missing). Read off the layouts: a column that is
 * not there, not a column that happens to be blank.
 */
import { Portfolio } from "../model";
import { TableLayout } from "../schema/read-table";
import { RiskData } from "./totals";

/** What the risk register can give: any counts at all, and ratings. */
export function riskData(portfolio: Portfolio): RiskData {
  const layout = portfolio.layouts.risks;
  return { register: layout !== undefined, ratings: layout !== undefined && layout.columns.has("probability") && layout.columns.has("impact") };
}

function projectNotes(layout: TableLayout): string[] {
  // One project's workbook has no project register: its project's layout has no headers.
  if (layout.headers.length === 0) return ["No project register: budget, actual cost and earned value are blank, and the cost status is not assessed."];
  const has = (field: string) => layout.columns.has(field);
  const on = `on sheet "${layout.sheet}"`;
  const notes: string[] = [];
  if (!has("bac")) notes.push(`No budget (BAC) column ${on}: BAC and EAC are blank, and earned value cannot come from % complete.`);
  if (!has("ac")) notes.push(`No actual cost column ${on}: actual cost and CPI are blank.`);
  if (!has("ev") && !(has("percentComplete") && has("bac"))) notes.push(`No earned value or % complete column ${on}: earned value, CPI and SPI are blank.`);
  if (!has("pv") && !(has("start") && has("finish") && has("bac"))) notes.push(`No planned value column, nor start, finish and budget ${on}: planned value and SPI are blank.`);
  return notes;
}

function riskNotes(layout: TableLayout | undefined): string[] {
  if (!layout) return ["No risk register: open risks, Critical and High counts, exposure and the heat map are blank."];
  const has = (field: string) => layout.columns.has(field);
  const on = `on sheet "${layout.sheet}"`;
  const notes: string[] = [];
  if (!has("probability") || !has("impact")) {
    notes.push(`No ${!has("probability") ? "probability" : "impact"} column ${on}: risks cannot be scored, so Critical and High counts, the top risks and the heat map are blank.`);
  }
  if (!has("costImpact") || !has("probability")) notes.push(`No ${!has("costImpact") ? "cost impact" : "probability"} column ${on}: exposure is blank.`);
  return notes;
}

export function missingData(portfolio: Portfolio): string[] {
  const { layouts } = portfolio;
  const notes = [...projectNotes(layouts.projects), ...riskNotes(layouts.risks)];
  if (!layouts.milestones) notes.push("No milestone register: the milestone figures are blank.");
  return notes;
}
