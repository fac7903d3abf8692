import { DEFAULT_RULES, parseRuleRows, ruleRows } from "../../src/engine/rules";

describe("the rule set in PMO Config", () => {
  it("has the SPEC 3 defaults", () => {
    expect(DEFAULT_RULES).toEqual({
      "spi.amber": 0.95,
      "spi.red": 0.9,
      "cpi.amber": 0.95,
      "cpi.red": 0.9,
      "slip.amberDays": 15,
      "slip.redDays": 30,
      "milestone.redDays": 30,
      "risk.amberScore": 10,
      "risk.redScore": 17,
      "stale.days": 45,
      "weight.strategicFit": 3,
      "weight.value": 3,
      "weight.urgency": 2,
      "weight.riskReduction": 2,
    });
  });

  it("matches keys in any case and reads values as numbers or numeric text", () => {
    const { rules, warnings } = parseRuleRows([
      ["SPI.AMBER", 0.97],
      [" slip.reddays ", "45"],
      ["", ""],
    ]);
    expect(warnings).toEqual([]);
    expect(rules["spi.amber"]).toBe(0.97);
    expect(rules["slip.redDays"]).toBe(45);
    expect(rules["cpi.red"]).toBe(0.9);
  });

  it("warns about a bad value or an unknown key and keeps the default", () => {
    const { rules, warnings } = parseRuleRows([
      ["cpi.red", "ninety"],
      ["stale.days", -3],
      ["spi.orange", 1],
    ]);
    expect(rules["cpi.red"]).toBe(0.9);
    expect(rules["stale.days"]).toBe(45);
    expect(warnings).toEqual([
      { row: 0, key: "cpi.red", message: 'Rule cpi.red: value "ninety" is not a number; the default 0.9 is used.' },
      { row: 1, key: "stale.days", message: "Rule stale.days: value is negative; the default 45 is used." },
      { row: 2, key: "spi.orange", message: 'Unknown rule "spi.orange" is ignored.' },
    ]);
  });

  it("writes every key back in order", () => {
    const rows = ruleRows(DEFAULT_RULES);
    expect(rows[0]).toEqual(["spi.amber", 0.95]);
    expect(rows).toHaveLength(14);
    expect(parseRuleRows(rows).rules).toEqual(DEFAULT_RULES);
  });
});
