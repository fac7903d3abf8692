/**
 * The sample preview mode makes in the browser (written by the package writer from plans) reads
 * as the same portfolio as the one `pmo init --sample` writes with ExcelJS: same findings, at the
 * same cells, and the same report.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseMonth } from "../../src/engine/values";
import { monthlySummary } from "../../src/layout/monthly-summary";
import { PLANTED_FINDINGS, plantedFinancialFindings } from "../../src/sample";
import { loadPortfolio } from "../../src/workbook/load-portfolio";
import { sampleWorkbook } from "../../src/workbook/preview/sample-workbook";
import { writeNewWorkbook } from "../../src/workbook/xlsx/new-workbook";
import { generateSamplePortfolio } from "../../src/sample";
import { xlsxFileReader } from "../../src/workbook/xlsx/xlsx-reader";

const MONTH = "2026-11";
const asOf = parseMonth(MONTH)!.last;

it("reads like the CLI's sample, finding exactly the planted problems", async () => {
  const folder = mkdtempSync(path.join(tmpdir(), "pmo-sample-"));
  const fromPlans = path.join(folder, "plans.xlsx");
  writeFileSync(fromPlans, sampleWorkbook(MONTH, 60));
  const fromExcelJs = path.join(folder, "exceljs.xlsx");
  await writeNewWorkbook(fromExcelJs, generateSamplePortfolio({ projects: 60, seed: 1, month: MONTH }));

  const planned = await loadPortfolio(xlsxFileReader(fromPlans), { asOf });
  const written = await loadPortfolio(xlsxFileReader(fromExcelJs), { asOf });
  const where = (findings: { sheet: string; cell: string; rule: string }[]) => findings.map((item) => `${item.sheet}!${item.cell} ${item.rule}`).sort();
  expect(where(planned.findings)).toEqual(where(written.findings));
  // The registers' planted findings and the budget review's (issue 13), each once.
  const budgetPlanted = plantedFinancialFindings(generateSamplePortfolio({ projects: 60, seed: 1, month: MONTH }), MONTH);
  expect(budgetPlanted).toHaveLength(5);
  expect(planned.findings).toHaveLength(PLANTED_FINDINGS.length + budgetPlanted.length);

  const summarise = (loaded: typeof planned) => monthlySummary(loaded, { month: MONTH, now: "2026-12-01T00:00:00.000Z", mappingGiven: false }).report.json;
  expect(summarise(planned)).toEqual(summarise(written));
});

it("gives the governed columns drop-down lists, as pmo init does", async () => {
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(sampleWorkbook(MONTH, 20)) as unknown as import("exceljs").Buffer);
  const projects = workbook.getWorksheet("Projects")!;
  // Status is column H (the eighth field); the list reaches 5,000 rows for new projects.
  expect(projects.getCell("H1").value).toBe("Status");
  for (const address of ["H2", "H4999"]) {
    expect(projects.getCell(address).dataValidation).toMatchObject({ type: "list", allowBlank: true, formulae: ['"Active,On Hold,Closed,Cancelled"'] });
  }
  const risks = workbook.getWorksheet("Risks")!;
  expect(risks.getCell("J1").value).toBe("Impact");
  expect(risks.getCell("J2").dataValidation).toMatchObject({ type: "list", formulae: ['"1,2,3,4,5,Very Low,Low,Medium,High,Very High"'] });
  expect(projects.getCell("A2").dataValidation).toBeUndefined();
});
