/**
 * Registers as PMOs keep them (SPEC 2): a status log, repeated ids, names as ids, one project's
 * workbook. Each sheet is written out here and its expected reading worked out by hand.
 */
import { emptyMapping } from "../../src/engine/config";
import { PmoInputError } from "../../src/engine/errors";
import { checkGovernance } from "../../src/engine/governance";
import { readPortfolio } from "../../src/engine/read-portfolio";
import { DEFAULT_RULES } from "../../src/engine/rules";
import { sheetOf as sheet } from "../helpers/memory-sheets";
import { dayFromParts } from "../../src/engine/values";

const NOV_30 = dayFromParts(2026, 11, 30)!;
const day = (iso: string) => dayFromParts(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)))!;

describe("a status log: one row per project and report date", () => {
  // Excel gives the dates as serial numbers: 1900-system serial = day number + 25569.
  const serial = (iso: string) => day(iso) + 25569;
  const rows = [
    ["Week Ending", "Project ID", "Project Name", "BAC", "Actual Cost", "Status"],
    [serial("2026-11-06"), "P-1", "Portal", 100, 10, "On Track"],
    [serial("2026-11-06"), "P-2", "Payroll", 200, 50, "At Risk"],
    [serial("2026-11-13"), "P-1", "Portal", 100, 20, "On Track"],
    [serial("2026-11-27"), "P-1", "Portal", 100, 35, "Delayed"],
    [serial("2026-12-04"), "P-1", "Portal", 100, 40, "Delayed"],
    [serial("2026-12-04"), "P-3", "Depot", 300, 5, "On Track"],
  ];
  const read = () => readPortfolio({ projects: sheet("Status Log", rows) }, emptyMapping(), 1900, { asOf: NOV_30 });

  it("takes each project's latest report on or before the as-of date", () => {
    const { portfolio, statusLog, findings } = read();
    // P-1: reports of 6, 13 and 27 Nov count (4 Dec is after 30 Nov): row 5, AC 35.
    // P-2: only its 6 Nov report, row 3. P-3 reports first on 4 Dec: not yet in November's figures.
    expect(portfolio.projects.map((project) => [project.id, project.row, project.ac])).toEqual([
      ["P-2", 3, 50],
      ["P-1", 5, 35],
    ]);
    expect(statusLog).toEqual({ sheet: "Status Log", rows: 6, projects: 2, asOf: NOV_30, notYetReporting: 1 });
    expect(findings.filter((item) => item.rule === "duplicate-id")).toEqual([]);
  });

  it("keeps the health words as the project's status Active", () => {
    expect(read().portfolio.projects.every((project) => project.status === "Active")).toBe(true);
  });
});

describe("a repeated id without a report date", () => {
  const rows = [
    ["Project ID", "Project Name", "BAC", "Finish", "Start"],
    ["P-1", "Portal", 100, 46000, 45900],
    ["P-2", "Payroll", 200, 46000, 45900],
    ["P-1", "Portal (copy)", 100, 45000, 45900],
  ];

  it("counts the first row only, and checks the repeat as a live row", () => {
    const { portfolio, findings } = readPortfolio({ projects: sheet("Projects", rows) }, emptyMapping(), 1900, { asOf: NOV_30 });
    // BAC counted once: 100 + 200, never 400.
    expect(portfolio.projects.map((project) => project.bac)).toEqual([100, 200]);
    expect(findings).toContainEqual(expect.objectContaining({ rule: "duplicate-id", cell: "A4", message: "Project ID P-1 is also on row 2; each needs its own ID. Only row 2 is counted in the figures." }));
    // Row 4 finishes (45000) before it starts (45900): still a finding, at D4.
    const governance = checkGovernance(portfolio, { asOf: NOV_30, rules: DEFAULT_RULES });
    expect(governance.filter((item) => item.rule === "finish-before-start").map((item) => item.cell)).toEqual(["D4"]);
  });
});

describe("a register with no id column", () => {
  it("uses unique names as ids, with one warning", () => {
    const rows = [
      ["Project Register"],
      ["Project Name", "Budget", "Programme"],
      ["Portal", 100, "Digital"],
      ["Payroll", 200, "Finance"],
    ];
    const { portfolio, findings } = readPortfolio({ projects: sheet("Projects", rows) }, emptyMapping(), 1900, { asOf: NOV_30 });
    expect(portfolio.projects.map((project) => [project.id, project.name])).toEqual([
      ["Portal", "Portal"],
      ["Payroll", "Payroll"],
    ]);
    expect(findings.filter((item) => item.sheet === "Projects")).toEqual([
      {
        rule: "names-as-ids",
        severity: "warning",
        sheet: "Projects",
        cell: "A2",
        message: 'No ID column: the names in column "Project Name" serve as ids. History needs a stable ID column (a renamed row loses its history): add one.',
      },
    ]);
  });

  it("refuses names that repeat, naming the rows", () => {
    const rows = [
      ["Project Name", "Budget"],
      ["Portal", 100],
      ["portal", 200],
    ];
    expect(() => readPortfolio({ projects: sheet("Projects", rows) }, emptyMapping(), 1900, { asOf: NOV_30 })).toThrow(
      new PmoInputError(
        'Sheet "Projects", header row 1: no ID column, and the names in column "Project Name" repeat ("portal" on rows 2 and 3), so they cannot serve as ids; add an ID column, or run with --map projects.id="<its header>" (or the row map.projects.id | <its header> in PMO Config)',
      ),
    );
  });

  it("reads the id and the name from one column when the user maps the id to it", () => {
    const mapping = emptyMapping();
    mapping.projects.set("id", "Scheme");
    const rows = [
      ["Scheme", "Budget"],
      ["A14 Upgrade", 100],
    ];
    const { portfolio } = readPortfolio({ projects: sheet("Projects", rows) }, mapping, 1900, { asOf: NOV_30 });
    expect(portfolio.projects[0]).toMatchObject({ id: "A14 Upgrade", name: "A14 Upgrade", bac: 100 });
  });

  it("gives a blank name one finding, not one for the id and one for the name", () => {
    const rows = [
      ["Project Name", "Budget"],
      ["Portal", 100],
      ["", 200],
    ];
    const { findings, portfolio } = readPortfolio({ projects: sheet("Projects", rows) }, emptyMapping(), 1900, { asOf: NOV_30 });
    expect(portfolio.projects).toHaveLength(1);
    expect(findings.filter((item) => item.rule === "missing-required").map((item) => item.cell)).toEqual(["A3"]);
  });
});

describe("one project's workbook", () => {
  const riskLog = (above: unknown[][]) =>
    sheet("Risk Log", [
      ...above,
      ["Risk ID", "Description", "Likelihood", "Impact", "Owner"],
      ["R1", "Supplier late", 4, 4, "Jo"],
      ["R2", "Scope creep", 2, 3, ""],
    ]);

  it("is named by the Project Name label of its document-control block", () => {
    const above = [["Risk Register"], ["Project Name:", "", "Apollo Upgrade"], ["Project Code:", "APL-7"], ["Version", 3]];
    const { portfolio, workbookProject, findings } = readPortfolio({ risks: riskLog(above) }, emptyMapping(), 1900, { asOf: NOV_30, fileName: "apollo risks" });
    expect(workbookProject).toEqual({ name: "Apollo Upgrade", id: "APL-7", from: "label", sheet: "Risk Log", row: 2, column: 3 });
    expect(portfolio.projects).toEqual([{ row: 2, id: "APL-7", name: "Apollo Upgrade", status: "Active" }]);
    expect(portfolio.risks.map((risk) => [risk.id, risk.projectId])).toEqual([
      ["R1", "APL-7"],
      ["R2", "APL-7"],
    ]);
    // No Milestones sheet is the usual warning; no word about a missing Projects sheet.
    expect(findings.map((item) => item.rule)).toEqual(["missing-sheet"]);
    expect(findings[0].sheet).toBe("Milestones");
    expect(checkGovernance(portfolio, { asOf: NOV_30, rules: DEFAULT_RULES }).filter((item) => item.rule === "unknown-project")).toEqual([]);
  });

  it("reads a label and its value in one cell", () => {
    const { workbookProject } = readPortfolio({ risks: riskLog([["Project: Hermes"]]) }, emptyMapping(), 1900, { asOf: NOV_30 });
    expect(workbookProject).toMatchObject({ name: "Hermes", id: "Hermes", from: "label", row: 1, column: 1 });
  });

  it("is named after the file when no label names it", () => {
    const { workbookProject, portfolio } = readPortfolio({ risks: riskLog([]) }, emptyMapping(), 1900, { asOf: NOV_30, fileName: "Depot RAID" });
    expect(workbookProject).toMatchObject({ name: "Depot RAID", id: "Depot RAID", from: "file" });
    expect(portfolio.projects.map((project) => project.id)).toEqual(["Depot RAID"]);
  });

  it("gives rows that name a project to that project, and the blank ones to its own", () => {
    const log = sheet("Risks", [
      ["Risk ID", "Project", "Description"],
      ["R1", "", "a"],
      ["R2", "Hermes", "b"],
    ]);
    const { portfolio } = readPortfolio({ risks: log }, emptyMapping(), 1900, { asOf: NOV_30, fileName: "Apollo" });
    expect(portfolio.projects.map((project) => [project.id, project.name])).toEqual([
      ["Apollo", "Apollo"],
      ["Hermes", "Hermes"],
    ]);
  });

  it("still refuses a workbook with no register at all, naming its sheets", () => {
    expect(() => readPortfolio({}, emptyMapping(), 1900, { asOf: NOV_30, sheetNames: ["Notes", "Cost Centres"] })).toThrow('the sheets are "Notes", "Cost Centres"');
  });
});
