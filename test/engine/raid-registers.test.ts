/**
 * RAID registers (SPEC 2): issues, assumptions and dependencies read from their own sheets or
 * split out of a combined RAID log by its Type column; their counts in the report and their
 * governance findings, against the figures worked out by hand in test/helpers/raid-workbooks.ts.
 */
import { emptyMapping } from "../../src/engine/config";
import { sortFindings } from "../../src/engine/findings";
import { checkGovernance } from "../../src/engine/governance";
import { readPortfolio, resolveSheetNames } from "../../src/engine/read-portfolio";
import { splitRaidSheet } from "../../src/engine/raid-split";
import { buildReport } from "../../src/engine/report/build-report";
import { DEFAULT_RULES } from "../../src/engine/rules";
import { parseFieldValue } from "../../src/engine/schema/field-values";
import { SheetKind } from "../../src/engine/schema/fields";
import { SheetData } from "../../src/engine/sheet";
import { dayFromParts, parseMonth } from "../../src/engine/values";
import { COMBINED_RAID_EXPECTED, COMBINED_RAID_LOG, RAID_MONTH, SEPARATE_RAID_EXPECTED, SEPARATE_RAID_SHEETS } from "../helpers/raid-workbooks";

const asOf = parseMonth(RAID_MONTH)!.last;

/** The engine's whole path, as loadPortfolio takes it: sheets by name, read, governed, reported. */
function run(sheets: readonly SheetData[]) {
  const sources = resolveSheetNames(sheets.map((sheet) => sheet.name), {});
  const byKind: Partial<Record<SheetKind, SheetData>> = {};
  for (const [kind, name] of Object.entries(sources)) byKind[kind as SheetKind] = sheets.find((sheet) => sheet.name === name);
  const { portfolio, findings } = readPortfolio(byKind, emptyMapping(), 1900, { asOf });
  const all = sortFindings([...findings, ...checkGovernance(portfolio, { asOf, rules: DEFAULT_RULES })]);
  const report = buildReport({ portfolio, findings: all, rules: DEFAULT_RULES, ruleSet: "Default rules", month: RAID_MONTH, history: [], capturedAt: "2026-12-01T09:00:00.000Z" });
  return { sources, portfolio, findings: all, report };
}

const where = (item: { severity: string; sheet: string; cell: string; rule: string }) => `${item.severity} ${item.sheet}!${item.cell} ${item.rule}`;

describe("separate Issue Log, Dependency Log and Assumptions sheets", () => {
  const { sources, portfolio, findings, report } = run(SEPARATE_RAID_SHEETS);

  it("finds each register by its sheet's name", () => {
    expect(sources).toEqual({ projects: "Projects", issues: "Issue Log", assumptions: "Assumptions", dependencies: "Dependency Log" });
    expect(portfolio.layouts.issues).toMatchObject({ sheet: "Issue Log", headerRow: 2 });
  });

  it("reads the headers real logs use and the value words they hold", () => {
    const [first, second, , , , sixth, seventh] = portfolio.issues;
    expect(first).toMatchObject({ id: "I-1", projectId: "P-1", title: "Data feed fails nightly", raisedBy: "Ann", priority: "High", owner: "Bob", status: "Open", resolution: "Vendor fix" });
    expect(first.raised).toBe(dayFromParts(2026, 10, 1));
    expect(first.due).toBe(dayFromParts(2026, 11, 15));
    expect(second).toMatchObject({ priority: "Critical", status: "In Progress", owner: undefined });
    expect(sixth).toMatchObject({ priority: "High", status: "Open" }); // 4 on the 1-5 scale; blank status reads Open
    expect(seventh).toMatchObject({ priority: "Critical", status: "Closed" }); // P1
    expect(portfolio.issues[2].resolvedDate).toBe(dayFromParts(2026, 9, 20));
    expect(portfolio.dependencies.map((item) => item.status)).toEqual(["Open", "Resolved", "In Progress", "Open", "Open"]);
    expect(portfolio.dependencies[0]).toMatchObject({ dependsOn: "Platform team", neededBy: dayFromParts(2026, 11, 20) });
    expect(portfolio.assumptions.map((item) => item.status)).toEqual(["Open", "Resolved", "Open", "Open"]);
    expect(portfolio.assumptions[0].due).toBe(dayFromParts(2027, 3, 31));
  });

  it("counts open, overdue and high issues, open and late dependencies, open assumptions of active projects", () => {
    expect(report.json.raid).toEqual(SEPARATE_RAID_EXPECTED);
  });

  it("gives the governance findings worked out by hand, and no missing-sheet warning for the optional registers", () => {
    expect(findings.map(where)).toEqual([
      "error Assumptions!B5 unknown-project",
      "error Issue Log!G4 issue-without-owner",
      "error Issue Log!G7 issue-without-owner",
      "warning Dependency Log!G2 dependency-late",
      "warning Dependency Log!G5 dependency-late",
      "warning Milestones!A1 missing-sheet",
      "warning Risks!A1 missing-sheet",
    ]);
    const message = (cell: string) => findings.find((item) => item.cell === cell)?.message;
    expect(message("G4")).toBe("Open Critical issue I-2 has no owner; give it one who will resolve it.");
    expect(message("G2")).toBe("Dependency D-1 was needed by 2026-11-20, before the as-of date 2026-11-30, and is still Open.");
    expect(message("B5")).toBe("Assumption A-4 refers to project P-9, which is not on the Projects sheet.");
  });
});

describe("one combined RAID log with a Type column", () => {
  const { sources, portfolio, findings, report } = run(COMBINED_RAID_LOG);

  it("reads the sheet as risks by its name and splits its rows by Type", () => {
    expect(sources).toEqual({ projects: "Projects", risks: "Raid Log" });
    expect(portfolio.risks.map((risk) => `${risk.id} ${risk.type} ${risk.status}`)).toEqual(["R-1 Threat Open", "R-2 Opportunity Open", "R-3 Threat Closed", "X-1 Threat Open"]);
    expect(portfolio.issues.map((issue) => issue.id)).toEqual(["I-1", "I-2"]);
    expect(portfolio.assumptions.map((item) => item.id)).toEqual(["A-1", "A-2"]);
    expect(portfolio.dependencies.map((item) => `${item.id} ${item.row}`)).toEqual(["D-1 10", "D-2 11"]);
    // Each register points at the real sheet, its header row under the title rows.
    for (const kind of ["risks", "issues", "assumptions", "dependencies"] as const) expect(portfolio.layouts[kind]).toMatchObject({ sheet: "Raid Log", headerRow: 3 });
  });

  it("counts the RAID rows as their own registers", () => {
    expect(report.json.raid).toEqual(COMBINED_RAID_EXPECTED);
    // Open threats: R-1 and X-1 (its unreadable Type leaves it a Threat); R-2 is an opportunity, R-3 closed.
    expect(report.json.totals.openRisks).toBe(2);
  });

  it("names the real sheet and cell in every finding", () => {
    expect(findings.map(where)).toEqual(["error Raid Log!E6 issue-without-owner", "error Raid Log!B13 invalid-value", "warning Milestones!A1 missing-sheet", "warning Raid Log!J10 dependency-late"]);
    expect(findings[1].message).toBe('Type: "Change" is not one of Threat, Opportunity; it is left out of the figures.');
  });
});

describe("the Type column of a risk register", () => {
  it("holding Threat and Opportunity is the risks' type: the sheet is not split", () => {
    const risks: SheetData = { name: "RAID Log", firstRow: 1, firstColumn: 1, rows: [["Risk ID", "Project ID", "Type"], ["R-1", "P-1", "Threat"], ["R-2", "P-1", "Opportunity"], ["R-3", "P-1", "Risk"]] };
    expect(splitRaidSheet(risks, new Map())).toBeUndefined();
  });

  it("is found through the user's mapping when its header is not one the matcher knows", () => {
    const log: SheetData = { name: "Log", firstRow: 1, firstColumn: 1, rows: [["Ref", "Project", "Kind"], ["R-1", "P-1", "R"], ["I-1", "P-1", "I"]] };
    const split = splitRaidSheet(log, new Map([["type", "Kind"]]))!;
    expect(split.issues.rows).toEqual([["Ref", "Project", "Kind"], [], ["I-1", "P-1", "I"]]);
    expect(split.risks.rows).toEqual([["Ref", "Project", "Kind"], ["R-1", "P-1", null], []]);
  });

  it("leaves a workbook's own Issues sheet in charge of issues", () => {
    const issues: SheetData = { name: "Issues", firstRow: 1, firstColumn: 1, rows: [["Issue ID", "Project ID", "Status"], ["I-9", "P-1", "Open"]] };
    const { portfolio } = run([...COMBINED_RAID_LOG, issues]);
    expect(portfolio.issues.map((issue) => issue.id)).toEqual(["I-9"]);
    expect(portfolio.dependencies.map((item) => item.id)).toEqual(["D-1", "D-2"]);
  });
});

describe("priority and status words", () => {
  it.each([
    ["Critical", "Critical"],
    ["very high", "Critical"],
    ["P1", "Critical"],
    ["p2", "High"],
    ["H", "High"],
    [4, "High"],
    ["3", "Medium"],
    ["Moderate", "Medium"],
    [1, "Low"],
    ["Minor", "Low"],
  ])("priority %p is %p", (cell, priority) => {
    expect(parseFieldValue("priority", cell, 1900)).toEqual({ ok: true, value: priority });
  });

  it.each([6, 0, 2.5, "Constructor", "Red"])("priority %p is invalid", (cell) => {
    expect(parseFieldValue("priority", cell, 1900)).toMatchObject({ ok: false, kind: "invalid" });
  });

  it.each([
    ["Open", "Open"],
    ["Blocked", "Open"],
    ["On hold", "Open"],
    ["WIP", "In Progress"],
    ["Under investigation", "In Progress"],
    ["Fixed", "Resolved"],
    ["Met", "Resolved"],
    ["Validated", "Resolved"],
    ["Withdrawn", "Closed"],
    ["closed", "Closed"],
  ])("status %p is %p", (cell, status) => {
    expect(parseFieldValue("raidStatus", cell, 1900)).toEqual({ ok: true, value: status });
  });
});
