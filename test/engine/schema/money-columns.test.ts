/**
 * Money in thousands or millions when the header says so (SPEC 2): the scale comes from the
 * column's header, once, and applies to each of its values; text with its own unit keeps it.
 */
import { PROJECT_FIELDS, RISK_FIELDS } from "../../../src/engine/schema/fields";
import { readTable } from "../../../src/engine/schema/read-table";
import { SheetData } from "../../../src/engine/sheet";
import { parseNumberInUnits } from "../../../src/engine/values";

const sheet = (name: string, rows: unknown[][]): SheetData => ({ name, rows, firstRow: 1, firstColumn: 1 });
const noMapping = new Map<string, string>();

describe("money columns whose header gives the unit", () => {
  it("reads a budget in £m and actuals in kEUR as whole amounts", () => {
    const read = readTable(
      sheet("Projects", [
        ["Project ID", "Project Name", "Budget (£m)", "Spent_kEUR"],
        ["P-1", "Depot", 1.5, 250],
        ["P-2", "Portal", "2.25", "1,200"],
      ]),
      PROJECT_FIELDS,
      noMapping,
      1900,
    );
    expect(read.findings).toEqual([]);
    expect(read.records.map((record) => [record.values.bac, record.values.ac])).toEqual([
      [1_500_000, 250_000],
      [2_250_000, 1_200_000],
    ]);
  });

  it("takes text that writes its own unit at its word, not multiplied again", () => {
    const read = readTable(
      sheet("Projects", [
        ["Project ID", "Project Name", "Budget (£m)", "Actual Cost ($000)"],
        ["P-1", "Depot", "£750k", "1.2m"],
      ]),
      PROJECT_FIELDS,
      noMapping,
      1900,
    );
    expect(read.records[0].values.bac).toBe(750_000);
    expect(read.records[0].values.ac).toBe(1_200_000);
  });

  it("scales a risk's cost impact in thousands, credits too", () => {
    const read = readTable(
      sheet("Risks", [
        ["Risk ID", "Project ID", "Impact (£k)", "Impact"],
        ["R-1", "P-1", 40, 3],
        ["R-2", "P-1", "(15)", 2],
      ]),
      RISK_FIELDS,
      noMapping,
      1900,
    );
    expect(read.records.map((record) => [record.values.costImpact, record.values.impact])).toEqual([
      [40_000, 3],
      [-15_000, 2],
    ]);
  });

  it("scales a column the user mapped, by what its header says", () => {
    const read = readTable(sheet("Projects", [["Code", "Project Name", "Envelope £m"], ["P-1", "Depot", 3]]), PROJECT_FIELDS, new Map([["id", "Code"], ["bac", "Envelope £m"]]), 1900);
    expect(read.records[0].values.bac).toBe(3_000_000);
  });

  it("leaves an unscaled column as it is", () => {
    const read = readTable(sheet("Projects", [["Project ID", "Project Name", "Budget (£)"], ["P-1", "Depot", 1234.5]]), PROJECT_FIELDS, noMapping, 1900);
    expect(read.records[0].values.bac).toBe(1234.5);
  });
});

describe("numbers in a unit", () => {
  it.each([
    [1.15, 1e6, 1_150_000],
    [1.005, 1e3, 1005],
    [0.1, 1e6, 100_000],
    ["4.35", 1e6, 4_350_000],
    ["£2bn", 1e6, 2e9],
    ["-3k", 1e6, -3000],
  ])("%p at %p is %p exactly", (value, scale, expected) => {
    expect(parseNumberInUnits(value, scale)).toEqual({ ok: true, value: expected });
  });
});
