/**
 * @jest-environment jsdom
 */
/** The Office adapter reads the Financials sheet through the port like the other registers (SPEC 9). */
import { parseMonth } from "../../src/engine/values";
import { createExcelPort } from "../../src/workbook/excel";
import { loadPortfolio } from "../../src/workbook/load-portfolio";
import { BUDGET_MONTH, BUDGET_PROJECTS, longRows } from "../helpers/budget-workbooks";
import { SimulatedExcel } from "./host";

let host: SimulatedExcel;
afterEach(() => host.uninstall());

it("reads a Financials sheet found by a synonym of its name, with PMO Config's fiscal year", async () => {
  host = new SimulatedExcel().install();
  host.addSheet("Projects", BUDGET_PROJECTS.map((row) => row.map((cell) => cell ?? "")));
  host.addSheet("Cost Plan", longRows().map((row) => row.map((cell) => cell ?? "")));
  host.addSheet("PMO Config", [["Key", "Value"], ["fy.startMonth", 4]]);
  const loaded = await loadPortfolio(createExcelPort(), { asOf: parseMonth(BUDGET_MONTH)!.last });
  expect(loaded.sources.financials).toBe("Cost Plan");
  expect(loaded.config.rules["fy.startMonth"]).toBe(4);
  // Every entry of the phasing is one long row: P-1 alone has 2 cost lines x 12 months.
  expect(loaded.portfolio.financials?.lines.count).toBe(longRows().length - 1);
  expect(loaded.portfolio.financials?.lines.projectIds.slice(0, 3)).toEqual(["P-1", "P-2", "P-3"]);
});
