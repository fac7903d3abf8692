/** The budget status and its reasons (SPEC 9), threshold by threshold, both ways. */
import { assessBudget, signedAmountText } from "../../../src/engine/budget/budget-status";
import { DEFAULT_RULES } from "../../../src/engine/rules";

const figure = (variance: number, variancePct: number) => ({ variance, variancePct });
const NONE = figure(NaN, NaN);

describe("the budget status", () => {
  it("is Red at budget.redPct, Amber at budget.amberPct, over or under, and says which", () => {
    expect(assessBudget(true, figure(60_000, 6), NONE, DEFAULT_RULES)).toEqual({ status: "Amber", reasons: ["Budget Amber: YTD spend 6.0 % over budget (+60,000)"] });
    expect(assessBudget(true, figure(-60_000, -6), NONE, DEFAULT_RULES)).toEqual({ status: "Amber", reasons: ["Budget Amber: YTD spend 6.0 % under budget (-60,000)"] });
    expect(assessBudget(true, NONE, figure(1_250_000, 12.5), DEFAULT_RULES)).toEqual({ status: "Red", reasons: ["Budget Red: outturn 12.5 % over the FY budget (+1,250,000)"] });
    expect(assessBudget(true, figure(-10, -4.99), figure(10, 4.99), DEFAULT_RULES).status).toBe("Green");
  });

  it("takes the worse of YTD and outturn, with the reasons of the worse only", () => {
    expect(assessBudget(true, figure(-18_000, -12), figure(-29_700, -9.9), DEFAULT_RULES)).toEqual({ status: "Red", reasons: ["Budget Red: YTD spend 12.0 % under budget (-18,000)"] });
  });

  it("is Grey without a budget in the FY, and never flags a variance under budget.minVariance", () => {
    expect(assessBudget(false, figure(100, 50), figure(100, 50), DEFAULT_RULES)).toEqual({ status: "Grey", reasons: [] });
    const rules = { ...DEFAULT_RULES, "budget.minVariance": 1_000 };
    expect(assessBudget(true, figure(999, 50), figure(-999, -50), rules).status).toBe("Green");
    expect(assessBudget(true, figure(1_000, 50), NONE, rules).status).toBe("Red");
  });

  it("shows a percentage just under Red as under it", () => {
    expect(assessBudget(true, figure(9_996, 9.996), NONE, DEFAULT_RULES).reasons).toEqual(["Budget Amber: YTD spend 9.996 % over budget (+9,996)"]);
  });

  it("writes amounts whole, grouped and signed", () => {
    expect([signedAmountText(1_250_000), signedAmountText(-60_000), signedAmountText(0.4), signedAmountText(-999.5), signedAmountText(12_345_678.9)]).toEqual(["+1,250,000", "-60,000", "0", "-999", "+12,345,679"]);
  });
});
