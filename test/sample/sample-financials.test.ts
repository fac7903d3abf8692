/**
 * The sample's Financials sheet (issue 13) hangs together the way a governed phasing sheet does,
 * for any seed and size: each project's phased budget is its BAC, actuals stop at the report
 * month, and every project off its budget by 5 % or more explains it in the report month, but for
 * the planted exceptions (one of each). Worked out here from the rows, independently of the engine.
 */
import fc from "fast-check";
import { CREATED_FIELDS } from "../../src/engine/schema/fields";
import { dayFromDate, monthNumber, monthOfDay } from "../../src/engine/values";
import { generateSamplePortfolio, plantedFinancialFindings, SamplePortfolio } from "../../src/sample";

const MONTH = "2026-11";
const REPORT_MONTH = monthNumber(2026, 11);
const FY_FIRST = monthNumber(2026, 1);

const column = (field: string) => CREATED_FIELDS.financials.findIndex((spec) => spec.field === field);
const projectColumn = (field: string) => CREATED_FIELDS.projects.findIndex((spec) => spec.field === field);
const amount = (value: unknown) => (typeof value === "number" ? value : 0);

interface ProjectSums {
  wholeLife: number;
  ytdBudget: number;
  ytdActual: number;
  fyBudget: number;
  outturn: number;
  commented: boolean;
  actualAfterMonth: boolean;
}

function sumsByProject(sample: SamplePortfolio): Map<unknown, ProjectSums> {
  const sums = new Map<unknown, ProjectSums>();
  for (const row of sample.financials!.rows) {
    const period = row[column("period")];
    if (!(period instanceof Date)) continue;
    const month = monthOfDay(dayFromDate(period)!);
    const id = row[column("projectId")];
    const sum = sums.get(id) ?? { wholeLife: 0, ytdBudget: 0, ytdActual: 0, fyBudget: 0, outturn: 0, commented: false, actualAfterMonth: false };
    sums.set(id, sum);
    const [budget, actual, forecast] = [row[column("budget")], row[column("actual")], row[column("forecast")]];
    sum.wholeLife += amount(budget);
    if (month > REPORT_MONTH && actual !== null) sum.actualAfterMonth = true;
    if (month === REPORT_MONTH && row[column("comment")]) sum.commented = true;
    if (month < FY_FIRST || month > FY_FIRST + 11) continue;
    sum.fyBudget += amount(budget);
    if (month <= REPORT_MONTH) {
      sum.ytdBudget += amount(budget);
      sum.ytdActual += amount(actual);
      sum.outturn += amount(actual);
    } else sum.outturn += forecast !== null ? amount(forecast) : amount(budget);
  }
  return sums;
}

function check(sample: SamplePortfolio): void {
  const planted = sample.plantedFinancials!;
  const idOf = (index: number | undefined) => (index === undefined ? undefined : sample.projects.rows[index][projectColumn("id")]);
  const sums = sumsByProject(sample);
  const seen = new Set<unknown>();
  for (const project of sample.projects.rows) {
    const id = project[projectColumn("id")];
    const sum = sums.get(id);
    // A repeated id (the planted duplicate) is the first row's project: only that row counts.
    if (!sum || seen.has(id)) continue;
    seen.add(id);
    const bac = project[projectColumn("bac")] as number;
    const offBac = Math.abs(sum.wholeLife - bac) / bac;
    if (id === idOf(planted.phasedBudgetDiffersFromBac)) expect(offBac).toBeGreaterThan(0.04);
    else expect([id, offBac < 0.01]).toEqual([id, true]);
    expect([id, sum.actualAfterMonth]).toEqual([id, id === idOf(planted.actualAfterReportMonth)]);
    const status = project[projectColumn("status")];
    if (status === "Closed" || status === "Cancelled") continue;
    const ytd = sum.ytdBudget > 0 ? Math.abs(sum.ytdActual - sum.ytdBudget) / sum.ytdBudget : 0;
    const year = sum.fyBudget > 0 ? Math.abs(sum.outturn - sum.fyBudget) / sum.fyBudget : 0;
    if (Math.max(ytd, year) >= 0.05) expect([id, sum.commented]).toEqual([id, id !== idOf(planted.budgetVarianceWithoutComment)]);
  }
  expect(plantedFinancialFindings(sample, MONTH).map((finding) => finding.key).sort()).toEqual(["actualAfterReportMonth", "budgetVarianceWithoutComment", "financialsUnknownProject", "financialsUnreadablePeriod", "phasedBudgetDiffersFromBac"]);
}

test("a 500-project sample: phasing, actuals and comments as a PMO keeps them, with one of each planted finding", () => {
  const sample = generateSamplePortfolio({ projects: 500, seed: 1, month: MONTH });
  check(sample);
  // A realistic spread: most projects near their budget, some clearly over or under.
  const sums = [...sumsByProject(sample).values()].filter((sum) => sum.ytdBudget > 0);
  const flagged = sums.filter((sum) => Math.abs(sum.ytdActual - sum.ytdBudget) / sum.ytdBudget >= 0.05).length;
  expect(flagged / sums.length).toBeGreaterThan(0.1);
  expect(flagged / sums.length).toBeLessThan(0.5);
});

test("any seed and size from 20 to 200: the same", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 20, max: 200 }), (seed, projects) => check(generateSamplePortfolio({ projects, seed, month: MONTH }))),
    { numRuns: 25 },
  );
});

test("the registers are the same with or without the Financials sheet", () => {
  const withFinancials = generateSamplePortfolio({ projects: 80, seed: 5, month: MONTH });
  const without = generateSamplePortfolio({ projects: 80, seed: 5, month: MONTH, financials: false });
  expect(without.financials).toBeUndefined();
  expect([without.projects, without.risks, without.milestones]).toEqual([withFinancials.projects, withFinancials.risks, withFinancials.milestones]);
});
