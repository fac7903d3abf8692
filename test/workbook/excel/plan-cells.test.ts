/** What the Office adapter writes for each plan cell (issue 11): numbers never get the Text format. */
import { officeCell } from "../../../src/workbook/excel/plan-cells";

describe("a cell's value and number format as Office.js writes them", () => {
  it("gives a status count (a number styled like its status word) no Text format", () => {
    // statusRed carries "@" for the word "Red"; the count 3 in the key figures has the same style.
    // In an "@" cell Excel would keep 3 as the text "3", and the status-mix chart would show nothing.
    expect(officeCell({ value: 3, style: "statusRed" }, 1900)).toEqual({ value: 3, format: null });
    expect(officeCell({ value: true, style: "statusGreen" }, 1900)).toEqual({ value: true, format: null });
  });

  it("still writes text with the Text format, and numbers with their style's format", () => {
    expect(officeCell({ value: "Red", style: "statusRed" }, 1900)).toEqual({ value: "Red", format: "@" });
    expect(officeCell({ value: 1200, style: "money" }, 1900)).toEqual({ value: 1200, format: "#,##0;[Red]-#,##0" });
  });
});
