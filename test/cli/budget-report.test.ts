/** `pmo report --json` and `pmo check --json` on a workbook with a Financials sheet (SPEC 9), end to end. */
import ExcelJS from "exceljs";
import path from "node:path";
import { pmo, temporaryFolder } from "./run-pmo";
import { BUDGET_MONTH, budgetWorkbook, wideRows } from "../helpers/budget-workbooks";

describe("pmo with a Financials sheet", () => {
  const folder = temporaryFolder();
  const input = path.join(folder, "phased.xlsx");
  beforeAll(() => budgetWorkbook(input, wideRows()));

  it("prints the budget review in the report JSON and budget as a dimension of each project", () => {
    const run = pmo("report", input, "--month", BUDGET_MONTH, "--json", "--out", path.join(folder, "out.xlsx"));
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report.budget)).toEqual(["fiscalYear", "fyStart", "fyEnd", "month", "ytd", "fullYear", "wholeLife", "capex", "opex", "byGroup", "projects", "months"]);
    // Worked out in test/report/budget-golden.test.ts.
    expect(report.budget.fullYear).toEqual({ budget: 3_924_000, outturn: 4_096_500, variance: 172_500, variancePct: (172_500 * 100) / 3_924_000 });
    expect(Object.keys(report.projects[0])).toEqual(["id", "name", "group", "status", "rag", "schedule", "cost", "risk", "budget", "overridden", "reportedRag", "optimistic", "reasons", "spi", "cpi", "eac", "slipDays"]);
    expect(report.projects[0].budget).toBe("Red");
  });

  it("writes the budget status into PMO History", async () => {
    const output = path.join(folder, "history.xlsx");
    expect(pmo("report", input, "--month", BUDGET_MONTH, "--out", output).status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    const history = workbook.getWorksheet("PMO History")!;
    expect(history.getRow(1).getCell(9).value).toBe("Budget");
    const statuses: string[] = [];
    history.eachRow((row, number) => {
      if (number > 1) statuses.push(`${row.getCell(2).value} ${row.getCell(9).value}`);
    });
    expect(statuses).toEqual(["P-1 Red", "P-2 Amber", "P-3 Red", "P-4 Grey", "P-5 Green", "P-6 Amber", "P-7 Red", "P-9 Grey"]);
  });

  it("lists the Financials findings in check --json, each at its cell", () => {
    const run = pmo("check", input, "--month", BUDGET_MONTH, "--json");
    expect(run.status).toBe(1);
    const findings: { rule: string; sheet: string; cell: string }[] = JSON.parse(run.stdout).findings;
    // Wide layout under a title row: the header is row 2, then 27 rows (3 + 3 + 3 + 3 + 2 + 2 + 2 + 3 + 3 + 2 + 1 measures of the cost lines in order): P-99 is row 29.
    const budgetRules = findings.filter((item) => item.rule !== "missing-sheet").map((item) => `${item.rule} ${item.sheet}!${item.cell}`);
    expect(budgetRules).toContain("unknown-project Financials!A29");
    expect(budgetRules).toContain("phased-budget-not-bac Projects!E4");
    expect(budgetRules.filter((rule) => rule.startsWith("budget-variance-without-comment"))).toHaveLength(3);
  });
});
