/**
 * A combined RAID log on a sheet whose name says nothing (SPEC 2): found by its header row as the
 * risk register, then split by its Type column. Separate issue, assumption and dependency sheets
 * are found by name only, so a sheet that merely looks like one is not taken for it.
 */
import { parseMonth } from "../../src/engine/values";
import { loadPortfolio } from "../../src/workbook/load-portfolio";
import { memoryReader as readerOf, sheetOf as sheet } from "../helpers/memory-sheets";



const asOf = parseMonth("2026-11")!.last;
const projects = sheet("Projects", [["Project ID", "Project Name"], ["P-1", "Ledger"]]);

test("a RAID log on Sheet1 is found by content and split by Type", async () => {
  const log = sheet("Sheet1", [
    ["Ref", "Type", "Project", "Description", "Owner", "Status", "Priority", "Due Date"],
    ["R-1", "Risk", "P-1", "Supplier fails", "Ann", "Open", null, null],
    ["I-1", "Issue", "P-1", "Outage", null, "Open", "High", "2026-11-02"],
    ["D-1", "Dependency", "P-1", "API", "Bo", "Open", null, "2026-12-01"],
  ]);
  const loaded = await loadPortfolio(readerOf([projects, log]), { asOf });
  expect(loaded.sources).toEqual({ projects: "Projects", risks: "Sheet1" });
  expect(loaded.portfolio.risks.map((risk) => risk.id)).toEqual(["R-1"]);
  expect(loaded.portfolio.issues.map((issue) => issue.id)).toEqual(["I-1"]);
  expect(loaded.portfolio.dependencies.map((item) => item.id)).toEqual(["D-1"]);
  // I-1 is open, High and has no owner (E3); D-1 is not needed until after the as-of date.
  expect(loaded.findings.map((item) => `${item.sheet}!${item.cell} ${item.rule}`)).toEqual(["Sheet1!E3 issue-without-owner", "Milestones!A1 missing-sheet"]);
});

test("a sheet that only looks like an issue log is not read as one", async () => {
  const lookalike = sheet("Sheet2", [["Issue ID", "Project ID", "Issue Description", "Owner"], ["I-1", "P-1", "Outage", null]]);
  const loaded = await loadPortfolio(readerOf([projects, lookalike]), { asOf });
  expect(loaded.portfolio.layouts.issues).toBeUndefined();
  expect(loaded.portfolio.issues).toEqual([]);
});
