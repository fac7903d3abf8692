/** PMO's own sheets are found as Excel names sheets: ignoring case, and nothing else (issue 11). */
import { findSheetName } from "../../src/workbook/locate";

describe("finding PMO Config by name", () => {
  it.each([
    [["Projects", "pmo config"], "pmo config"],
    [["Projects", "PMO CONFIG"], "PMO CONFIG"],
    // Excel holds these as other sheets: taking one for PMO Config would read (and rewrite) the wrong sheet.
    [["Projects", "PMO_Config"], undefined],
    [["Projects", "PMOConfig"], undefined],
    [["Projects", "PMO  Config"], undefined],
  ])("in %p it is %p", (sheetNames, found) => {
    expect(findSheetName({ sheetNames }, "PMO Config")).toBe(found);
  });
});
