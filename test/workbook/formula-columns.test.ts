import { addRiskFormulaColumns } from "../../src/workbook/formula-columns";
import { FakePort } from "../taskpane/fake-port";

describe("risk formula columns", () => {
  it("puts score, rating and exposure beside the register, referring to its own columns", async () => {
    // Title in row 1, header in row 2 from column B: B Ref, C Likelihood, D Severity, E Type, F Cost, G Owner.
    const port = new FakePort([
      {
        name: "RAID Log",
        firstRow: 1,
        firstColumn: 2,
        rows: [
          ["Risk log"],
          ["Ref", "Project", "Likelihood", "Severity", "Type", "Cost if Occurs", "Owner"],
          ["R-1", "P-1", "High", 4, "Threat", 1000, "Ann"],
          ["R-2", "P-1", 2, "L", "Opportunity", 500, "Ben"],
          [],
        ],
      },
    ]);
    const { sheet, columns } = await addRiskFormulaColumns(port);
    expect(sheet).toBe("RAID Log");
    // The register spans B..H (7 columns from B), so the new columns start at I (9).
    expect(columns).toEqual({
      headerRow: 2,
      lastRow: 4,
      firstColumn: 9,
      columns: [
        // Likelihood is column D (4), Severity E (5): from I (9) that is 5 and 4 to the left.
        { header: "PMO Score", formulaR1C1: "=PMO.RISKSCORE(RC[-5],RC[-4])" },
        { header: "PMO Rating", formulaR1C1: "=PMO.RISKRATING(RC[-1])" },
        // From K (11): Likelihood D is 7 to the left, Cost G 4, Type F 5.
        { header: "PMO Exposure", formulaR1C1: "=PMO.RISKEXPOSURE(RC[-7],RC[-4],RC[-5])" },
      ],
    });
    expect(port.formulaColumns).toEqual([{ sheet: "RAID Log", columns }]);
  });

  it("refuses a register without an impact column, and a second run", async () => {
    const noImpact = new FakePort([{ name: "Risks", firstRow: 1, firstColumn: 1, rows: [["Risk ID", "Project ID", "Probability"], ["R-1", "P-1", 3]] }]);
    await expect(addRiskFormulaColumns(noImpact)).rejects.toThrow('Sheet "Risks" has no impact column: map it above first');
    const done = new FakePort([{ name: "Risks", firstRow: 1, firstColumn: 1, rows: [["Risk ID", "Project ID", "Probability", "Impact", "PMO Score"], ["R-1", "P-1", 3, 3, 9]] }]);
    await expect(addRiskFormulaColumns(done)).rejects.toThrow("already has the PMO formula columns");
    expect(done.formulaColumns).toEqual([]);
  });
});
