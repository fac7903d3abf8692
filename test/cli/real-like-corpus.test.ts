/**
 * The real-like corpus (issue 10): workbooks made to stand for what real PMO registers look like,
 * each run through `pmo check` and `pmo report` as a user would, against figures worked out by
 * hand in its `<name>.expected.ts` (test/fixtures/real-like/). The month is always pinned.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { Expectation, ExpectedFinding, Figure } from "../fixtures/real-like/expectation";
import { FIXTURES, pmo, temporaryFolder } from "./run-pmo";

const CORPUS = path.join(FIXTURES, "real-like");



function loadExpectations(): [string, Expectation][] {
  const names = readdirSync(CORPUS)
    .filter((file) => file.endsWith(".expected.ts"))
    .map((file) => file.replace(/\.expected\.ts$/, ""))
    .sort();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return names.map((name) => [name, (require(path.join(CORPUS, `${name}.expected.ts`)) as { expected: Expectation }).expected]);
}

interface PrintedFinding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  message: string;
}

function describeFinding([rule, severity, at, message]: ExpectedFinding): string {
  return `${rule ?? "<any rule>"} ${severity} ${at ?? "<any cell>"}${message ? ` ${message}` : ""}`;
}

function matches(expected: ExpectedFinding, actual: PrintedFinding): boolean {
  const [rule, severity, at, message] = expected;
  return (rule === null || rule === actual.rule) && severity === actual.severity && (at === null || at === `${actual.sheet}!${actual.cell}`) && (!message || message.test(actual.message));
}

/** Every expected finding matched by its own printed one, and nothing printed beyond them. */
function compareFindings(printed: PrintedFinding[], expected: ExpectedFinding[]): void {
  const unmatched = [...printed];
  const missing: string[] = [];
  // The most specific expectations pick first, so that a loose one cannot take another's finding.
  const specificity = (item: ExpectedFinding) => Number(item[0] !== null) + Number(item[2] !== null);
  for (const item of [...expected].sort((a, b) => specificity(b) - specificity(a))) {
    const index = unmatched.findIndex((actual) => matches(item, actual));
    if (index < 0) missing.push(describeFinding(item));
    else unmatched.splice(index, 1);
  }
  const unexpected = unmatched.map((item) => `${item.rule} ${item.severity} ${item.sheet}!${item.cell} ${item.message}`);
  expect({ missing, unexpected }).toEqual({ missing: [], unexpected: [] });
}

function close(actual: unknown, expected: Figure): boolean {
  return typeof expected === "number" && typeof actual === "number" && Math.abs(actual - expected) <= 1e-6 * Math.max(1, Math.abs(expected));
}

/** The keys `expected` names, from `actual`, with numbers within rounding shown as expected (for a readable diff). */
function figures(actual: Record<string, unknown> | undefined, expected: Record<string, Figure>): Record<string, unknown> {
  const view: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(expected)) {
    const got = actual?.[key];
    view[key] = close(got, value) ? value : got;
  }
  return view;
}

type Json = Record<string, unknown>;

function compareReport(json: Json, report: NonNullable<Expectation["report"]>): void {
  expect(figures(json.totals as Json, report.totals)).toEqual(report.totals);
  const projects = (json.projects ?? []) as Json[];
  if (report.projectIds) expect(projects.map((line) => line.id)).toEqual(report.projectIds);
  if (report.projectNames) expect(projects.map((line) => line.name)).toEqual(report.projectNames);
  for (const [id, wanted] of Object.entries(report.projects ?? {})) {
    expect({ id, ...figures(projects.find((line) => line.id === id), wanted) }).toEqual({ id, ...wanted });
  }
  if (report.rollup) {
    const rows = (json.rollup ?? []) as Json[];
    expect(rows.map((row, index) => figures(row, report.rollup![index] ?? { group: null }))).toEqual(report.rollup);
  }
  if (report.topRiskIds) expect(((json.topRisks ?? []) as Json[]).map((risk) => risk.id)).toEqual(report.topRiskIds);
  if (report.heatmap) expect(json.heatmap).toEqual(report.heatmap);
  if (report.milestones) expect(json.milestones).toEqual(report.milestones);
  if (report.raid) expect(json.raid).toEqual(report.raid);
}

/** The sheets `pmo report` says it read ("from A, B"), and the registers it recognised by content. */
function sheetsRead(stdout: string): { sources: string[]; byContent: [string, string, number][] } {
  const from = /^Wrote .* \(from (.*)\)\.$/m.exec(stdout);
  const byContent = [...stdout.matchAll(/^Read (\w+) from sheet "(.*)" \(recognised by its header row, row (\d+)\)\.$/gm)].map(
    (match): [string, string, number] => [match[1], match[2], Number(match[3])],
  );
  return { sources: from ? from[1].split(", ") : [], byContent };
}

function expectOneLineError(run: { status: number | null; stderr: string }, parts: string[]): void {
  expect(run.status).toBe(2);
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  for (const part of parts) expect(run.stderr).toContain(part);
}

/** The month's last day, as pmo states the as-of date. */
function lastDay(month: string): string {
  const [year, monthNumber] = month.split("-").map(Number);
  return new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
}

/**
 * `pmo check` as a person reads it: the "Read ... from sheet" lines, one line per finding starting
 * with its Sheet!Cell, a blank line and the count.
 */
function compareCheckText(stdout: string, expectation: Expectation, findings: PrintedFinding[]): void {
  const lines = stdout.replace(/\n$/, "").split("\n").filter((line) => !line.startsWith("Read "));
  const errors = findings.filter((item) => item.severity === "error").length;
  const count = `${findings.length} findings: ${errors} errors, ${findings.length - errors} warnings (as of ${lastDay(expectation.month)}, `;
  if (findings.length === 0) {
    expect(lines).toEqual([expect.stringMatching(/^No governance findings in .* \(as of \d{4}-\d\d-\d\d, \d+ projects\)\.$/)]);
    return;
  }
  const places = findings.map((item) => `${item.sheet}!${item.cell} `);
  expect(lines.slice(0, -2).map((line, index) => line.startsWith(places[index]))).toEqual(places.map(() => true));
  expect(lines.slice(-2)).toEqual(["", expect.stringContaining(count)]);
}

function runFixture(expectation: Expectation): void {
  const file = path.join(CORPUS, expectation.file);
  const options = ["--month", expectation.month, ...(expectation.args ?? [])];
  const out = temporaryFolder();
  const check = pmo("check", file, ...options, "--json");
  if (expectation.check.exit === 2) {
    expectOneLineError(check, expectation.check.message);
    expectOneLineError(pmo("report", file, ...options, "--json", "--out", path.join(out, "report.xlsx")), expectation.check.message);
    return;
  }
  expect({ exit: check.status, stderr: check.stderr }).toEqual({ exit: expectation.check.exit, stderr: "" });
  const printed = (JSON.parse(check.stdout) as { findings: PrintedFinding[] }).findings;
  compareFindings(printed, expectation.check.findings);
  const checkText = pmo("check", file, ...options);
  expect(checkText.status).toBe(expectation.check.exit);
  compareCheckText(checkText.stdout, expectation, printed);

  const report = expectation.report!;
  const json = pmo("report", file, ...options, "--json", "--out", path.join(out, "report.xlsx"));
  expect({ exit: json.status, stderr: json.stderr }).toEqual({ exit: 0, stderr: "" });
  compareReport(JSON.parse(json.stdout) as Json, report);

  const text = pmo("report", file, ...options, "--out", path.join(out, "report-text.xlsx"));
  expect(text.status).toBe(0);
  expect(sheetsRead(text.stdout)).toEqual({ sources: report.sources, byContent: report.byContent });
}

const expectations = loadExpectations();
/** Several pmo runs per fixture on a shared machine: a generous limit, not a timed assertion. */
const RUNS_TIMEOUT = 240_000;

describe("the real-like corpus: pmo check and pmo report give the figures worked out by hand", () => {
  it("has at least 15 workbooks, each with its expectation", () => {
    const workbooks = new Set(expectations.map(([, item]) => item.file));
    expect(workbooks.size).toBeGreaterThanOrEqual(15);
    expect(readdirSync(CORPUS).filter((file) => file.endsWith(".xlsx")).sort()).toEqual([...workbooks].sort());
  });

  for (const [name, expectation] of expectations) {
    const title = `${name}: ${expectation.standsFor} (${expectation.tool})`;
    test(title, () => runFixture(expectation), RUNS_TIMEOUT);
  }
});
