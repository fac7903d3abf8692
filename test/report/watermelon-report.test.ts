/**
 * The reported status and the watermelon check in the report (SPEC 2, 6): `projects[].reportedRag`
 * and `.optimistic`, the exceptions, the governance count and the summary sheet's exceptions
 * table. The register and its expectations are in test/helpers/watermelon-register.ts, by hand.
 */
import { parseMonth } from "../../src/engine/values";
import { monthlySummary } from "../../src/layout/monthly-summary";
import { SheetPlan } from "../../src/layout/sheet-plan";
import { loadPortfolio } from "../../src/workbook/load-portfolio";
import { WorkbookContents } from "../../src/workbook/port";
import { WATERMELON_REGISTER } from "../helpers/watermelon-register";

async function summaryOf(rows: unknown[][]) {
  const contents: WorkbookContents = { sheetNames: ["Projects"], sheets: new Map([["Projects", { name: "Projects", rows, firstRow: 1, firstColumn: 1 }]]), dateSystem: 1900 };
  const loaded = await loadPortfolio({ read: async () => contents }, { asOf: parseMonth("2026-11")!.last });
  return monthlySummary(loaded, { month: "2026-11", now: "2026-12-01T00:00:00Z", mappingGiven: false });
}

/** The rows of the exceptions table: header first, to the next section. */
function exceptionsTable(plan: SheetPlan): unknown[][] {
  const texts = plan.rows.map((row) => row.map((cell) => cell.value));
  const start = texts.findIndex((row) => row[0] === "Exceptions: Red and Amber projects") + 1;
  const end = texts.findIndex((row, index) => index > start && typeof row[0] === "string" && row[0].startsWith("Changes since"));
  return texts.slice(start, end).filter((row) => row.length > 0);
}

describe("a register with a reported RAG, November 2026", () => {
  let summary: Awaited<ReturnType<typeof summaryOf>>;
  beforeAll(async () => {
    summary = await summaryOf(WATERMELON_REGISTER);
  });

  it("gives each active project its reported RAG as read and whether it is optimistic", () => {
    expect(summary.report.json.projects.map((line) => [line.id, line.rag, line.reportedRag, line.optimistic])).toEqual([
      ["W-1", "Red", "Green", true],
      ["W-2", "Amber", "Amber/Green", false],
      ["W-3", "Red", "Amber/Green", true],
      ["W-4", "Amber", "Green", true],
      ["W-5", "Red", "Amber/Red", false],
      ["W-6", "Grey", "Green", false],
      ["W-8", "Green", "Green", true],
      ["W-9", "Green", "Red", false],
      ["W-10", "Red", null, false],
    ]);
  });

  it("puts the keys beside the override flag", () => {
    expect(Object.keys(summary.report.json.projects[0])).toEqual(["id", "name", "group", "status", "rag", "schedule", "cost", "risk", "overridden", "reportedRag", "optimistic", "reasons", "spi", "cpi", "eac", "slipDays"]);
    expect(Object.keys(summary.report.json.exceptions[0])).toEqual(["id", "name", "rag", "overridden", "reportedRag", "optimistic", "reasons"]);
  });

  it("lists Red, then Amber, then an optimistic project an override shows Green, in the exceptions", () => {
    expect(summary.report.json.exceptions.map((line) => [line.id, line.rag, line.reportedRag, line.optimistic, line.overridden])).toEqual([
      ["W-1", "Red", "Green", true, false],
      ["W-3", "Red", "Amber/Green", true, false],
      ["W-5", "Red", "Amber/Red", false, false],
      ["W-10", "Red", null, false, false],
      ["W-2", "Amber", "Amber/Green", false, false],
      ["W-4", "Amber", "Green", true, false],
      ["W-8", "Green", "Green", true, true],
    ]);
  });

  it("counts one optimistic-status warning per optimistic project", () => {
    expect(summary.report.json.governance.byRule["optimistic-status"]).toBe(4);
  });

  it("shows the reported status and the flag beside the computed one on the summary sheet", () => {
    const table = exceptionsTable(summary.plans[0]);
    expect(table[0]).toEqual(["Project ID", "Project", "Status", "Reported", "Optimistic", "Overridden", "Reasons"]);
    expect(table[1]).toEqual(["W-1", "Depot", "Red", "Green", "Yes", "No", "Cost Red: CPI 0.85 < 0.90"]);
    expect(table[4].slice(0, 6)).toEqual(["W-10", "Jetty", "Red", "", "No", "No"]);
    expect(table[7].slice(0, 6)).toEqual(["W-8", "Harbour", "Green", "Green", "Yes", "Yes"]);
    expect(table[8]).toEqual(["4 of these projects report a status a full level or more better than the figures (optimistic: the watermelon check)."]);
  });
});

it("a register that reports no status keeps the exceptions table without those columns", async () => {
  const { plans } = await summaryOf([
    ["Project ID", "Project Name", "BAC", "Actual Cost", "Earned Value"],
    ["P-1", "Depot", 1000, 1000, 850],
  ]);
  expect(exceptionsTable(plans[0])).toEqual([
    ["Project ID", "Project", "Status", "Overridden", "Reasons"],
    ["P-1", "Depot", "Red", "No", "Cost Red: CPI 0.85 < 0.90"],
  ]);
});
