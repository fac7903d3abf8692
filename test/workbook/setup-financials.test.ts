/** Setup's column mapping for a Financials sheet (SPEC 9): the wide layout needs no Month column. */
import { inspectColumns, unmappedRequired } from "../../src/workbook/setup-mapping";
import { FakePort } from "../taskpane/fake-port";

const sheet = (rows: unknown[][]) => new FakePort([{ name: "Phasing", rows, firstRow: 1, firstColumn: 1 }]);

describe("Setup's mapping of a Financials sheet", () => {
  it("asks for the Month column of a long sheet", async () => {
    const columns = await inspectColumns(sheet([["Project ID", "When", "Budget"], ["P-1", "2026-04", 1]]), "financials");
    expect(columns.sheetName).toBe("Phasing");
    expect(unmappedRequired(columns, columns.matched)).toEqual(["Month"]);
    expect(unmappedRequired(columns, new Map(columns.matched).set("period", "When"))).toEqual([]);
  });

  it("needs no Month column when a Measure column is chosen: the months are the headers", async () => {
    const columns = await inspectColumns(sheet([["Project ID", "Measure", "Apr-26", "May-26"], ["P-1", "Budget", 1, 2]]), "financials");
    expect(unmappedRequired(columns, columns.matched)).toEqual([]);
    const withoutMeasure = new Map(columns.matched);
    withoutMeasure.delete("measure");
    expect(unmappedRequired(columns, withoutMeasure)).toEqual(["Month"]);
  });
});
