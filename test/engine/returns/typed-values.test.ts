/** Typed comparison and the values written (SPEC 10), case by case, worked by hand. */
import { cellWrite, describeWrite, sameTypedValue, textWrite } from "../../../src/engine/returns/typed-values";
import { collectReturns } from "../../../src/engine/returns";
import { monthNumber } from "../../../src/engine/values";
import { day, FINANCIAL_HEADER, MARCH_2026, register, sheet } from "./returns-fixtures";

const plain = { moneyScale: 1, registerRaw: undefined, returnRaw: undefined };

describe("sameTypedValue", () => {
  it("takes money read from text as the number it is", () => {
    expect(sameTypedValue("money", 1200.5, 1200.5000000000002)).toBe(true);
    expect(sameTypedValue("money", 1200, 1201)).toBe(false);
  });
  it("takes a probability by its band and fraction: a label and its band are one, 45 % is not band 3", () => {
    expect(sameTypedValue("probability", { band: 4, fraction: 0.7 }, { band: 4, fraction: 0.7 })).toBe(true);
    expect(sameTypedValue("probability", { band: 3, fraction: 0.5 }, { band: 3, fraction: 0.45 })).toBe(false);
  });
  it("compares words and text exactly (a changed case of a name is a change)", () => {
    expect(sameTypedValue("riskStatus", "Closed", "Closed")).toBe(true);
    expect(sameTypedValue("text", "Alice", "alice")).toBe(false);
  });
});

describe("the value written", () => {
  it.each(["=SUM(A1)", "+44 20 7946 0000", "-5 days", "@cmd"])("marks text Excel would take for a formula, %s", (text) => {
    expect(textWrite(text)).toEqual({ kind: "text", value: text, formulaLike: true });
  });
  it("leaves other text unmarked", () => {
    expect(textWrite("Supplier late")).toEqual({ kind: "text", value: "Supplier late" });
  });
  it("writes dates and months as ISO days, yes/no as a boolean, a probability as the PM gave it", () => {
    expect(cellWrite("date", day(2026, 3, 31), plain)).toEqual({ kind: "date", value: "2026-03-31" });
    expect(cellWrite("period", monthNumber(2026, 5), plain)).toEqual({ kind: "date", value: "2026-05-01" });
    expect(cellWrite("yesNo", true, plain)).toEqual({ kind: "boolean", value: true });
    expect(cellWrite("probability", { band: 3, fraction: 0.45 }, { ...plain, returnRaw: "45%" })).toEqual({ kind: "number", value: 0.45 });
    expect(cellWrite("probability", { band: 4, fraction: 0.7 }, { ...plain, returnRaw: "High" })).toEqual({ kind: "number", value: 4 });
  });
  it("describes values for PMO Changes, blank as nothing", () => {
    expect([describeWrite(null), describeWrite({ kind: "number", value: 0.6 }), describeWrite({ kind: "boolean", value: false }), describeWrite({ kind: "date", value: "2026-03-31" })]).toEqual(["", "0.6", "FALSE", "2026-03-31"]);
  });
});

describe("a wide Financials register", () => {
  const wide = () => {
    const portfolio = register();
    portfolio.sheets.financials = sheet("Financials", [
      ["Project ID", "Cost Type", "Measure", "Mar 2026", "Apr 2026"],
      ["P1", "Opex", "Budget", 100, 100],
      ["P1", "Opex", "Forecast", 100, 100],
    ]);
    return portfolio;
  };

  it("changes the cell of the measure's row in the month's column", () => {
    const given = { file: "r.xlsx", date: day(2026, 3, 28), dateSystem: 1900 as const, sheets: { financials: sheet("Financials", [FINANCIAL_HEADER, ["P1", "2026-04", "Opex", 100, null, 130, null]]) } };
    const result = collectReturns(wide(), [given], { month: MARCH_2026 });
    expect(result.changes.map(({ rowId, field, header, cell, oldValue, newValue }) => ({ rowId, field, header, cell, oldValue, newValue }))).toEqual([
      { rowId: "P1|2026-04|Opex", field: "forecast", header: "Forecast", cell: "E3", oldValue: { kind: "number", value: 100 }, newValue: { kind: "number", value: 130 } },
      { rowId: "P1", field: "lastUpdated", header: "Last Updated", cell: "G2", oldValue: { kind: "date", value: "2026-02-28" }, newValue: { kind: "date", value: "2026-03-28" } },
    ]);
  });

  it("refuses a month it has no column for rather than appending a row", () => {
    const given = { file: "r.xlsx", date: day(2026, 3, 28), dateSystem: 1900 as const, sheets: { financials: sheet("Financials", [FINANCIAL_HEADER, ["P1", "2026-06", "Opex", 100, null, null, null]]) } };
    const result = collectReturns(wide(), [given], { month: MARCH_2026 });
    expect(result.changes).toEqual([]);
    expect(result.refused.map(({ projectId, reasons }) => ({ projectId, codes: reasons.map((reason) => reason.code) }))).toEqual([{ projectId: "P1", codes: ["ambiguous-row"] }]);
  });
});
