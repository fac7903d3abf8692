import { readFileSync } from "node:fs";
import path from "node:path";
import { dayFromParts, parseMonth } from "../../src/engine/values";
import { loadPortfolio } from "../../src/workbook/load-portfolio";
import { xlsxFileReader } from "../../src/workbook/xlsx/xlsx-reader";
import { parseMappingFlags } from "../../src/cli/mapping";

const fixture = (name: string) => path.join(__dirname, "..", "fixtures", name);

interface ExpectedFindings {
  month: string;
  findings: { rule: string; severity: string; sheet: string; cell: string }[];
}

function expected(name: string): ExpectedFindings {
  return JSON.parse(readFileSync(fixture(`${name}.expected.json`), "utf8")) as ExpectedFindings;
}

async function load(name: string, month = "2026-11", map: string[] = []) {
  return loadPortfolio(xlsxFileReader(fixture(name)), { asOf: parseMonth(month)!.last, mapping: parseMappingFlags(map) });
}

const key = (item: { rule: string; severity: string; sheet: string; cell: string }) => `${item.severity} ${item.sheet}!${item.cell} ${item.rule}`;

describe.each(["clean", "messy"])("the %s fixture", (name) => {
  it("gives exactly the findings worked out by hand", async () => {
    const want = expected(name);
    const loaded = await load(`${name}.xlsx`, want.month);
    expect(loaded.findings.map(key).sort()).toEqual(want.findings.map(key).sort());
  });
});

describe("reading a messy register", () => {
  it("finds the sheets by their usual names and the header under the title rows", async () => {
    const { sources, portfolio } = await load("messy.xlsx");
    expect(sources).toEqual({ projects: "Project Register", risks: "RAID Log", milestones: "Milestone Tracker" });
    expect(portfolio.layouts.projects.headerRow).toBe(4);
    expect(portfolio.layouts.milestones?.headerRow).toBe(2);
    // Rows 5, 7, 8, 9 and 11 are projects; 6 is blank, 10 has no ID, 12 is a Total line. Row 9
    // repeats row 5's id P-001: it is checked, but only row 5 counts in the figures (SPEC 2).
    expect(portfolio.projects.map((project) => project.row)).toEqual([5, 7, 8, 11]);
    expect(portfolio.repeatedProjects?.map((project) => project.row)).toEqual([9]);
  });

  it("reads money, percentages and dates the way they were typed", async () => {
    const { portfolio } = await load("messy.xlsx");
    const [portal, finance, warehouse] = portfolio.projects;
    expect(portal).toMatchObject({ id: "P-001", bac: 1200000, ac: 650000, ev: 600000, percentComplete: 0.45, status: "Active", stage: "Execution" });
    expect(portal.forecastFinish).toBe(dayFromParts(2027, 1, 20));
    expect(finance).toMatchObject({ start: dayFromParts(2026, 3, 31), percentComplete: 0.3, ragOverride: "Amber", lastUpdated: dayFromParts(2026, 11, 1) });
    expect(finance.ac).toBeUndefined(); // #REF!
    expect(warehouse).toMatchObject({ bac: 250000, percentComplete: 0.1, ragOverride: "Red", status: "On Hold", stage: "Planning" });
    expect(portfolio.risks[0]).toMatchObject({ id: "R-1", projectId: "P-001", probability: { band: 4, fraction: 0.7 }, impact: 5, costImpact: 150000, status: "Open", type: "Threat" });
    expect(portfolio.risks[1].probability).toEqual({ band: 3, fraction: 0.45 });
    expect(portfolio.milestones[0]).toMatchObject({ id: "M-1", key: true, actualDate: dayFromParts(2026, 4, 20) });
  });

  it("says what a finding is about in words", async () => {
    const { findings } = await load("messy.xlsx");
    const message = (cell: string) => findings.find((item) => item.cell === cell && item.sheet === "Project Register")?.message;
    expect(message("A9")).toBe("Project ID P-001 is also on row 5; each needs its own ID. Only row 5 is counted in the figures.");
    expect(message("N11")).toBe('% Complete: "lots" is not a percentage; it is left out of the figures.');
    expect(message("L7")).toBe("Actuals to Date holds the Excel error #REF!; it is left out of the figures.");
    expect(message("A10")).toBe("Proj. ID is required but blank; the row is left out.");
    expect(message("Q8")).toBe("Last updated 2026-06-01, 182 days before 2026-11-30 (limit 45).");
  });
});

describe("a user's mapping", () => {
  it("reads a column the matcher does not know, and wins over a synonym", async () => {
    const plain = await load("messy.xlsx");
    expect(plain.portfolio.projects[0].manager).toBeUndefined();
    const mapped = await load("messy.xlsx", "2026-11", ["manager=SRO", "sponsor=Dept"]);
    expect(mapped.portfolio.projects[0]).toMatchObject({ manager: "A. Khan", sponsor: "IT" });
  });
});

describe("workbooks it cannot read", () => {
  it.each([
    ["no-projects-sheet.xlsx", 'No "Projects" sheet'],
    ["missing-name-column.xlsx", 'Sheet "Projects", header row 1: no column found for the required field name (Project Name); its headers are "Project ID", "Budget", "Status". Rename the column "Project Name", or run with --map projects.name="<its header>"'],
    ["not-a-workbook.xlsx", "is not a readable .xlsx workbook"],
  ])("%s: %s", async (name, message) => {
    await expect(load(name)).rejects.toThrow(message);
  });
});
