/**
 * Registers on sheets whose names say nothing (SPEC 2, "Finding the sheets"): found by their
 * header rows, each sheet for the kind it fits best, never a sheet pmo writes; and when nothing
 * fits, a message that lists the sheets and the PMO Config row that fixes it.
 */
import { parseMonth } from "../../src/engine/values";
import { parseMappingFlags } from "../../src/cli/mapping";
import { loadPortfolio } from "../../src/workbook/load-portfolio";
import { memoryReader as readerOf, sheetOf as sheet } from "../helpers/memory-sheets";



const asOf = parseMonth("2026-11")!.last;

const projects = sheet("Sheet1", [
  ["Portfolio export 2026-11"],
  [],
  ["Project ID", "Project Name", "Programme", "Budget", "Status"],
  ["P-1", "Ledger", "Finance", 1000, "Active"],
  ["P-2", "Depot", "Estates", 2000, "Active"],
]);
// A risk register also has a Project ID and a title: it must be read as risks, not as projects.
const risks = sheet("Dashboard Overview", [
  ["Risk ID", "Project ID", "Title", "Probability", "Impact", "Owner", "Status"],
  ["R-1", "P-1", "Vendor late", 4, 4, "A. Khan", "Open"],
]);
const notes = sheet("Notes", [["Anything the PMO keeps"]]);

test("finds the registers by their header rows and says so", async () => {
  const loaded = await loadPortfolio(readerOf([notes, risks, projects]), { asOf });
  expect(loaded.sources).toEqual({ projects: "Sheet1", risks: "Dashboard Overview" });
  expect(loaded.foundByContent).toEqual({
    projects: { sheet: "Sheet1", fields: 5, headerRow: 3 },
    risks: { sheet: "Dashboard Overview", fields: 7, headerRow: 1 },
  });
  expect(loaded.portfolio.projects.map((project) => project.id)).toEqual(["P-1", "P-2"]);
  expect(loaded.portfolio.risks.map((risk) => risk.id)).toEqual(["R-1"]);
});

test("a register found by its name is not looked for again", async () => {
  const named = sheet("Projects", projects.rows);
  const loaded = await loadPortfolio(readerOf([named, risks]), { asOf });
  expect(loaded.sources).toEqual({ projects: "Projects", risks: "Dashboard Overview" });
  expect(Object.keys(loaded.foundByContent)).toEqual(["risks"]);
});

test("never takes a sheet pmo writes for a register", async () => {
  const history = sheet("PMO History", [["Month", "Project ID", "Project Name", "Overall"], ["2026-10", "P-1", "Ledger", "Green"]]);
  await expect(loadPortfolio(readerOf([history, notes]), { asOf })).rejects.toThrow(
    `No "Projects" sheet, and no other sheet has a header row with a Project ID and a Project Name (the sheets are "Notes"); name the register's sheet "Projects", or add the row sheet.projects | Notes to PMO Config`,
  );
});

test("a --map header that the register does not have is an error naming the headers it has", async () => {
  const named = sheet("Projects", projects.rows);
  await expect(loadPortfolio(readerOf([named]), { asOf, mapping: parseMappingFlags(["bac=Budget kEUR"]) })).rejects.toThrow(
    `--map projects.bac="Budget kEUR": sheet "Projects" has no such header in its header row (row 3); its headers are "Project ID", "Project Name", "Programme", "Budget", "Status"`,
  );
  // The header as written, or its first line when a note follows on a second line, is accepted.
  const twoLine = sheet("Projects", [["Project ID", "Project Name", "Cost\n(approved, £)"], ["P-1", "Ledger", 500]]);
  for (const header of ["Cost\n(approved, £)", "Cost"]) {
    const loaded = await loadPortfolio(readerOf([twoLine]), { asOf, mapping: parseMappingFlags([`bac=${header}`]) });
    expect(loaded.portfolio.projects[0].bac).toBe(500);
  }
});
