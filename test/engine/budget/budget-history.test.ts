/** PMO History's Budget column (SPEC 6, 9): written beside the other dimensions, and history written before it still read. */
import { HISTORY_HEADER, historyCells, readHistory } from "../../../src/engine/history";
import { sheetOf } from "../../helpers/memory-sheets";

const OLD_HEADER = ["Month", "Project ID", "Project Name", "Group", "Overall", "Schedule", "Cost", "Risk", "SPI", "CPI", "BAC", "EAC", "Forecast Finish", "Open High/Critical Risks", "Captured At"];

describe("PMO History's Budget column", () => {
  it("sits after Risk", () => {
    expect(HISTORY_HEADER.slice(4, 10)).toEqual(["Overall", "Schedule", "Cost", "Risk", "Budget", "SPI"]);
  });

  it("reads history written before the column came, each figure from its own column", () => {
    const sheet = sheetOf("PMO History", [OLD_HEADER, ["2026-08", "P-1", "Ledger", "Alpha", "Amber", "Green", "Amber", "Grey", 1.01, 0.93, 500, 537.6, "2027-01-31", 2, "2026-09-01T09:00:00Z"]]);
    const { rows, problems } = readHistory(sheet);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { month: "2026-08", id: "P-1", name: "Ledger", group: "Alpha", overall: "Amber", schedule: "Green", cost: "Amber", risk: "Grey", budget: null, spi: 1.01, cpi: 0.93, bac: 500, eac: 537.6, forecastFinish: "2027-01-31", highRisks: 2, capturedAt: "2026-09-01T09:00:00Z" },
    ]);
  });

  it("writes and reads the budget status back", () => {
    const row = { month: "2026-09", id: "P-1", name: "Ledger", group: "Alpha", overall: "Red", schedule: "Green", cost: "Green", risk: "Grey", budget: "Red", spi: null, cpi: null, bac: 500, eac: 500, forecastFinish: null, highRisks: 0, capturedAt: "x" } as const;
    const cells = historyCells(row);
    expect(cells[8]).toBe("Red");
    const { rows } = readHistory(sheetOf("PMO History", [[...HISTORY_HEADER], cells]));
    expect(rows).toEqual([row]);
    // A month reported without a Financials sheet leaves the column blank.
    expect(historyCells({ ...row, budget: null })[8]).toBeNull();
  });
});
