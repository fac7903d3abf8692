/**
 * Returns made from a register in a PM's own layout (title row, other headers, money in £k, %
 * as whole numbers, G/A/R words, a repeated id, closed and unmanaged projects) come out in the
 * governed layout, and collect back into that register with no change and no refusal.
 */
import path from "node:path";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { collectReturns, governedSheets, GovernedWorkbook, NO_MANAGER, planReturns, readReturnSheet, returnFileName } from "../../src/engine/returns";
import { workbookRows } from "../../src/engine/returns/workbook-rows";
import { CREATED_FIELDS } from "../../src/engine/schema/fields";
import { dayFromParts, monthNumber, serialFromDay } from "../../src/engine/values";
import { writeReturnWorkbook } from "../../src/workbook/xlsx/return-workbook";
import { xlsxFileReader } from "../../src/workbook/xlsx/xlsx-reader";

const serial = (iso: string) => serialFromDay(dayFromParts(...(iso.split("-").map(Number) as [number, number, number]))!);
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const sheet = (name: string, rows: unknown[][]) => ({ name, rows, firstRow: 1, firstColumn: 1 });

function ownLayoutRegister(): GovernedWorkbook {
  return {
    file: "Register.xlsx",
    dateSystem: 1900,
    sheets: governedSheets([
      sheet("Projects", [
        ["Portfolio register, November 2026"],
        [],
        ["Proj ID", "Project Title", "PM", "Status", "Budget (£k)", "% Done", "Start Date", "End Date", "Override", "Override Reason", "Last Update"],
        ["P1", "Alpha", "Alice Brown", "Active", 100, 45, serial("2026-01-05"), serial("2027-03-31"), "G", "Sponsor's call", serial("2026-10-30")],
        ["p2", "Beta", " alice brown ", "", 50, "30%", serial("2026-02-01"), serial("2026-12-31"), null, null, serial("2026-10-30")],
        ["P3", "Gamma", "Bob", "Closed", 10, 100, serial("2025-01-01"), serial("2025-12-31"), null, null, serial("2026-01-10")],
        ["P4", "Delta", null, "On Hold", 20, 0.1, serial("2026-03-01"), serial("2027-01-31"), null, null, serial("2026-10-30")],
        ["P1", "Alpha (again)", "Zed", "Active", 1, 1, null, null, null, null, null],
      ]),
      sheet("Risks", [
        ["Risk Ref", "Project", "Risk Title", "Likelihood", "Impact", "Owner", "Status", "Mitigation"],
        ["R1", "P1", "Supplier late", 4, 3, "Ann", "Open", "Second supplier"],
        ["R2", "P2", "Scope creep", "High", "Medium", "Ben", "Mitigating", "Change board"],
        ["R3", "P3", "Closed project's risk", 2, 2, "Cy", "Closed"],
        ["R4", "PX", "Unknown project's risk", 2, 2, "Di", "Open"],
      ]),
      sheet("Milestones", [
        ["MS Ref", "Project", "Milestone Name", "Baseline", "Forecast", "Completed", "Key Milestone"],
        ["M1", "P1", "Design", serial("2026-06-30"), serial("2026-07-15"), serial("2026-07-10"), "Yes"],
        ["M2", "P4", "Pilot", serial("2027-01-15"), null, null, "No"],
      ]),
      sheet("Financials", [
        ["Project", "Period", "Capex/Opex", "Budget (£k)", "Actuals", "Forecast", "Comments"],
        ["P1", "2026-10", "Capex", 10, 5000, 9000, "on plan"],
        ["P1", "2026-11", "", 2, 1000, 2000, null],
        ["P2", serial("2026-11-01"), "Opex", 4, 3000, 4000, null],
      ]),
    ]),
  };
}

describe("returns of a register in its own layout", () => {
  const register = ownLayoutRegister();
  const planned = planReturns(workbookRows(register), "manager");

  it("groups the active projects by manager (case and spaces aside), the first spelling naming the return", () => {
    expect(planned.map((item) => [item.for, item.projectIds])).toEqual([["Alice Brown", ["P1", "p2"]], [NO_MANAGER, ["P4"]]]);
    expect(planReturns(workbookRows(register), "project").map((item) => item.for)).toEqual(["P1", "p2", "P4"]);
    expect(planned.map((item) => returnFileName("2026-11", item.for))).toEqual(["Return 2026-11 - Alice Brown.xlsx", "Return 2026-11 - No manager.xlsx"]);
    expect(returnFileName("2026-11", 'A/B: "C"?. ')).toBe("Return 2026-11 - A-B- -C--.xlsx");
  });

  it("writes the canonical layout with the register's values as the engine reads them", () => {
    const [alice, unmanaged] = planned;
    const projectRow = (row: unknown[]) => Object.fromEntries(CREATED_FIELDS.projects.map((spec, index) => [spec.field, row[index]]));
    // The first P1 row only; £k made pounds; 45 and 30% as fractions; G as Green; dates as dates.
    expect(alice.tables.projects).toHaveLength(2);
    expect(projectRow(alice.tables.projects![0])).toMatchObject({ id: "P1", name: "Alpha", manager: "Alice Brown", status: "Active", bac: 100_000, percentComplete: 0.45, ragOverride: "Green", start: utc("2026-01-05"), lastUpdated: utc("2026-10-30") });
    expect(projectRow(alice.tables.projects![1])).toMatchObject({ id: "p2", status: null, bac: 50_000, percentComplete: 0.3 });
    expect(alice.tables.risks!.map((row) => row.slice(0, 3))).toEqual([["R1", "P1", "Supplier late"], ["R2", "P2", "Scope creep"]]);
    expect(alice.tables.milestones).toEqual([["M1", "P1", "Design", utc("2026-06-30"), utc("2026-07-15"), utc("2026-07-10"), "Yes"]]);
    expect(alice.tables.financials).toEqual([
      ["P1", utc("2026-10-01"), "Capex", 10_000, 5000, 9000, "on plan"],
      ["P1", utc("2026-11-01"), "Opex", 2000, 1000, 2000, null],
      ["P2", utc("2026-11-01"), "Opex", 4000, 3000, 4000, null],
    ]);
    expect(unmanaged.tables.milestones).toEqual([["M2", "P4", "Pilot", utc("2027-01-15"), null, null, "No"]]);
    expect(unmanaged.tables.risks).toEqual([]);
  });

  it("collects back unchanged into the register: no change but lastUpdated, nothing refused, nothing missing", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "pmo-return-"));
    const returns = [];
    for (const item of planned) {
      const file = path.join(folder, returnFileName("2026-11", item.for));
      await writeReturnWorkbook(file, item, { month: "2026-11", for: item.for, projectIds: item.projectIds, due: "2026-12-07" });
      const contents = await xlsxFileReader(file).read(() => true);
      const sheets = contents.sheetNames.map((name) => contents.sheets.get(name)!);
      // The month it was made for (its first row); Submitted and Submitted By are left for the PM.
      expect(readReturnSheet(contents.sheets.get("Return")!.rows)).toEqual({ month: { month: "2026-11", row: 0 } });
      returns.push({ file: path.basename(file), sheets: governedSheets(sheets), dateSystem: contents.dateSystem, date: dayFromParts(2026, 12, 3)! });
    }
    const result = collectReturns(register, returns, { month: monthNumber(2026, 11) });
    expect(result.findings.filter((item) => item.severity === "error")).toEqual([]);
    expect(result.refused).toEqual([]);
    expect(result.changes.filter((change) => change.field !== "lastUpdated")).toEqual([]);
    expect(result.applied.map((outcome) => outcome.projectId)).toEqual(["P1", "p2", "P4"]);
    expect(result.missing).toEqual([]);
  });

  it("turns a wide Financials register (a column per month) into rows, and collects them back unchanged", async () => {
    const wide = ownLayoutRegister();
    wide.sheets.financials = sheet("Financials", [
      ["Project ID", "Cost Type", "Measure", "Oct 2026", "Nov 2026"],
      ["P1", "Opex", "Budget", 100, 120],
      ["P1", "Opex", "Actual", 90, null],
      ["P4", "Capex", "Forecast", 50, 60],
    ]);
    const returns = planReturns(workbookRows(wide), "project");
    expect(returns.map((item) => item.tables.financials)).toEqual([
      [["P1", utc("2026-10-01"), "Opex", 100, 90, null, null], ["P1", utc("2026-11-01"), "Opex", 120, null, null, null]],
      [],
      [["P4", utc("2026-10-01"), "Capex", null, null, 50, null], ["P4", utc("2026-11-01"), "Capex", null, null, 60, null]],
    ]);
    const folder = mkdtempSync(path.join(tmpdir(), "pmo-return-"));
    const inputs = [];
    for (const item of returns) {
      const file = path.join(folder, returnFileName("2026-11", item.for));
      await writeReturnWorkbook(file, item, { month: "2026-11", for: item.for, projectIds: item.projectIds, due: "2026-12-07" });
      const contents = await xlsxFileReader(file).read(() => true);
      inputs.push({ file: path.basename(file), sheets: governedSheets(contents.sheetNames.map((name) => contents.sheets.get(name)!)), dateSystem: contents.dateSystem, date: dayFromParts(2026, 12, 3)! });
    }
    const result = collectReturns(wide, inputs, { month: monthNumber(2026, 11) });
    expect(result.refused).toEqual([]);
    expect(result.changes.filter((change) => change.field !== "lastUpdated")).toEqual([]);
  });

  it("reads what the PM filled in on the Return sheet", () => {
    expect(readReturnSheet([["Submitted", serial("2026-12-03")], ["submitted by", " Alice Brown "], ["Due", serial("2026-12-07")]])).toEqual({ submitted: dayFromParts(2026, 12, 3), submittedBy: "Alice Brown" });
  });
});
