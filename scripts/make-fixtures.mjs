/**
 * Writes the fixture workbooks of test/fixtures/ (run: node scripts/make-fixtures.mjs). They are
 * committed; this script is how they were made and how to change them. The findings each should
 * give are written by hand beside them (*.expected.json), not produced by this script.
 */
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";

const dir = new URL("../test/fixtures/", import.meta.url).pathname;
const date = (iso) => new Date(`${iso}T00:00:00Z`);

function sheetRows(sheet, rows, firstRow = 1) {
  rows.forEach((row, index) => {
    row.forEach((value, column) => {
      if (value === undefined) return;
      const cell = sheet.getCell(firstRow + index, column + 1);
      cell.value = value;
      if (value instanceof Date) cell.numFmt = "yyyy-mm-dd";
    });
  });
}

function table(sheet, name, headers, rows) {
  sheet.addTable({ name, ref: "A1", headerRow: true, style: { theme: "TableStyleMedium2" }, columns: headers.map((header) => ({ name: header })), rows });
  rows.forEach((row, index) => row.forEach((value, column) => {
    if (value instanceof Date) sheet.getCell(index + 2, column + 1).numFmt = "yyyy-mm-dd";
  }));
}

/** Clean: Excel tables with the add-in's own headers; no finding as of 2026-11. */
async function clean() {
  const workbook = new ExcelJS.Workbook();
  table(workbook.addWorksheet("Projects"), "Projects",
    ["Project ID", "Project Name", "Programme", "Sponsor", "Status", "Stage", "Start", "Finish", "Forecast Finish", "BAC", "Actual Cost", "Earned Value", "Planned Value", "% Complete", "RAG Override", "Override Reason", "Last Updated"],
    [
      ["PRJ-001", "Customer Portal", "Digital", "Ann Khan", "Active", "Execution", date("2026-01-01"), date("2026-12-31"), date("2026-12-31"), 1000000, 500000, 450000, 500000, null, null, null, date("2026-11-20")],
      ["PRJ-002", "Payroll Replacement", "Finance", "Ben Lee", "Active", "Planning", date("2026-06-01"), date("2027-05-31"), date("2027-07-15"), 400000, 40000, null, null, 0.1, "Amber", "Supplier change agreed", date("2026-11-03")],
      ["PRJ-003", "Office Refit", "Estates", "Cara Diaz", "Closed", "Closing", date("2025-09-01"), date("2026-03-31"), date("2026-03-31"), 250000, 240000, 250000, 250000, 1, null, null, date("2026-04-02")],
    ]);
  table(workbook.addWorksheet("Risks"), "Risks",
    ["Risk ID", "Project ID", "Title", "Owner", "Response", "Type", "Status", "Probability", "Impact", "Cost Impact"],
    [
      ["RSK-001", "PRJ-001", "Key supplier goes into administration", "Ann Khan", "Second supplier on standby", "Threat", "Open", 3, 4, 200000],
      ["RSK-002", "PRJ-002", "Early delivery releases budget", "Ben Lee", "Plan the hand-over early", "Opportunity", "Open", "L", "M", 30000],
    ]);
  table(workbook.addWorksheet("Milestones"), "Milestones",
    ["Milestone ID", "Project ID", "Milestone", "Baseline Date", "Forecast Date", "Actual Date", "Key"],
    [
      ["MS-001", "PRJ-001", "Design approved", date("2026-03-31"), date("2026-03-31"), date("2026-03-30"), "Yes"],
      ["MS-002", "PRJ-002", "Contract signed", date("2026-12-15"), date("2027-01-20"), null, "No"],
    ]);
  await workbook.xlsx.writeFile(`${dir}clean.xlsx`);
}

/** Messy: the way real registers look (see messy.expected.json for what each oddity should give). */
async function messy() {
  const workbook = new ExcelJS.Workbook();
  const projects = workbook.addWorksheet("Project Register");
  sheetRows(projects, [
    ["Project Register FY2026/27"],
    ["Maintained by the PMO - do not sort"],
    [],
    ["Proj. ID", "Project Title", "Programme", "SRO", "Dept", "Status", "Phase", "Start Date", "End Date", "Forecast End", "Budget (£)", "Actuals to Date", "Earned Value", "% Complete", "Manual RAG", "Override Justification", "Last Updated", "Notes"],
    ["P-001", "Customer Portal", "Digital", "A. Khan", "IT", "In Progress", "Delivery", date("2026-01-05"), date("2026-12-18"), "2027-01-20", "£1,200,000", "650,000", 600000, "45%", undefined, undefined, date("2026-11-10"), "Board paper due"],
    [],
    ["P-002", "Finance System Upgrade", "Finance", "B. Lee", "Finance", "Active", "Execution", "31 Mar 2026", date("2027-03-31"), undefined, 800000, { error: "#REF!" }, undefined, 0.3, "A", "Recovery plan agreed", "2026-11-01"],
    ["P-003", "Warehouse Move", "Estates", "C. Diaz", "Ops", "On Hold", "Planning", date("2026-02-01"), date("2026-01-15"), undefined, "$250k", undefined, undefined, 10, "R", undefined, date("2026-06-01")],
    ["P-001", "Customer Portal Phase 2", "Digital", "A. Khan", "IT", "Active", "Idea", undefined, undefined, undefined, undefined, 5000, undefined, undefined, undefined, undefined, date("2026-11-20")],
    [undefined, "Unnamed project", "Digital"],
    ["P-005", "Data Platform", undefined, "D. Ng", "Data", "Closed", "Closing", date("2025-04-01"), date("2026-05-31"), undefined, 300000, "(1,000)", undefined, "lots"],
    [undefined, "Total", undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, 3000000],
  ]);
  const risks = workbook.addWorksheet("RAID Log");
  sheetRows(risks, [
    ["Ref", "Project", "Risk Description", "Likelihood", "Severity", "Owner", "Mitigation", "Status", "Cost if Occurs"],
    ["R-1", "P-001", "Vendor delay", "High", "Very High", undefined, "Escalate to vendor board", "Open", "£150,000"],
    ["R-2", "P-005", "Data quality", 0.45, 3, "D. Ng", "Cleanse before load", "Open", 20000],
    ["R-3", "P-999", "Unknown project", 2, 2, "E. Ortiz", "Monitor", "Closed", 1000],
    ["R-4", "P-002", "Budget cut", "M", "L", "F. Patel", undefined, "Mitigating", 50000],
  ]);
  const milestones = workbook.addWorksheet("Milestone Tracker");
  sheetRows(milestones, [
    ["Milestones"],
    ["MS Ref", "Project ID", "Milestone", "Baseline", "Forecast", "Actual", "Key Milestone"],
    ["M-1", "P-001", "Design signed off", date("2026-03-31"), date("2026-04-15"), date("2026-04-20"), "Yes"],
    ["M-2", "P-002", "Go live", date("2026-10-31"), date("2026-12-15"), undefined, "Y"],
    ["M-3", "P-003", "Lease signed", date("2026-09-30"), undefined, date("2026-12-05"), "No"],
    ["M-4", "P-777", "Benefits review", date("2027-01-31"), undefined, undefined, "No"],
  ]);
  workbook.addWorksheet("Notes").getCell("A1").value = "Free text the PMO keeps; not a governed sheet.";
  await workbook.xlsx.writeFile(`${dir}messy.xlsx`);
}

/**
 * Broken: no register at all (a risk register alone would be one project's workbook, SPEC 2); a
 * Projects sheet without its name column; a file that is not a workbook.
 */
async function broken() {
  const noProjects = new ExcelJS.Workbook();
  sheetRows(noProjects.addWorksheet("Notes"), [["Free text the PMO keeps"], ["Next review in March"]]);
  sheetRows(noProjects.addWorksheet("Cost Centres"), [["Cost Centre", "Amount"], ["CC-1", 1000]]);
  await noProjects.xlsx.writeFile(`${dir}no-projects-sheet.xlsx`);
  const missingColumn = new ExcelJS.Workbook();
  sheetRows(missingColumn.addWorksheet("Projects"), [["Project ID", "Budget", "Status"], ["P-1", 1000, "Active"]]);
  await missingColumn.xlsx.writeFile(`${dir}missing-name-column.xlsx`);
  writeFileSync(`${dir}not-a-workbook.xlsx`, "Project ID,Name\nP-1,Portal\n");
}

/** Golden: a portfolio built to exercise every RAG rule (see golden.expected.json, worked by hand). */
async function golden() {
  const workbook = new ExcelJS.Workbook();
  sheetRows(workbook.addWorksheet("Projects"), [
    ["Project ID", "Project Name", "Programme", "Status", "Start", "Finish", "Forecast Finish", "BAC", "Actual Cost", "Earned Value", "Planned Value", "% Complete", "RAG Override", "Override Reason"],
    ["G-1", "All green", "Alpha", "Active", date("2026-01-01"), date("2026-12-31"), date("2026-12-31"), 1000, 500, 500, 500],
    ["G-2", "SPI amber", "Alpha", "Active", undefined, undefined, undefined, 1000, 460, 460, 500],
    ["G-3", "CPI red", "Beta", "Active", undefined, undefined, undefined, 2000, 1000, 850, 850],
    ["G-4", "Slipped, EV and PV derived", "Beta", "Active", date("2026-01-01"), date("2026-12-31"), date("2027-01-30"), 3640, undefined, undefined, undefined, "50%"],
    ["G-5", "Milestone 10 days late", "Gamma", "Active"],
    ["G-6", "Milestone 46 days late", "Gamma", "Active"],
    ["G-7", "Critical threat", "Delta", "Active"],
    ["G-8", "High threat, overridden", "Delta", "Active", undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, "Green", "Risk accepted by the board"],
    ["G-9", "CPI amber, override without reason", "Alpha", "Active", undefined, undefined, undefined, 1000, 1000, 940, 940, undefined, "Red"],
    ["G-10", "Nothing known", "Gamma", "Active"],
    ["G-11", "Closed with an open risk", "Alpha", "Closed", undefined, undefined, undefined, 5000],
    ["G-12", "On hold, no programme", undefined, "On Hold", undefined, undefined, undefined, 500, 100, 100, 100],
    ["G-13", "Cancelled this month", "Beta", "Cancelled"],
  ]);
  sheetRows(workbook.addWorksheet("Risks"), [
    ["Risk ID", "Project ID", "Title", "Owner", "Response", "Type", "Status", "Probability", "Impact", "Cost Impact"],
    ["R-1", "G-1", "Low threat", "Ann", "Watch", "Threat", "Open", 2, 2, 1000],
    ["R-7", "G-7", "Critical threat", "Dee", "Hedge", "Threat", "Open", 5, 4, 50000],
    ["R-8", "G-7", "Opportunity", "Dee", "Exploit", "Opportunity", "Open", 0.5, 3, 10000],
    ["R-9", "G-8", "High threat", "Fay", "Mitigate", "Threat", "Mitigating", 3, 4, 20000],
    ["R-10", "G-3", "Closed threat", "Gus", "Done", "Threat", "Closed", 5, 5, 99999],
    ["R-11", "G-11", "Open on a closed project", "Hal", "Transfer", "Threat", "Open", 5, 5, 1000],
    ["R-12", "G-2", "Low threat without cost", "Eve", "Accept", undefined, undefined, "H", "VL"],
  ]);
  sheetRows(workbook.addWorksheet("Milestones"), [
    ["Milestone ID", "Project ID", "Milestone", "Baseline Date", "Forecast Date", "Actual Date"],
    ["MS-5", "G-5", "Due 20 Nov, open", date("2026-11-20")],
    ["MS-6", "G-6", "Slipped to 15 Oct, open", date("2026-09-30"), date("2026-10-15")],
    ["MS-7", "G-6", "Done early in November", date("2026-11-12"), undefined, date("2026-11-10")],
    ["MS-8", "G-1", "Slipped, not yet due", date("2026-12-15"), date("2026-12-20")],
    ["MS-9", "G-11", "On a closed project", date("2026-11-05")],
  ]);
  const history = [
    ["Month", "Project ID", "Project Name", "Group", "Overall", "Schedule", "Cost", "Risk", "SPI", "CPI", "BAC", "EAC", "Forecast Finish", "Open High/Critical Risks", "Captured At"],
    ["2026-09", "G-1", "All green", "Alpha", "Red", "Red", "Grey", "Grey"],
    ...[["G-1", "Green"], ["G-2", "Green"], ["G-3", "Red"], ["G-4", "Amber"], ["G-5", "Amber"], ["G-6", "Red"], ["G-7", "Red"], ["G-8", "Amber"], ["G-9", "Amber"], ["G-10", "Grey"], ["G-13", "Green"]].map(([id, status]) => ["2026-10", id, `Project ${id}`, "", status, status, status, status]),
    ["2026-11", "G-1", "All green", "Alpha", "Red", "Red", "Red", "Red"],
    ["2026-12", "G-1", "All green", "Alpha", "Amber", "Amber", "Grey", "Grey"],
  ];
  sheetRows(workbook.addWorksheet("PMO History"), history);
  await workbook.xlsx.writeFile(`${dir}golden.xlsx`);
}

await clean();
await golden();
await messy();
await broken();
console.log(`fixtures written to ${dir}`);
