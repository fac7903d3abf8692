/** The preview port reads the Financials sheet as the CLI's reader does (SPEC 9: one engine, every front end). */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseMonth } from "../../../src/engine/values";
import { buildReport } from "../../../src/engine/report/build-report";
import { loadPortfolio } from "../../../src/workbook/load-portfolio";
import { createPreviewPort } from "../../../src/workbook/preview";
import { xlsxFileReader } from "../../../src/workbook/xlsx/xlsx-reader";
import { temporaryFolder } from "../../cli/run-pmo";
import { BUDGET_MONTH, budgetWorkbook, wideRows } from "../../helpers/budget-workbooks";

it("gives the same budget review through the preview port as through the CLI's reader", async () => {
  const file = path.join(temporaryFolder(), "phased.xlsx");
  await budgetWorkbook(file, wideRows());
  const asOf = parseMonth(BUDGET_MONTH)!.last;
  const viaPreview = await loadPortfolio(createPreviewPort(new Uint8Array(readFileSync(file)), "phased.xlsx"), { asOf });
  const viaCli = await loadPortfolio(xlsxFileReader(file), { asOf });
  expect(viaPreview.portfolio.financials?.lines.count).toBeGreaterThan(0);
  expect(viaPreview.portfolio).toEqual(viaCli.portfolio);
  expect(viaPreview.findings).toEqual(viaCli.findings);
  const report = (loaded: typeof viaCli) => buildReport({ portfolio: loaded.portfolio, findings: loaded.findings, rules: loaded.config.rules, ruleSet: "", month: BUDGET_MONTH, history: [], capturedAt: "" }).json.budget;
  expect(report(viaPreview)?.fullYear.outturn).toBe(4_096_500);
  expect(report(viaPreview)).toEqual(report(viaCli));
});
