import { headerNamesMoney, moneyScaleOfHeader, withoutMoneyUnit } from "../../../src/engine/schema/money-scale";

describe("the money scale a header gives", () => {
  it.each([
    ["Budget (£m)", 1e6],
    ["Budget £m", 1e6],
    ["Cost $m", 1e6],
    ["Budget €m", 1e6],
    ["Budget m£", 1e6],
    ["Budget (millions)", 1e6],
    ["Budget EURm", 1e6],
    ["Budget (m)", 1e6],
    ["Budget_kEUR", 1e3],
    ["Budget k€", 1e3],
    ["Budget (£k)", 1e3],
    ["Cost $000", 1e3],
    ["Budget £000", 1e3],
    ["Spend (000s)", 1e3],
    ["Budget £'000", 1e3],
    ["Budget in thousands", 1e3],
    ["Budget\n(approved, £k)", 1e3],
    ["Budget", 1],
    ["Budget (£)", 1],
    ["Budget GBP", 1],
    ["Impact (monetary)", 1],
    ["Milestone", 1],
    ["Management Reserve", 1],
    ["Amount (m2)", 1],
  ])("%p: one unit is %p", (header, scale) => {
    expect(moneyScaleOfHeader(header)).toBe(scale);
  });

  it.each([
    ["Impact (£)", true],
    ["Impact_kEUR", true],
    ["Impact (monetary)", true],
    ["Cost GBP", true],
    ["Impact", false],
    ["Impact (1-5)", false],
    ["Likelihood (%)", false],
  ])("%p names money: %p", (header, money) => {
    expect(headerNamesMoney(header)).toBe(money);
  });

  it.each([
    ["Budget_kEUR", "Budget"],
    ["Budget in £000s", "Budget"],
    ["Budget £m", "Budget"],
    ["Total Budget GBP", "Total Budget"],
    ["Budget", undefined],
    ["£m", undefined],
  ])("%p without its unit is %p", (header, rest) => {
    expect(withoutMoneyUnit(header)?.replace(/[\s_(]+$/, "")).toBe(rest);
  });
});
