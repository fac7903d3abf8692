/**
 * @jest-environment jsdom
 */
/** goToCell, activateSheet and the formula columns through the real client on the simulated host. */
import { createExcelPort } from "../../src/workbook/excel";
import { PAYLOAD_LIMIT_BYTES } from "./executor";
import { SimulatedExcel } from "./host";

let host: SimulatedExcel;
afterEach(() => host.uninstall());

describe("navigation on the simulated host", () => {
  it("goToCell activates the named sheet and selects the cell, in one sync", async () => {
    host = new SimulatedExcel().install();
    host.addSheet("Projects");
    const risks = host.addSheet("Risks");
    await createExcelPort().goToCell("Risks", "D12");
    expect(host.model.activeSheetId).toBe(risks.id);
    expect(host.model.selection).toEqual({ sheetId: risks.id, address: "D12" });
    expect(host.contextSyncs).toHaveLength(1);
  });

  it("activateSheet shows the sheet; a missing sheet is an error, not a silent no-op", async () => {
    host = new SimulatedExcel().install();
    host.addSheet("Projects");
    const summary = host.addSheet("PMO Summary 2026-11");
    await createExcelPort().activateSheet("PMO Summary 2026-11");
    expect(host.model.activeSheetId).toBe(summary.id);
    await expect(createExcelPort().activateSheet("Nope")).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("formula columns on the simulated host", () => {
  it("writes the headers as text and the R1C1 formulas on every row, in blocks of 20,000 rows", async () => {
    host = new SimulatedExcel().install();
    host.addSheet("Risks", [["Risk ID", "Probability", "Impact"]]);
    const columns = { headerRow: 1, lastRow: 45_001, firstColumn: 4, columns: [{ header: "PMO Score", formulaR1C1: "=PMO.RISKSCORE(RC[-2],RC[-1])" }] };
    await createExcelPort().writeFormulaColumns("Risks", columns);
    const sheet = host.sheet("Risks");
    expect(sheet.cell(0, 3)).toMatchObject({ value: "PMO Score", numberFormat: "@" });
    expect(sheet.cell(1, 3)?.formula).toBe("=PMO.RISKSCORE(RC[-2],RC[-1])");
    expect(sheet.cell(45_000, 3)?.formula).toBe("=PMO.RISKSCORE(RC[-2],RC[-1])");
    expect(sheet.cell(45_001, 3)).toBeUndefined();
    // One sync reads the sheet's protection; then 45,000 rows in three blocks (20,000 + 20,000 +
    // 5,000), so no request carries them all.
    expect(host.contextSyncs).toHaveLength(4);
    expect(Math.max(...host.syncs.map((sync) => sync.requestBytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });
});
