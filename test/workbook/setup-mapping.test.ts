import { PmoInputError } from "../../src/engine/errors";
import { inspectColumns, saveMapping } from "../../src/workbook/setup-mapping";
import { FakePort, samplePort } from "../taskpane/fake-port";

describe("Setup's column mapping", () => {
  it("refuses to save a mapping that leaves a required field without a column of the sheet, naming it", async () => {
    const port = samplePort();
    const columns = await inspectColumns(port, "risks");
    expect(columns.sheetName).toBe("Risks");
    const choice = new Map(columns.matched);
    choice.delete("projectId");
    const saving = saveMapping(port, columns, choice);
    await expect(saving).rejects.toBeInstanceOf(PmoInputError);
    await expect(saving).rejects.toThrow('Sheet "Risks": choose the column that holds Project ID before saving; without it the Risks register cannot be read.');
    // A header of another sheet is not a column of this one.
    await expect(saveMapping(port, columns, new Map(choice).set("projectId", "Project Name"))).rejects.toThrow(/choose the column that holds Project ID/);
    expect(port.written).toEqual([]);
  });

  it("finds a register whose sheet name says nothing by its header row, as the reader does", async () => {
    const port = new FakePort([{ name: "Sheet1", rows: [["Portfolio 2026"], [], ["Project ID", "Project Name", "Budget (BAC)"], ["P-1", "Portal", 100]], firstRow: 1, firstColumn: 1 }]);
    const columns = await inspectColumns(port, "projects");
    expect(columns.sheetName).toBe("Sheet1");
    expect(columns.headers).toEqual(["Project ID", "Project Name", "Budget (BAC)"]);
    expect([...columns.matched.keys()]).toEqual(expect.arrayContaining(["id", "name", "bac"]));
  });
});
