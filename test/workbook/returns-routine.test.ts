/**
 * Collecting through a workbook port (the task pane's path, here the preview port on real .xlsx
 * bytes): the register read with its logs, a return read with its Return sheet, the changes
 * written as cell edits, a sheet the register lacks created, and text that looks like a formula
 * kept as text. Expected values are worked out by hand from the workbooks made below.
 */
import ExcelJS from "exceljs";
import { collectReturns } from "../../src/engine/returns";
import { monthFromText } from "../../src/engine/values";
import { createPreviewPort } from "../../src/workbook/preview";
import { collectionWrites, readRegisterForReturns, readReturnWorkbook } from "../../src/workbook/returns-routine";
import { WorkbookReader } from "../../src/workbook/port";
import { readXlsxPackage } from "../../src/workbook/xlsx/package/read-xlsx-package";

const PROJECT_HEADER = ["Project ID", "Project Name", "Project Manager", "Status", "% Complete", "Last Updated"];

async function xlsx(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A register of Projects only: no Risks sheet. */
const register = () =>
  xlsx((workbook) => {
    const projects = workbook.addWorksheet("Projects");
    projects.addRow(PROJECT_HEADER);
    projects.addRow(["P1", "Alpha", "Alice", "Active", 0.2, new Date("2026-10-30T00:00:00Z")]);
    projects.addRow(["P2", "Beta", "Bob", "Active", 0.7, new Date("2026-10-30T00:00:00Z")]);
    projects.getCell("E2").numFmt = "0%";
  });

/** Alice's return: P1 at 35 %, a new risk whose title starts with "=", submitted 3 Dec by Alice. */
const aliceReturn = () =>
  xlsx((workbook) => {
    const info = workbook.addWorksheet("Return");
    info.addRow(["Month", "2026-11"]);
    info.addRow(["Submitted", new Date("2026-12-03T00:00:00Z")]);
    info.addRow(["Submitted By", "Alice"]);
    const projects = workbook.addWorksheet("Projects");
    projects.addRow(PROJECT_HEADER);
    projects.addRow(["P1", "Alpha", "Alice", "Active", 0.35, null]);
    const risks = workbook.addWorksheet("Risks");
    risks.addRow(["Risk ID", "Project ID", "Title", "Owner", "Status", "Probability", "Impact"]);
    risks.addRow(["R1", "P1", "=SUM(A1:A9) in the supplier's invoice", "Alice", "Open", 2, 2]);
  });

const bytesReader = (bytes: Uint8Array, name: string): WorkbookReader => ({ read: async (wanted) => readXlsxPackage(bytes, wanted, name) });

describe("collecting through the preview port", () => {
  it("writes the changed cells, creates the Risks sheet the register lacks, and logs the collection", async () => {
    const port = createPreviewPort(await register(), "register.xlsx");
    const { register: sheets, rules, logs } = await readRegisterForReturns(port, "register.xlsx");
    expect(logs).toEqual({ returns: undefined, changes: undefined });
    const alice = await readReturnWorkbook(bytesReader(await aliceReturn(), "alice.xlsx"), "alice.xlsx", 20_000);
    // 2026-12-03 is day 20,790 since 1970-01-01 (56 years of 365 days + 14 leap days + 334 days to 1 Dec + 2).
    expect([alice.date, alice.submittedBy]).toEqual([20_790, "Alice"]);
    expect(alice.madeFor).toEqual({ month: "2026-11", sheet: "Return", cell: "B1" });
    const result = collectReturns(sheets, [alice], { month: monthFromText("2026-11")!, rules });
    expect(result.findings.map((item) => item.rule)).not.toContain("return-other-month");
    expect(result.applied.map((outcome) => [outcome.projectId, outcome.cellsChanged])).toEqual([["P1", 9]]);
    expect(result.missing).toEqual([{ projectId: "P2", name: "Beta", manager: "Bob" }]);

    const { edits, plans } = collectionWrites(result, logs);
    expect(edits).toEqual([{ sheet: "Projects", cells: [{ cell: "E2", value: { kind: "number", value: 0.35 } }, { cell: "F2", value: { kind: "date", value: "2026-12-03" } }], appendRows: [] }]);
    expect(plans.map((plan) => plan.name)).toEqual(["Risks", "PMO Returns", "PMO Changes"]);
    await port.writeCellEdits(edits, plans);

    const after = new ExcelJS.Workbook();
    await after.xlsx.load(port.bytes() as unknown as ArrayBuffer);
    expect(after.worksheets.map((sheet) => sheet.name)).toEqual(["Projects", "Risks", "PMO Returns", "PMO Changes"]);
    const projects = after.getWorksheet("Projects")!;
    expect([projects.getCell("E2").value, projects.getCell("E2").numFmt, projects.getCell("F2").value]).toEqual([0.35, "0%", new Date("2026-12-03T00:00:00Z")]);
    expect((projects.getRow(3).values as unknown[]).slice(1)).toEqual(["P2", "Beta", "Bob", "Active", 0.7, new Date("2026-10-30T00:00:00Z")]);
    const risks = after.getWorksheet("Risks")!;
    const header = (risks.getRow(1).values as unknown[]).slice(1) as string[];
    const risk = new Map(header.map((name, index) => [name, risks.getRow(2).getCell(index + 1)]));
    expect(risk.get("Risk ID")!.value).toBe("R1");
    expect(risk.get("Project ID")!.value).toBe("P1");
    // Written as the text it is, never as a formula.
    expect(risk.get("Title")!.value).toBe("=SUM(A1:A9) in the supplier's invoice");
    expect(risk.get("Title")!.formula).toBeUndefined();
    expect([risk.get("Owner")!.value, risk.get("Status")!.value, risk.get("Probability")!.value, risk.get("Impact")!.value]).toEqual(["Alice", "Open", 2, 2]);
    expect(after.getWorksheet("PMO Returns")!.getRow(2).values).toEqual([undefined, "2026-11", "P1", "alice.xlsx", "Alice", "2026-12-03", "Applied", 9]);

    // A second collection reads the logs back and adds below them.
    const again = await readRegisterForReturns(port, "register.xlsx");
    expect(again.logs.returns?.rows.length).toBe(2);
    expect(again.register.sheets.risks?.name).toBe("Risks");
  });

  it("warns of a return made for another month, naming its Return sheet's cell, and still applies it", async () => {
    const port = createPreviewPort(await register(), "register.xlsx");
    const { register: sheets, rules } = await readRegisterForReturns(port, "register.xlsx");
    const alice = await readReturnWorkbook(bytesReader(await aliceReturn(), "alice.xlsx"), "alice.xlsx", 20_000);
    const result = collectReturns(sheets, [alice], { month: monthFromText("2026-12")!, rules });
    expect(result.findings.filter((item) => item.rule === "return-other-month").map(({ severity, file, sheet, cell }) => ({ severity, file, sheet, cell }))).toEqual([
      { severity: "warning", file: "alice.xlsx", sheet: "Return", cell: "B1" },
    ]);
    expect(result.applied.map((outcome) => outcome.projectId)).toEqual(["P1"]);
  });
});
