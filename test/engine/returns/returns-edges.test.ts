/**
 * The rules of collecting returns one at a time (SPEC 10), each on the hand-made register of
 * returns-fixtures.ts or a variant of it; every expectation worked out by hand.
 */
import { changesLogRows, collectReturns, governedSheets, ProjectReturnInput, returnsLogRows } from "../../../src/engine/returns";
import { day, FINANCIAL_HEADER, MARCH_2026, MILESTONE_HEADER, PROJECT_HEADER, register, RISK_HEADER, sheet } from "./returns-fixtures";

const march = { month: MARCH_2026 };

function returnOf(file: string, sheets: ProjectReturnInput["sheets"]): ProjectReturnInput {
  return { file, date: day(2026, 3, 31), dateSystem: 1900, sheets };
}

const projectsSheet = (...rows: unknown[][]) => sheet("Projects", [["Project ID", "Project Name"], ...rows]);

describe("refusals", () => {
  it("refuses a project whose return gives a risk id the register has under another project", () => {
    const given = returnOf("r.xlsx", { projects: projectsSheet(["P1", "Alpha"]), risks: sheet("Risks", [RISK_HEADER, ["R3", "P1", "Budget cut", "Alice", "Closed", 2, 3]]) });
    const result = collectReturns(register(), [given], march);
    expect(result.applied).toEqual([]);
    expect(result.changes).toEqual([]);
    expect(result.refused.map(({ projectId, reasons }) => ({ projectId, reasons }))).toEqual([
      { projectId: "P1", reasons: [{ code: "id-of-other-project", message: "Risk R3 is given for project P1, but in the register it belongs to project P2." }] },
    ]);
    expect(result.findings.filter((item) => item.severity === "error").map(({ rule, sheet: at, cell }) => ({ rule, sheet: at, cell }))).toEqual([{ rule: "return-id-of-other-project", sheet: "Risks", cell: "A2" }]);
  });

  it("refuses every project of a return with an error no project's row holds (a row with no project id)", () => {
    const given = returnOf("r.xlsx", { projects: projectsSheet(["P1", "Alpha"], ["", "Nameless"]) });
    const result = collectReturns(register(), [given], march);
    expect(result.refused.map(({ projectId, reasons }) => ({ projectId, reasons }))).toEqual([
      { projectId: "P1", reasons: [{ code: "errors", message: "The return has errors not tied to one project's rows, so none of its projects is applied (Projects!A3: Project ID is required but blank; the row is left out)." }] },
    ]);
    expect(result.findings.filter((item) => item.severity === "error").map(({ rule, cell, projectId }) => ({ rule, cell, projectId }))).toEqual([{ rule: "missing-required", cell: "A3", projectId: null }]);
  });

  it("refuses a workbook it cannot read as a return, naming no project, and goes on with the others", () => {
    const notes = returnOf("notes.xlsx", {});
    const result = collectReturns(register(), [notes, returnOf("r.xlsx", { projects: projectsSheet(["P2", "Beta"]) })], march);
    expect(result.refused).toHaveLength(1);
    expect(result.refused[0]).toMatchObject({ projectId: null, file: "notes.xlsx", applied: false, cellsChanged: 0 });
    expect(result.refused[0].reasons[0].code).toBe("unreadable");
    expect(result.findings[0]).toMatchObject({ rule: "return-unreadable", severity: "error", file: "notes.xlsx", projectId: null });
    expect(result.applied.map((outcome) => outcome.projectId)).toEqual(["P2"]);
  });

  it("refuses a Financials value the register keeps in two cost lines it cannot tell apart, and takes an equal total as no change", () => {
    const portfolio = register();
    portfolio.sheets.financials = sheet("Financials", [FINANCIAL_HEADER, ["P1", "2026-03", "Opex", 60, null, 60, null], ["P1", "2026-03", "Opex", 40, null, 40, null]]);
    const changed = returnOf("changed.xlsx", { financials: sheet("Financials", [FINANCIAL_HEADER, ["P1", "2026-03", "Opex", 100, null, 90, null]]) });
    const first = collectReturns(portfolio, [changed], march);
    expect(first.refused.map(({ projectId, reasons }) => ({ projectId, codes: reasons.map((reason) => reason.code) }))).toEqual([{ projectId: "P1", codes: ["ambiguous-row"] }]);
    expect(first.findings.filter((item) => item.severity === "error").map(({ rule, sheet: at, cell }) => ({ rule, sheet: at, cell }))).toEqual([{ rule: "return-ambiguous-row", sheet: "Financials", cell: "F2" }]);
    const same = returnOf("same.xlsx", { financials: sheet("Financials", [FINANCIAL_HEADER, ["P1", "2026-03", "Opex", 100, null, 100, null]]) });
    const second = collectReturns(portfolio, [same], march);
    expect(second.applied.map((outcome) => outcome.projectId)).toEqual(["P1"]);
    // Only lastUpdated: the budget and forecast add up to the register's 60 + 40.
    expect(second.changes.map((change) => `${change.field} ${change.cell}`)).toEqual(["lastUpdated G2"]);
  });
});

describe("what is applied", () => {
  it("takes a return with no Projects sheet (a risk and milestone log) by the project ids of its rows", () => {
    const given = returnOf("log.xlsx", {
      risks: sheet("Risks", [RISK_HEADER, ["R3", "P2", "Budget cut", "Alice", "Closed", null, null]]),
      milestones: sheet("Milestones", [MILESTONE_HEADER, ["M1", "P1", "Design done", null, "2026-03-25", "2026-03-24"]]),
    });
    const result = collectReturns(register(), [given], march);
    expect(result.refused).toEqual([]);
    expect(result.changes.map(({ sheet: at, rowId, field, cell, oldValue, newValue }) => ({ at, rowId, field, cell, oldValue, newValue }))).toEqual([
      { at: "Risks", rowId: "R3", field: "status", cell: "E4", oldValue: { kind: "text", value: "Open" }, newValue: { kind: "text", value: "Closed" } },
      { at: "Projects", rowId: "P2", field: "lastUpdated", cell: "G3", oldValue: { kind: "date", value: "2026-02-28" }, newValue: { kind: "date", value: "2026-03-31" } },
      { at: "Milestones", rowId: "M1", field: "forecastDate", cell: "E2", oldValue: { kind: "date", value: "2026-03-20" }, newValue: { kind: "date", value: "2026-03-25" } },
      { at: "Milestones", rowId: "M1", field: "actualDate", cell: "F2", oldValue: null, newValue: { kind: "date", value: "2026-03-24" } },
      { at: "Projects", rowId: "P1", field: "lastUpdated", cell: "G2", oldValue: { kind: "date", value: "2026-02-28" }, newValue: { kind: "date", value: "2026-03-31" } },
    ]);
  });

  it("writes money in the register column's units and % complete in the register's convention", () => {
    const portfolio = register();
    portfolio.sheets.projects = sheet("Projects", [
      ["Project ID", "Project Name", "Budget (£k)", "% Complete"],
      ["P1", "Alpha", 1.2, 45],
    ]);
    const given = returnOf("r.xlsx", { projects: sheet("Projects", [["Project ID", "Project Name", "BAC", "% Complete"], ["P1", "Alpha", 1500, "60%"]]) });
    const result = collectReturns(portfolio, [given], march);
    expect(result.changes.map(({ field, cell, oldValue, newValue }) => ({ field, cell, oldValue, newValue }))).toEqual([
      { field: "bac", cell: "C2", oldValue: { kind: "number", value: 1.2 }, newValue: { kind: "number", value: 1.5 } },
      { field: "percentComplete", cell: "D2", oldValue: { kind: "number", value: 45 }, newValue: { kind: "number", value: 60 } },
    ]);
  });

  it("ignores a field the register has no column for, and never adds a project row", () => {
    const given = returnOf("r.xlsx", { projects: sheet("Projects", [["Project ID", "Project Name", "Sponsor"], ["P1", "Alpha", "Zoe"]]) });
    const result = collectReturns(register(), [given], march);
    expect(result.changes.map((change) => change.field)).toEqual(["lastUpdated"]);
  });
});

describe("the traceability rows", () => {
  it("gives PMO Returns a row per return per project and PMO Changes a row per changed cell", () => {
    const given: ProjectReturnInput = { ...returnOf("r.xlsx", { projects: sheet("Projects", [["Project ID", "Project Name", "% Complete"], ["P3", "Gamma", "25%"], ["P8", "Theta", 5]]) }), submittedBy: "Bob" };
    const result = collectReturns(register(), [given], march);
    expect(returnsLogRows(result)).toEqual([
      ["Month", "Project ID", "File", "Submitted By", "Received", "Outcome", "Cells Changed"],
      ["2026-03", "P3", "r.xlsx", "Bob", "2026-03-31", "Applied", 2],
      ["2026-03", "P8", "r.xlsx", "Bob", "2026-03-31", "Refused: Project P8 is not in the register; a return cannot add a project (add it to the register first).", 0],
    ]);
    expect(changesLogRows(result)).toEqual([
      ["Month", "Sheet", "Row ID", "Field", "Old Value", "New Value", "File"],
      ["2026-03", "Projects", "P3", "% Complete", "0.2", "0.25", "r.xlsx"],
      ["2026-03", "Projects", "P3", "Last Updated", "2026-02-28", "2026-03-31", "r.xlsx"],
    ]);
  });
});

describe("governedSheets", () => {
  it("finds a return's sheets by name, by synonym and by header row, and leaves pmo's own sheets out", () => {
    const found = governedSheets([
      sheet("Cover", [["Monthly return"]]),
      sheet("Sheet1", [PROJECT_HEADER, ["P1", "Alpha"]]),
      sheet("Risk Log", [RISK_HEADER]),
      sheet("PMO Config", [["Key", "Value"]]),
    ]);
    expect(Object.fromEntries(Object.entries(found).map(([kind, data]) => [kind, data!.name]))).toEqual({ projects: "Sheet1", risks: "Risk Log" });
  });
});
