/**
 * Two RAID workbooks for the tests, built here so that every expected count can be worked out by
 * hand from the rows below (month 2026-11, as-of date 2026-11-30):
 * - separate Issue Log, Dependency Log and Assumptions sheets beside a Projects sheet;
 * - one combined "Raid Log" sheet whose Type column says which register each row belongs to.
 * Dates are ISO text, as a CSV-born register holds them. P-3 is Closed: its items are left out of
 * the counts (they cover active projects, as the risk figures do) but not out of governance.
 */
import ExcelJS from "exceljs";
import { SheetData } from "../../src/engine/sheet";

export const RAID_MONTH = "2026-11";

function sheet(name: string, rows: unknown[][]): SheetData {
  return { name, rows, firstRow: 1, firstColumn: 1 };
}

const projects = sheet("Projects", [
  ["Project ID", "Project Name", "Status"],
  ["P-1", "Ledger", "Active"],
  ["P-2", "Depot", "Active"],
  ["P-3", "Archive", "Closed"],
]);

/**
 * Issues, columns A-K; the header on row 2 under a title row.
 * Open (not Resolved or Closed) on active projects: I-1, I-2, I-4, I-6 = 4 (I-3 Resolved, I-7
 * Closed, I-5 on the Closed P-3).
 * Overdue (open, due before 2026-11-30): I-1 (11-15), I-4 (11-29) = 2; I-6 is due on the as-of
 * date itself, I-2 on 12-10.
 * High (open, High or Critical): I-1 High, I-2 Critical, I-6 priority 4 (High on the 1-5 scale) = 3.
 * issue-without-owner: I-2 (Critical, G4) and I-5 (High, G7; its project is closed but the
 * register still has to be governed) = 2; I-7 is P1 without an owner but Closed.
 */
const issueLog = sheet("Issue Log", [
  ["Issue Log FY26"],
  ["Issue ID", "Project ID", "Issue Description", "Raised By", "Date Raised", "Priority", "Owner", "Status", "Due Date", "Resolution", "Resolution Date"],
  ["I-1", "P-1", "Data feed fails nightly", "Ann", "2026-10-01", "High", "Bob", "Open", "2026-11-15", "Vendor fix", null],
  ["I-2", "P-1", "Licence renewal stuck", "Ann", "2026-10-05", "Critical", null, "In Progress", "2026-12-10", null, null],
  ["I-3", "P-2", "Test environment down", "Cy", "2026-09-01", "Low", "Dee", "Resolved", "2026-10-01", "Rebuilt", "2026-09-20"],
  ["I-4", "P-2", "Vendor slow to answer", "Cy", "2026-10-20", "Medium", "Eve", "Open", "2026-11-29", null, null],
  ["I-5", "P-3", "Archive not signed off", "Cy", "2026-01-01", "High", null, "Open", "2026-01-31", null, null],
  ["I-6", "P-2", "Due on the as-of date", "Fay", "2026-11-01", 4, "Fay", null, "2026-11-30", null, null],
  ["I-7", "P-1", "Old outage", "Ann", "2026-08-01", "P1", null, "Closed", "2026-08-02", "Fixed", "2026-08-02"],
]);

/**
 * Dependencies, columns A-G.
 * Open on active projects: D-1, D-3, D-5 = 3 (D-2 Delivered, D-4 on the Closed P-3).
 * Late (open, needed by a date before 2026-11-30): D-1 (11-20) = 1; D-3 is needed in 2027, D-5
 * has no date.
 * dependency-late: D-1 (G2) and D-4 (G5, on P-3, needed 2026-06-01) = 2 warnings.
 */
const dependencyLog = sheet("Dependency Log", [
  ["Dependency ID", "Project ID", "Description", "Dependency On", "Owner", "Status", "Needed By"],
  ["D-1", "P-1", "Payments API", "Platform team", "Gus", "Open", "2026-11-20"],
  ["D-2", "P-1", "Server hardware", "Supplier", "Gus", "Delivered", "2026-10-01"],
  ["D-3", "P-2", "Legal sign-off", "Legal", "Hal", "In Progress", "2027-01-15"],
  ["D-4", "P-3", "Records transfer", "Archive team", "Ivy", "Open", "2026-06-01"],
  ["D-5", "P-2", "Network change", "Ops", "Hal", "Blocked", null],
]);

/**
 * Assumptions, columns A-F. Open on active projects: A-1, A-3 = 2 (A-2 Confirmed; A-4's P-9 is
 * no project: unknown-project at B5, and not counted).
 */
const assumptions = sheet("Assumptions", [
  ["Assumption ID", "Project ID", "Assumption", "Owner", "Status", "Validate By"],
  ["A-1", "P-1", "Funding holds for FY27", "Jo", "Open", "2027-03-31"],
  ["A-2", "P-2", "Depot lease renewed", "Jo", "Confirmed", "2026-10-01"],
  ["A-3", "P-2", "Staff available in Q1", "Kim", null, null],
  ["A-4", "P-9", "A project nobody knows", "Kim", "Open", null],
]);

export const SEPARATE_RAID_SHEETS: readonly SheetData[] = [projects, issueLog, dependencyLog, assumptions];

/** `raid` of the report for SEPARATE_RAID_SHEETS, from the counts above. */
export const SEPARATE_RAID_EXPECTED = { issues: { open: 4, overdue: 2, high: 3 }, dependencies: { open: 3, late: 1 }, assumptions: { open: 2 } };

/**
 * One combined RAID log, columns A-J, header on row 3 under a document-control title.
 * Risks: R-1 (Risk), R-2 (Opportunity: stays an opportunity), R-3 (R, Closed), X-1 (Type
 * "Change": no register word, so it stays a risk and its Type is an invalid-value at B13).
 * Issues: I-1 (Critical, open, due 11-10, no owner: issue-without-owner at E6), I-2 (Resolved).
 *   open 1, overdue 1, high 1.
 * Assumptions: A-1 (Open), A-2 (Validated). open 1.
 * Dependencies: D-1 (Open, Due Date 11-20 read as needed-by: late, dependency-late at J10),
 *   D-2 (In Progress, 12-31). open 2, late 1.
 * R-1 scores 2 x 2 = 4 (Low): no risk-without-owner finding.
 */
const raidLog = sheet("Raid Log", [
  ["Project Phoenix: RAID log (v3, owner PMO)"],
  [],
  ["ID", "Type", "Project ID", "Description", "Owner", "Status", "Probability", "Impact", "Priority", "Due Date"],
  ["R-1", "Risk", "P-1", "Vendor may fail", "Ann", "Open", 2, 2, null, null],
  ["R-2", "Opportunity", "P-1", "Early grant", "Ann", "Open", 3, 3, null, null],
  ["I-1", "Issue", "P-1", "Server down", null, "Open", null, null, "Critical", "2026-11-10"],
  ["I-2", "I", "P-2", "Late report", "Bob", "Resolved", null, null, "High", "2026-11-01"],
  ["A-1", "Assumption", "P-1", "Funding holds", "Cy", "Open", null, null, null, null],
  ["A-2", "A", "P-2", "Staff available", "Cy", "Validated", null, null, null, null],
  ["D-1", "Dependency", "P-1", "Platform API", "Dee", "Open", null, null, "Medium", "2026-11-20"],
  ["D-2", "D", "P-2", "Legal sign-off", "Dee", "In Progress", null, null, null, "2026-12-31"],
  ["R-3", "R", "P-2", "Key person leaves", "Eve", "Closed", 3, 3, null, null],
  ["X-1", "Change", "P-1", "Scope change", "Eve", "Open", null, null, null, null],
]);

export const COMBINED_RAID_LOG: readonly SheetData[] = [sheet("Projects", projects.rows.slice(0, 3)), raidLog];

/** `raid` of the report for COMBINED_RAID_LOG, from the counts above. */
export const COMBINED_RAID_EXPECTED = { issues: { open: 1, overdue: 1, high: 1 }, dependencies: { open: 2, late: 1 }, assumptions: { open: 1 } };

/** The sheets as an .xlsx file, written by ExcelJS (an independent writer). */
export async function writeRaidWorkbook(sheets: readonly SheetData[], file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const data of sheets) {
    const worksheet = workbook.addWorksheet(data.name);
    data.rows.forEach((cells, row) => {
      cells.forEach((cell, column) => {
        if (cell !== null) worksheet.getCell(row + 1, column + 1).value = cell as ExcelJS.CellValue;
      });
    });
  }
  await workbook.xlsx.writeFile(file);
}
