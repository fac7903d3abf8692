/** Reading the Financials sheet (SPEC 2, 9): both layouts, every month header form, the findings. */
import { emptyMapping } from "../../../src/engine/config";
import { readFinancials } from "../../../src/engine/budget/read-financials";
import { Financials } from "../../../src/engine/budget/financial-lines";
import { dayFromParts, monthNumber, monthText } from "../../../src/engine/values";
import { memoryReader, sheetOf } from "../../helpers/memory-sheets";
import { loadPortfolio } from "../../../src/workbook/load-portfolio";

const NOV_30 = dayFromParts(2026, 11, 30)!;
const projects = sheetOf("Projects", [
  ["Project ID", "Project Name"],
  ["P-1", "Portal"],
]);

/** The lines as text, one per line: project month Capex|Opex budget/actual/forecast (blank as -). */
function linesOf(financials: Financials): string[] {
  const { lines } = financials;
  const amount = (value: number) => (Number.isNaN(value) ? "-" : String(value));
  return Array.from({ length: lines.count }, (_, line) =>
    [lines.projectIds[lines.project[line]], monthText(lines.month[line]), lines.capex[line] ? "Capex" : "Opex", `${amount(lines.budget[line])}/${amount(lines.actual[line])}/${amount(lines.forecast[line])}`].join(" "),
  );
}

describe("the long layout", () => {
  it("reads one line per row, money in the header's unit, a blank cost type as Opex", () => {
    const sheet = sheetOf("Financials", [
      ["Cost plan FY2026-27"],
      [],
      ["Proj ID", "Period", "Capex/Opex", "Budget (£k)", "Actuals (£k)", "Outlook (£k)", "Variance Comment"],
      ["P-1", "2026-04", "Capex", 10, 9.5, null, "late invoice"],
      ["P-1", "Apr-26", "", "1,000", null, 2, null],
      ["P-1", 46174, "opex", null, "(1)", null, null],
    ]);
    const { financials, findings } = readFinancials(sheet, new Map(), 1900);
    expect(findings).toEqual([]);
    expect(financials.layout).toBe("long");
    expect(financials.table.headerRow).toBe(3);
    // 46174 is 2026-06-01 (46113 is 2026-04-01, + 30 + 31 days).
    expect(linesOf(financials)).toEqual(["P-1 2026-04 Capex 10000/9500/-", "P-1 2026-04 Opex 1000000/-/2000", "P-1 2026-06 Opex -/-1000/-"]);
    expect(financials.comments).toEqual([{ project: 0, month: monthNumber(2026, 4), costType: "Capex", text: "late invoice", row: 4 }]);
  });

  it("names the sheet and cell of what it cannot read", () => {
    const sheet = sheetOf("Phasing", [
      ["Budget phasing"],
      ["Project ID", "Month", "Cost Type", "Budget", "Actual", "Forecast"],
      ["P-1", "13/2026", "Opex", 1, null, null],
      ["P-1", "2026-05", "Capital-ish", "lots", "#REF!", 3],
      ["", "2026-05", "Opex", 1, null, null],
    ]);
    const { financials, findings } = readFinancials(sheet, new Map(), 1900);
    expect(findings.map(({ rule, sheet: name, cell }) => `${rule} ${name}!${cell}`)).toEqual([
      "unreadable-period Phasing!B3",
      "invalid-value Phasing!C4",
      "invalid-value Phasing!D4",
      "excel-error Phasing!E4",
      "missing-required Phasing!A5",
    ]);
    expect(findings[0].message).toBe('Month: "13/2026" is not a month (write it as 2026-04, Apr-26 or a date); the row is left out.');
    expect(findings[3].message).toBe("Actual holds the Excel error #REF!; it is left out of the figures.");
    // Row 4 stays, with what could be read: an unknown cost type reads as Opex.
    expect(linesOf(financials)).toEqual(["P-1 2026-05 Opex -/-/3"]);
  });

  it("reads a mapped column", () => {
    const sheet = sheetOf("Financials", [
      ["Scheme", "Month", "Approved £"],
      ["P-1", "2026-04", 5],
    ]);
    const { financials } = readFinancials(sheet, new Map([["projectId", "Scheme"], ["budget", "Approved £"]]), 1900);
    expect(linesOf(financials)).toEqual(["P-1 2026-04 Opex 5/-/-"]);
  });
});

describe("the wide layout", () => {
  it("reads every month header form, ignores FY totals, knows the measure's synonyms", () => {
    const sheet = sheetOf("Financial Phasing", [
      ["Project", "Cost Type", "Plan/Actual", 46113, new Date(Date.UTC(2026, 4, 1)), "Jun-26", "Jul 2026", "August 2026", "2026-09", "10/2026", "FY26 Total", "Comments"],
      ["P-1", "Capex", "Plan", 1, 2, 3, 4, 5, 6, 7, 28, "on plan"],
      ["P-1", "Capex", "Actuals", 10, null, null, null, null, null, null, 10, null],
      ["P-1", "", "Outlook", null, 20, null, null, null, null, null, 20, null],
      ["P-1", "", "Baseline", null, null, null, null, null, null, 70, 70, null],
    ]);
    const { financials, findings } = readFinancials(sheet, new Map(), 1900);
    expect(findings).toEqual([]);
    expect(financials.layout).toBe("wide");
    expect(linesOf(financials)).toEqual([
      "P-1 2026-04 Capex 1/-/-", "P-1 2026-05 Capex 2/-/-", "P-1 2026-06 Capex 3/-/-", "P-1 2026-07 Capex 4/-/-",
      "P-1 2026-08 Capex 5/-/-", "P-1 2026-09 Capex 6/-/-", "P-1 2026-10 Capex 7/-/-",
      "P-1 2026-04 Capex -/10/-",
      "P-1 2026-05 Opex -/-/20",
      "P-1 2026-10 Opex 70/-/-",
    ]);
    expect(financials.comments).toEqual([{ project: 0, month: null, costType: "Capex", text: "on plan", row: 2 }]);
  });

  it("reports an unknown measure, a bad amount and an error at their cells", () => {
    const sheet = sheetOf("Financials", [
      ["Title row"],
      ["Project ID", "Measure", "Apr-26", "May-26"],
      ["P-1", "Budgett", 1, 2],
      ["P-1", "Actual", "abc", "#DIV/0!"],
    ]);
    const { financials, findings } = readFinancials(sheet, new Map(), 1900);
    expect(findings.map(({ rule, cell, message }) => `${rule} ${cell} ${message}`)).toEqual([
      'invalid-value B3 Measure: "Budgett" is not one of Budget, Actual, Forecast; the row is left out.',
      'invalid-value C4 Actual for 2026-04: "abc" is not a number; it is left out of the figures.',
      "excel-error D4 Actual for 2026-05 holds the Excel error #DIV/0!; it is left out of the figures.",
    ]);
    expect(financials.lines.count).toBe(0);
  });

  it("is long when there is no measure column, whatever the headers", () => {
    const sheet = sheetOf("Financials", [
      ["Project ID", "Month", "Budget", "Apr-26"],
      ["P-1", "2026-04", 1, 99],
    ]);
    expect(readFinancials(sheet, new Map(), 1900).financials.layout).toBe("long");
  });
});

describe("the workbook", () => {
  it("reads Financials under its synonyms, through the port, and leaves the budget out without it", async () => {
    for (const name of ["Financials", "Finance", "Financial Phasing", "Phasing", "Cost Plan", "Budget Plan"]) {
      const sheet = sheetOf(name, [["Project ID", "Month", "Budget"], ["P-1", "2026-04", 1]]);
      const loaded = await loadPortfolio(memoryReader([projects, sheet]), { asOf: NOV_30 });
      expect([name, loaded.portfolio.financials?.lines.count, loaded.sources.financials]).toEqual([name, 1, name]);
    }
    const loaded = await loadPortfolio(memoryReader([projects]), { asOf: NOV_30 });
    expect("financials" in loaded.portfolio).toBe(false);
    expect(loaded.findings.filter((item) => item.rule === "missing-sheet" && item.sheet === "Financials")).toEqual([]);
  });

  it("reads the sheet and columns PMO Config names, and a --map of a financials field", async () => {
    const config = sheetOf("PMO Config", [
      ["Key", "Value"],
      ["sheet.financials", "Money"],
      ["map.financials.budget", "Approved"],
    ]);
    const money = sheetOf("Money", [["Project ID", "Month", "Approved", "Spent"], ["P-1", "2026-04", 7, 3]]);
    const loaded = await loadPortfolio(memoryReader([projects, money, config]), { asOf: NOV_30 });
    expect(linesOf(loaded.portfolio.financials!)).toEqual(["P-1 2026-04 Opex 7/3/-"]);
    const given = emptyMapping();
    given.financials.set("actual", "Nope");
    await expect(loadPortfolio(memoryReader([projects, money, config]), { asOf: NOV_30, mapping: given })).rejects.toThrow('--map financials.actual="Nope": sheet "Money" has no such header');
  });
});

describe("one project's workbook", () => {
  it("gives Financials rows with no project to the workbook's project", async () => {
    const risks = sheetOf("Risks", [["Project: Depot upgrade"], ["Risk ID", "Title", "Probability", "Impact"], ["R-1", "Supplier late", 3, 3]]);
    const financials = sheetOf("Financials", [["Month", "Budget", "Actual"], ["2026-04", 100, 90]]);
    const loaded = await loadPortfolio(memoryReader([risks, financials]), { asOf: NOV_30 });
    expect(loaded.workbookProject?.id).toBe("Depot upgrade");
    expect(linesOf(loaded.portfolio.financials!)).toEqual(["Depot upgrade 2026-04 Opex 100/90/-"]);
  });
});
