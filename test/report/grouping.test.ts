/** The roll-up groups a programme however its name is capitalised, under the spelling first seen. */
import { parseMonth } from "../../src/engine/values";
import { monthlySummary } from "../../src/layout/monthly-summary";
import { loadPortfolio } from "../../src/workbook/load-portfolio";
import { WorkbookContents } from "../../src/workbook/port";

test("DoH, DOH and 'doh ' are one group, DoH", async () => {
  const rows = [
    ["Project ID", "Project Name", "Programme", "BAC"],
    ["P-1", "A", "DoH", 100],
    ["P-2", "B", "DOH", 200],
    ["P-3", "C", "doh ", 300],
    ["P-4", "D", "Estates", 50],
  ];
  const contents: WorkbookContents = { sheetNames: ["Projects"], sheets: new Map([["Projects", { name: "Projects", rows, firstRow: 1, firstColumn: 1 }]]), dateSystem: 1900 };
  const loaded = await loadPortfolio({ read: async () => contents }, { asOf: parseMonth("2026-11")!.last });
  const { report } = monthlySummary(loaded, { month: "2026-11", now: "2026-12-01T00:00:00Z", mappingGiven: false });
  expect(report.json.rollup.map((row) => [row.group, row.projects, row.bac])).toEqual([
    ["DoH", 3, 600],
    ["Estates", 1, 50],
  ]);
  expect(report.json.projects.map((project) => project.group)).toEqual(["DoH", "DoH", "DoH", "Estates"]);
});
