/**
 * Collecting the March 2026 returns into the hand-made register of returns-fixtures.ts. Every
 * expected change, refusal and chasing-list entry is worked out by hand from the fixture's cells.
 */
import { CellChange, collectReturns, NEW_ROW, ProjectOutcome } from "../../../src/engine/returns";
import { aliceOwnLayout, aliceReturn, bobReturn, erinReturn, HYPERLINK, MARCH_2026, register } from "./returns-fixtures";

const text = (value: string) => ({ kind: "text" as const, value });
const num = (value: number) => ({ kind: "number" as const, value });
const date = (value: string) => ({ kind: "date" as const, value });

type Expected = Omit<CellChange, "file">;

const projectCell = (projectId: string, field: string, header: string, cell: string, oldValue: CellChange["oldValue"], newValue: CellChange["newValue"]): Expected => ({
  sheet: "Projects", kind: "projects", projectId, rowId: projectId, rowKey: projectId, field, header, cell, oldValue, newValue,
});

// A new row's cells name the register's column (fixture layout: Risks A-G, Financials A-G).
const newRisk = (field: string, header: string, column: string, newValue: CellChange["newValue"]): Expected => ({
  sheet: "Risks", kind: "risks", projectId: "P1", rowId: "R10", rowKey: "P1|R10", field, header, cell: NEW_ROW, column, oldValue: null, newValue,
});

const newMonth = (field: string, header: string, column: string, newValue: CellChange["newValue"]): Expected => ({
  sheet: "Financials", kind: "financials", projectId: "P1", rowId: "P1|2026-05|Opex", rowKey: "P1|2026-05|Opex", field, header, cell: NEW_ROW, column, oldValue: null, newValue,
});

/** Alice's changes, in the order they come: P1's project row (fields in register order), risks, financials, lastUpdated; then P2, P3. */
const ALICE_CHANGES: Expected[] = [
  projectCell("P1", "forecastFinish", "Forecast Finish", "E2", date("2026-06-30"), date("2026-07-31")),
  projectCell("P1", "percentComplete", "% Complete", "F2", num(0.4), num(0.6)),
  // R1 closed; R2 unchanged; R10 new, with every field it gives.
  { sheet: "Risks", kind: "risks", projectId: "P1", rowId: "R1", rowKey: "P1|R1", field: "status", header: "Status", cell: "E2", oldValue: text("Open"), newValue: text("Closed") },
  newRisk("id", "Risk ID", "A", text("R10")),
  newRisk("projectId", "Project ID", "B", text("P1")),
  newRisk("title", "Title", "C", text("Key engineer leaves")),
  newRisk("owner", "Owner", "D", text("Alice")),
  newRisk("status", "Status", "E", text("Open")),
  newRisk("probability", "Probability", "F", num(2)),
  newRisk("impact", "Impact", "G", num(4)),
  // March's forecast changed (its budget is the same); May is a new month.
  { sheet: "Financials", kind: "financials", projectId: "P1", rowId: "P1|2026-03|Opex", rowKey: "P1|2026-03|Opex", field: "forecast", header: "Forecast", cell: "F2", oldValue: num(100), newValue: num(120) },
  newMonth("projectId", "Project ID", "A", text("P1")),
  newMonth("period", "Month", "B", date("2026-05-01")),
  newMonth("costType", "Cost Type", "C", text("Opex")),
  newMonth("budget", "Budget", "D", num(100)),
  newMonth("forecast", "Forecast", "F", num(110)),
  projectCell("P1", "lastUpdated", "Last Updated", "G2", date("2026-02-28"), date("2026-03-28")),
  // P2: 45% is the register's 0.45 (no change); its name is a formula's text, carried as text.
  projectCell("P2", "name", "Project Name", "B3", text("Beta"), { kind: "text", value: HYPERLINK, formulaLike: true }),
  projectCell("P2", "lastUpdated", "Last Updated", "G3", date("2026-02-28"), date("2026-03-28")),
  // P3 is Bob's project: matched by id all the same.
  projectCell("P3", "percentComplete", "% Complete", "F4", num(0.2), num(0.3)),
  projectCell("P3", "lastUpdated", "Last Updated", "G4", date("2026-02-28"), date("2026-03-28")),
];

const withFile = (file: string) => (change: Expected): CellChange => ({ ...change, file });

describe("collectReturns on the March returns", () => {
  const result = collectReturns(register(), [aliceReturn(), bobReturn(), erinReturn()], { month: MARCH_2026 });

  it("applies Alice's P1, P2 and P3 (P3 is Bob's), with the cells each changes", () => {
    const applied: ProjectOutcome[] = [
      { projectId: "P1", file: "alice.xlsx", submittedBy: "Alice", received: "2026-03-28", applied: true, reasons: [], cellsChanged: 17 },
      { projectId: "P2", file: "alice.xlsx", submittedBy: "Alice", received: "2026-03-28", applied: true, reasons: [], cellsChanged: 2 },
      { projectId: "P3", file: "alice.xlsx", submittedBy: "Alice", received: "2026-03-28", applied: true, reasons: [], cellsChanged: 2 },
    ];
    expect(result.applied).toEqual(applied);
  });

  it("lists the changes cell by cell, old and new typed", () => {
    expect(result.changes).toEqual(ALICE_CHANGES.map(withFile("alice.xlsx")));
  });

  /** Bob's one error (its message is the governance check's own). */
  const bobsError = () => result.findings.find((item) => item.file === "bob.xlsx" && item.severity === "error")!;

  it("refuses an unknown project, a project with an error, and a project in two returns (in both)", () => {
    expect(result.refused).toEqual([
      {
        projectId: "P9", file: "alice.xlsx", submittedBy: "Alice", received: "2026-03-28", applied: false, cellsChanged: 0,
        reasons: [{ code: "unknown-project", message: "Project P9 is not in the register; a return cannot add a project (add it to the register first)." }],
      },
      {
        projectId: "P7", file: "bob.xlsx", submittedBy: "Bob", received: "2026-03-30", applied: false, cellsChanged: 0,
        reasons: [{ code: "errors", message: `The return has 1 error in project P7's rows (Risk Log!B2: ${bobsError().message.replace(/\.$/, "")}).` }],
      },
      {
        projectId: "P6", file: "bob.xlsx", submittedBy: "Bob", received: "2026-03-30", applied: false, cellsChanged: 0,
        reasons: [{ code: "conflict", message: "Project P6 is in 2 returns (bob.xlsx, erin.xlsx); none of them is applied for it until one return is left." }],
      },
      {
        projectId: "P6", file: "erin.xlsx", submittedBy: null, received: "2026-03-29", applied: false, cellsChanged: 0,
        reasons: [{ code: "conflict", message: "Project P6 is in 2 returns (bob.xlsx, erin.xlsx); none of them is applied for it until one return is left." }],
      },
    ]);
  });

  it("names the return's file and cell in each error finding", () => {
    const errors = result.findings.filter((item) => item.severity === "error").map(({ rule, file, sheet, cell, projectId }) => ({ rule, file, sheet, cell, projectId }));
    expect(errors).toEqual([
      { rule: "unknown-project", file: "alice.xlsx", sheet: "Projects", cell: "A5", projectId: "P9" },
      // Likelihood 7 on the Risk Log's row 2: column B; the row's project is P7.
      { rule: "invalid-value", file: "bob.xlsx", sheet: "Risk Log", cell: "B2", projectId: "P7" },
      { rule: "return-conflict", file: "bob.xlsx", sheet: "Project List", cell: "B5", projectId: "P6" },
      { rule: "return-conflict", file: "erin.xlsx", sheet: "Projects", cell: "A2", projectId: "P6" },
    ]);
    expect(result.findings.find((item) => item.rule === "invalid-value")!.message).toMatch(/^Likelihood: 7 is not 1-5/);
  });

  it("puts the active project that sent nothing on the chasing list with its manager (not the closed one)", () => {
    expect(result.missing).toEqual([{ projectId: "P4", name: "Delta", manager: "Carol" }]);
  });

  it("is JSON: it survives a round trip unchanged", () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(Object.keys(result)).toEqual(["month", "applied", "refused", "missing", "changes", "findings"]);
    expect(result.month).toBe("2026-03");
  });
});

describe("a return in the PM's own layout", () => {
  it("gives the same changes as the canonical layout", () => {
    const result = collectReturns(register(), [aliceOwnLayout()], { month: MARCH_2026 });
    expect(result.changes).toEqual(ALICE_CHANGES.map(withFile("alice own.xlsx")));
    expect(result.refused.map((outcome) => outcome.projectId)).toEqual(["P9"]);
    expect(result.findings.filter((item) => item.severity === "error").map(({ rule, sheet, cell }) => ({ rule, sheet, cell }))).toEqual([
      // P9 is on the Project List's row 8 (three title rows and a blank row above the header), in column B.
      { rule: "unknown-project", sheet: "Project List", cell: "B8" },
    ]);
  });
});
