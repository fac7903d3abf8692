/** The sample portfolio's shape: determinism, sizes, headers, ids and a believable mix. */
import fc from "fast-check";
import { CREATED_FIELDS, MILESTONE_FIELDS, RISK_FIELDS } from "../../src/engine/schema/fields";
import { parseDate, parseProbability, parseScale } from "../../src/engine/values";
import { generateSamplePortfolio, SampleCell, SampleTable } from "../../src/sample";

const MONTH = "2026-03";
const AS_OF = Date.UTC(2026, 2, 31);
const DAY = 86_400_000;

function column(table: SampleTable, header: string): SampleCell[] {
  const index = table.headers.indexOf(header);
  if (index < 0) throw new Error(`no column ${header}`);
  return table.rows.map((row) => row[index]);
}

const share = (values: readonly unknown[], test: (value: unknown) => boolean) => values.filter(test).length / values.length;

describe("generateSamplePortfolio", () => {
  const sample = generateSamplePortfolio({ projects: 500, seed: 1, month: MONTH });

  test("the same seed, month and size give the same portfolio; another seed another one", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 80 }), (seed, projects) => {
        const first = generateSamplePortfolio({ projects, seed, month: MONTH });
        expect(generateSamplePortfolio({ projects, seed, month: MONTH })).toEqual(first);
        expect(generateSamplePortfolio({ projects, seed: seed + 1, month: MONTH })).not.toEqual(first);
      }),
      { numRuns: 25 },
    );
  });

  test("defaults: 500 projects, seed 1", () => {
    expect(generateSamplePortfolio({ month: MONTH })).toEqual(sample);
  });

  test("sheets and headers are the canonical ones, in field order", () => {
    expect(sample.projects.sheet).toBe("Projects");
    expect(sample.risks.sheet).toBe("Risks");
    expect(sample.milestones.sheet).toBe("Milestones");
    expect(sample.projects.headers.slice(0, 3)).toEqual(["Project ID", "Project Name", "Programme"]);
    expect(sample.projects.headers).toEqual(CREATED_FIELDS.projects.map((spec) => spec.header));
    expect(sample.risks.headers).toEqual(RISK_FIELDS.map((spec) => spec.header));
    expect(sample.milestones.headers).toEqual(MILESTONE_FIELDS.map((spec) => spec.header));
    for (const table of [sample.projects, sample.risks, sample.milestones]) {
      for (const row of table.rows) expect(row).toHaveLength(table.headers.length);
    }
  });

  test("sizes: N projects, about 5 risks and 3 milestones each", () => {
    expect(sample.projects.rows).toHaveLength(500);
    expect(sample.risks.rows.length).toBeGreaterThan(2300);
    expect(sample.risks.rows.length).toBeLessThan(2700);
    expect(sample.milestones.rows.length).toBeGreaterThan(1400);
    expect(sample.milestones.rows.length).toBeLessThan(1600);
    const small = generateSamplePortfolio({ projects: 20, seed: 9, month: MONTH });
    expect([small.projects.rows.length, small.risks.rows.length, small.milestones.rows.length]).toEqual([20, 100, 60]);
    const empty = generateSamplePortfolio({ projects: 0, month: MONTH });
    expect([empty.projects.rows, empty.risks.rows, empty.milestones.rows]).toEqual([[], [], []]);
  });

  test("ids are zero-padded to the width the sample needs", () => {
    expect(column(sample.projects, "Project ID").slice(0, 2)).toEqual(["PRJ-001", "PRJ-002"]);
    expect(column(sample.projects, "Project ID")[499]).toBe("PRJ-500");
    expect(column(sample.risks, "Risk ID")[0]).toBe("RSK-0001");
    expect(column(sample.milestones, "Milestone ID")[0]).toBe("MS-0001");
    const big = generateSamplePortfolio({ projects: 2500, month: MONTH });
    expect(column(big.projects, "Project ID")[0]).toBe("PRJ-0001");
    expect(column(big.projects, "Project ID")[2499]).toBe("PRJ-2500");
    expect(column(big.risks, "Risk ID")[0]).toBe("RSK-00001"); // about 12,500 risks
    expect(column(big.milestones, "Milestone ID")[0]).toBe("MS-0001"); // about 7,500 milestones
  });

  test("bad options are refused with a message", () => {
    expect(() => generateSamplePortfolio({ month: "2026-13" })).toThrow(/YYYY-MM/);
    expect(() => generateSamplePortfolio({ month: "March" })).toThrow(/YYYY-MM/);
    expect(() => generateSamplePortfolio({ projects: -1, month: MONTH })).toThrow(/0 to 100,000/);
    expect(() => generateSamplePortfolio({ projects: 2.5, month: MONTH })).toThrow(/whole number/);
    expect(() => generateSamplePortfolio({ projects: 100_001, month: MONTH })).toThrow(RangeError);
  });

  test("programmes, portfolios and a believable status mix", () => {
    const programmes = new Set(column(sample.projects, "Programme"));
    expect(programmes.size).toBeGreaterThanOrEqual(6);
    expect(programmes.size).toBeLessThanOrEqual(10);
    expect(programmes).toContain("Digital Customer");
    expect(new Set(column(sample.projects, "Portfolio")).size).toBe(2);
    const statuses = column(sample.projects, "Status");
    expect(share(statuses, (status) => status === "Active")).toBeGreaterThan(0.6);
    for (const status of ["On Hold", "Closed", "Cancelled"]) expect(statuses).toContain(status);
  });

  test("stages follow the status: Closed projects in Closing, Ideas without cost", () => {
    const rows = sample.projects.rows.map((row) => Object.fromEntries(CREATED_FIELDS.projects.map((spec, index) => [spec.field, row[index]])));
    const closed = rows.filter((row) => row.status === "Closed");
    expect(closed.every((row) => row.stage === "Closing" && row.percentComplete === 1)).toBe(true);
    const ideas = rows.filter((row) => row.stage === "Idea");
    expect(ideas.length).toBeGreaterThan(0);
    expect(ideas.every((row) => row.ac === null && row.ev === null && row.pv === null)).toBe(true);
  });

  test("EV blank for about 20 % and PV for about 30 % of the projects with costs", () => {
    const rows = sample.projects.rows.map((row) => Object.fromEntries(CREATED_FIELDS.projects.map((spec, index) => [spec.field, row[index]])));
    const costed = rows.filter((row) => typeof row.ac === "number" && typeof row.bac === "number");
    expect(share(costed, (row) => (row as { ev: unknown }).ev === null)).toBeGreaterThan(0.12);
    expect(share(costed, (row) => (row as { ev: unknown }).ev === null)).toBeLessThan(0.28);
    expect(share(costed, (row) => (row as { pv: unknown }).pv === null)).toBeGreaterThan(0.22);
    expect(share(costed, (row) => (row as { pv: unknown }).pv === null)).toBeLessThan(0.38);
    // Most CPIs within 0.9-1.1; a few (about one in twenty drawn) clearly worse.
    const withEv = costed.filter((row) => typeof row.ev === "number" && (row.ac as number) > 0);
    const cpis = withEv.map((row) => (row.ev as number) / (row.ac as number));
    expect(share(cpis, (cpi) => (cpi as number) >= 0.9 && (cpi as number) <= 1.1)).toBeGreaterThan(0.6);
    expect(share(cpis, (cpi) => (cpi as number) < 0.9)).toBeGreaterThan(0.02);
    // Budgets 50k-5m.
    const budgets = rows.map((row) => row.bac).filter((bac): bac is number => typeof bac === "number");
    expect(Math.min(...budgets)).toBeGreaterThanOrEqual(50_000);
    expect(Math.max(...budgets)).toBeLessThanOrEqual(5_000_000);
  });

  test("risks: threats and about 10 % opportunities, probabilities in every form", () => {
    const types = column(sample.risks, "Type");
    expect(share(types, (type) => type === "Opportunity")).toBeGreaterThan(0.06);
    expect(share(types, (type) => type === "Opportunity")).toBeLessThan(0.14);
    const probabilities = column(sample.risks, "Probability");
    expect(probabilities.some((p) => Number.isInteger(p))).toBe(true);
    expect(probabilities.some((p) => typeof p === "string")).toBe(true);
    expect(probabilities.some((p) => typeof p === "number" && p > 0 && p < 1)).toBe(true);
    expect(probabilities.every((p) => parseProbability(p).ok)).toBe(true);
    expect(column(sample.risks, "Impact").every((impact) => parseScale(impact).ok)).toBe(true);
    expect(new Set(column(sample.risks, "Status"))).toEqual(new Set(["Open", "Mitigating", "Closed", "Occurred"]));
  });

  test("milestones: about a third key, done ones in the past, some overdue, some slipped", () => {
    const rows = sample.milestones.rows.map((row) => Object.fromEntries(MILESTONE_FIELDS.map((spec, index) => [spec.field, row[index]])));
    expect(share(rows, (row) => (row as { key: unknown }).key === "Yes")).toBeGreaterThan(0.25);
    expect(share(rows, (row) => (row as { key: unknown }).key === "Yes")).toBeLessThan(0.42);
    const time = (value: unknown) => (value instanceof Date ? value.getTime() : NaN);
    const done = rows.filter((row) => row.actualDate !== null);
    expect(done.filter((row) => time(row.actualDate) > AS_OF)).toHaveLength(1); // the planted one
    const open = rows.filter((row) => row.actualDate === null);
    expect(open.some((row) => time(row.forecastDate) < AS_OF)).toBe(true);
    expect(open.some((row) => time(row.forecastDate) > time(row.baselineDate))).toBe(true);
  });

  test("dates are UTC midnights; last updated within 45 days except the planted one", () => {
    const dates = sample.projects.rows.flat().filter((cell): cell is Date => cell instanceof Date);
    expect(dates.length).toBeGreaterThan(1000);
    expect(dates.every((date) => date.getTime() % DAY === 0)).toBe(true);
    const ages = column(sample.projects, "Last Updated").map((value) => (AS_OF - (value as Date).getTime()) / DAY);
    expect(ages.filter((age) => age > 45)).toEqual([90]);
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(0);
    expect(parseDate(column(sample.projects, "Start")[0]).ok).toBe(true);
  });
});
