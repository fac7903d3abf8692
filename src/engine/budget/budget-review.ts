/**
 * The budget review (SPEC 9) for report month M and the fiscal year holding it, over active
 * projects: per project, per group and in total. Linear in the lines: they are put in project
 * order once (a counting sort), then each project's lines are added up month by month and cost
 * type by cost type (its cost lines together) and the month's amounts go into the running sums.
 */
import { compareGroupNames } from "../status-rollup";
import { fiscalYearOf } from "../fiscal-year";
import { IdMap } from "../id-map";
import { Project } from "../model";
import { Assessment, NOT_ASSESSED, worstStatus } from "../rag";
import { RuleSet } from "../rules";
import { MonthNumber, monthText } from "../values";
import { assessBudget } from "./budget-status";
import { addSums, amountOf, bothTypes, newSums, OPEX, plus, SUM, varianceOf, variancePctOf } from "./budget-sums";
import { BudgetGroupLine, BudgetLineFigures, BudgetProjectLine, BudgetReview } from "./budget-types";
import { commentsOfMonth } from "./budget-comments";
import { Financials, FinancialLines } from "./financial-lines";
import { MonthSums, monthLines } from "./budget-months";

/** An active project and the group it is reported in. */
export interface BudgetProject {
  project: Project;
  group: string;
}

export interface BudgetReviewResult {
  review: BudgetReview;
  /** Per project given, in order: its budget dimension (Grey when it has no Financials line). */
  assessments: Assessment[];
  /** Per project given, in order: its comment for the report month, null when none. */
  comments: (string | null)[];
}

/** Line indexes in project order: `order[start[p] .. start[p + 1])` are project p's lines. */
function linesByProject(lines: FinancialLines, projectOfId: Int32Array, projects: number): { order: Int32Array; start: Int32Array } {
  const start = new Int32Array(projects + 1);
  for (let line = 0; line < lines.count; line += 1) {
    const project = projectOfId[lines.project[line]];
    if (project >= 0) start[project + 1] += 1;
  }
  for (let project = 0; project < projects; project += 1) start[project + 1] += start[project];
  const next = start.slice(0, projects);
  const order = new Int32Array(start[projects]);
  for (let line = 0; line < lines.count; line += 1) {
    const project = projectOfId[lines.project[line]];
    if (project >= 0) order[next[project]++] = line;
  }
  return { order, start };
}

/** Each line's sort key within its project: (month, cost type), then its place, so that equal keys stay in sheet order. */
const PLACE_SPAN = 2 ** 22;

/** What one project's months are added into: its own sums, and the portfolio's month by month. */
interface Accumulation {
  sums: Float64Array;
  months: MonthSums;
}

/** A line's place in its project's order: month, then Capex before Opex. */
const slotOf = (lines: FinancialLines, line: number) => lines.month[line] * 2 + 1 - lines.capex[line];

/**
 * Project `order[from .. to)`'s lines in slot order: as they are when the sheet is sorted by month
 * (the usual case, checked without sorting anything), else sorted on keys that keep sheet order
 * within a slot.
 */
function inSlotOrder(lines: FinancialLines, order: Int32Array, from: number, to: number, keys: Float64Array): Int32Array {
  const own = order.subarray(from, to);
  let previous = -Infinity;
  let sorted = true;
  for (let place = 0; place < own.length && sorted; place += 1) {
    const slot = slotOf(lines, own[place]);
    sorted = slot >= previous;
    previous = slot;
  }
  if (sorted) return own;
  const ownKeys = keys.subarray(0, own.length);
  for (let place = 0; place < own.length; place += 1) ownKeys[place] = slotOf(lines, own[place]) * PLACE_SPAN + place;
  ownKeys.sort();
  const copy = Int32Array.from(own);
  for (let place = 0; place < own.length; place += 1) own[place] = copy[ownKeys[place] % PLACE_SPAN];
  return own;
}

function accumulateProject(lines: FinancialLines, own: Int32Array, range: { first: MonthNumber; report: MonthNumber; last: MonthNumber }, into: Accumulation): void {
  const count = own.length;
  const { sums, months } = into;
  let place = 0;
  while (place < count) {
    const slot = slotOf(lines, own[place]);
    let budget = NaN;
    let actual = NaN;
    let forecast = NaN;
    // The cost lines of one month and cost type, added together (SPEC 9).
    for (; place < count && slotOf(lines, own[place]) === slot; place += 1) {
      const line = own[place];
      budget = plus(budget, lines.budget[line]);
      actual = plus(actual, lines.actual[line]);
      forecast = plus(forecast, lines.forecast[line]);
    }
    const month = slot >> 1;
    const opex = slot & 1 ? OPEX : 0;
    const done = month <= range.report;
    // Actuals to M, then the forecast, or the budget where the month has no forecast.
    const spend = done ? actual : forecast === forecast ? forecast : budget;
    sums[SUM.wholeLifeBudget] = plus(sums[SUM.wholeLifeBudget], budget);
    sums[SUM.wholeLifeEac] = plus(sums[SUM.wholeLifeEac], spend);
    if (month < range.first || month > range.last) continue;
    sums[SUM.fyBudget + opex] = plus(sums[SUM.fyBudget + opex], budget);
    sums[SUM.outturn + opex] = plus(sums[SUM.outturn + opex], spend);
    if (done) {
      sums[SUM.ytdBudget + opex] = plus(sums[SUM.ytdBudget + opex], budget);
      sums[SUM.ytdActual + opex] = plus(sums[SUM.ytdActual + opex], actual);
    }
    if (month === range.report) {
      sums[SUM.monthBudget] = plus(sums[SUM.monthBudget], budget);
      sums[SUM.monthActual] = plus(sums[SUM.monthActual], actual);
    }
    months.add(month - range.first, budget, actual, forecast, spend);
  }
}

/** The year-to-date and full-year figures of a project, a group or the portfolio. */
function lineFigures(sums: Float64Array): BudgetLineFigures & { ytd: [number, number]; fullYear: [number, number]; fyBudgetRaw: number } {
  const ytdBudget = bothTypes(sums, SUM.ytdBudget);
  const ytdActual = bothTypes(sums, SUM.ytdActual);
  const fyBudget = bothTypes(sums, SUM.fyBudget);
  const outturn = bothTypes(sums, SUM.outturn);
  const ytdVariance = varianceOf(ytdActual, ytdBudget);
  const outturnVariance = varianceOf(outturn, fyBudget);
  const ytdPct = variancePctOf(ytdVariance, ytdBudget);
  const outturnPct = variancePctOf(outturnVariance, fyBudget);
  return {
    fyBudget: amountOf(fyBudget),
    ytdBudget: amountOf(ytdBudget),
    ytdActual: amountOf(ytdActual),
    ytdVariance: amountOf(ytdVariance),
    ytdVariancePct: amountOf(ytdPct),
    outturn: amountOf(outturn),
    outturnVariance: amountOf(outturnVariance),
    outturnVariancePct: amountOf(outturnPct),
    ytd: [ytdVariance, ytdPct],
    fullYear: [outturnVariance, outturnPct],
    fyBudgetRaw: fyBudget,
  };
}

function costTypeFigures(sums: Float64Array, opex: number) {
  return {
    ytdBudget: amountOf(sums[SUM.ytdBudget + opex]),
    ytdActual: amountOf(sums[SUM.ytdActual + opex]),
    fyBudget: amountOf(sums[SUM.fyBudget + opex]),
    outturn: amountOf(sums[SUM.outturn + opex]),
  };
}

function monthFigures(budget: number, actual: number) {
  const variance = varianceOf(actual, budget);
  return { budget: amountOf(budget), actual: amountOf(actual), variance: amountOf(variance), variancePct: amountOf(variancePctOf(variance, budget)) };
}

/** The review for `month`, with `fyStartMonth` (1-12) the month the fiscal year starts in. */
export function budgetReview(financials: Financials, projects: readonly BudgetProject[], month: MonthNumber, rules: RuleSet): BudgetReviewResult {
  const fy = fiscalYearOf(month, rules["fy.startMonth"]);
  const range = { first: fy.first, report: month, last: fy.last };
  const { lines } = financials;
  const byId = new IdMap<number>();
  projects.forEach((entry, index) => byId.set(entry.project.id, index));
  const projectOfId = Int32Array.from(lines.projectIds, (id) => byId.get(id) ?? -1);
  const { order, start } = linesByProject(lines, projectOfId, projects.length);
  let longest = 0;
  for (let project = 0; project < projects.length; project += 1) longest = Math.max(longest, start[project + 1] - start[project]);
  const keys = new Float64Array(longest);
  const months = new MonthSums();
  const total = newSums();
  const groups = new Map<string, { sums: Float64Array; statuses: Assessment["status"][] }>();
  const comments = commentsOfMonth(financials.comments, projectOfId, month);
  const projectComments = projects.map((_, index) => comments.get(index) ?? null);
  const assessments: Assessment[] = [];
  const projectLines: BudgetProjectLine[] = [];
  const sums = newSums();
  projects.forEach(({ project, group }, index) => {
    if (start[index + 1] === start[index]) {
      assessments.push(NOT_ASSESSED);
      return;
    }
    sums.fill(NaN);
    accumulateProject(lines, inSlotOrder(lines, order, start[index], start[index + 1], keys), range, { sums, months });
    const figures = lineFigures(sums);
    const hasFyBudget = figures.fyBudgetRaw === figures.fyBudgetRaw && figures.fyBudgetRaw !== 0;
    const assessment = assessBudget(hasFyBudget, { variance: figures.ytd[0], variancePct: figures.ytd[1] }, { variance: figures.fullYear[0], variancePct: figures.fullYear[1] }, rules);
    assessments.push(assessment);
    addSums(total, sums);
    let groupSums = groups.get(group);
    if (!groupSums) groups.set(group, (groupSums = { sums: newSums(), statuses: [] }));
    addSums(groupSums.sums, sums);
    groupSums.statuses.push(assessment.status);
    projectLines.push({
      id: project.id,
      name: project.name,
      group,
      status: assessment.status,
      ytdBudget: figures.ytdBudget,
      ytdActual: figures.ytdActual,
      ytdVariance: figures.ytdVariance,
      ytdVariancePct: figures.ytdVariancePct,
      fyBudget: figures.fyBudget,
      outturn: figures.outturn,
      outturnVariance: figures.outturnVariance,
      outturnVariancePct: figures.outturnVariancePct,
      reasons: assessment.reasons,
      comment: projectComments[index],
    });
  });
  const byGroup: BudgetGroupLine[] = [...groups.entries()]
    .sort(([a], [b]) => compareGroupNames(a, b))
    .map(([group, entry]) => {
      const { ytd: _ytd, fullYear: _fullYear, fyBudgetRaw: _raw, ...figures } = lineFigures(entry.sums);
      return { group, ...figures, status: worstStatus(entry.statuses) };
    });
  const totals = lineFigures(total);
  const review: BudgetReview = {
    fiscalYear: fy.label,
    fyStart: monthText(fy.first),
    fyEnd: monthText(fy.last),
    month: monthFigures(total[SUM.monthBudget], total[SUM.monthActual]),
    ytd: { budget: totals.ytdBudget, actual: totals.ytdActual, variance: totals.ytdVariance, variancePct: totals.ytdVariancePct },
    fullYear: { budget: totals.fyBudget, outturn: totals.outturn, variance: totals.outturnVariance, variancePct: totals.outturnVariancePct },
    wholeLife: { budget: amountOf(total[SUM.wholeLifeBudget]), eac: amountOf(total[SUM.wholeLifeEac]) },
    capex: costTypeFigures(total, 0),
    opex: costTypeFigures(total, OPEX),
    byGroup,
    projects: projectLines,
    months: monthLines(months, fy.first),
  };
  return { review, assessments, comments: projectComments };
}
