/**
 * `PMO Returns` and `PMO Changes` (SPEC 10) as sheet plans: a collection's rows added below the
 * earlier ones, outcomes coloured, a formula's text from a return kept as text.
 */
import { isPmoSheetName } from "../../src/engine/schema/fields";
import { ReturnsResult } from "../../src/engine/returns/returns-types";
import { returnsLogPlans } from "../../src/layout/returns-log-plans";
import { SheetPlan } from "../../src/layout/sheet-plan";

const RESULT: ReturnsResult = {
  month: "2026-11",
  applied: [{ projectId: "PRJ-001", file: "Alice.xlsx", submittedBy: "Alice Brown", received: "2026-11-27", applied: true, reasons: [], cellsChanged: 2 }],
  refused: [{ projectId: "PRJ-404", file: "Alice.xlsx", submittedBy: "Alice Brown", received: "2026-11-27", applied: false, reasons: [{ code: "unknown-project", message: "PRJ-404 is not on the register." }], cellsChanged: 0 }],
  missing: [],
  changes: [
    { sheet: "Projects", kind: "projects", projectId: "PRJ-001", rowId: "PRJ-001", rowKey: "PRJ-001", field: "percentComplete", header: "% Complete", cell: "L2", oldValue: { kind: "number", value: 40 }, newValue: { kind: "number", value: 45 }, file: "Alice.xlsx" },
    { sheet: "Risks", kind: "risks", projectId: "PRJ-001", rowId: "RSK-9", rowKey: "PRJ-001|RSK-9", field: "title", header: "Title", cell: "new row", oldValue: null, newValue: { kind: "text", value: '=HYPERLINK("x")', formulaLike: true }, file: "Alice.xlsx" },
  ],
  findings: [],
};

const values = (plan: SheetPlan) => plan.rows.map((row) => row.map((cell) => cell.value));

test("a collection's rows go below the earlier ones, under the log's header", () => {
  const earlier = { name: "PMO Returns", rows: [["Month", "Project ID", "File", "Submitted By", "Received", "Outcome", "Cells Changed"], ["2026-10", "PRJ-001", "Alice Oct.xlsx", "Alice Brown", "2026-10-29", "Applied", 3]], firstRow: 1, firstColumn: 1 };
  const [returns, changes] = returnsLogPlans(RESULT, { returns: earlier });
  expect(returns.name).toBe("PMO Returns");
  expect(values(returns)).toEqual([
    ["Month", "Project ID", "File", "Submitted By", "Received", "Outcome", "Cells Changed"],
    ["2026-10", "PRJ-001", "Alice Oct.xlsx", "Alice Brown", "2026-10-29", "Applied", 3],
    ["2026-11", "PRJ-001", "Alice.xlsx", "Alice Brown", "2026-11-27", "Applied", 2],
    ["2026-11", "PRJ-404", "Alice.xlsx", "Alice Brown", "2026-11-27", "Refused: PRJ-404 is not on the register.", 0],
  ]);
  expect(returns.rows[3][5].style).toBe("statusRed");
  expect(returns.rows[2][5].style).toBe("statusGreen");
  expect(values(changes)).toEqual([
    ["Month", "Sheet", "Row ID", "Field", "Old Value", "New Value", "File"],
    ["2026-11", "Projects", "PRJ-001", "% Complete", "40", "45", "Alice.xlsx"],
    ["2026-11", "Risks", "RSK-9", "Title", "", '=HYPERLINK("x")', "Alice.xlsx"],
  ]);
  // The return's text is a string cell in a text-formatted column: never a formula.
  expect(changes.rows[2][5].style).toBe("text");
});

test("the logs are PMO sheets, never read as registers", () => {
  expect(isPmoSheetName("PMO Returns")).toBe(true);
  expect(isPmoSheetName("pmo  changes")).toBe(true);
  expect(isPmoSheetName("Returns")).toBe(false);
});
