import { DEFAULT_RULES, parseRuleRows, RULE_GROUPS, RULE_KEYS, ruleProblems, ruleRows } from "../../src/engine/rules";

describe("the rule set in PMO Config", () => {
  it("has the SPEC 3 and SPEC 9 defaults", () => {
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
      "fy.startMonth": 1,
      "budget.amberPct": 5,
      "budget.redPct": 10,
      "budget.minVariance": 0,
    });
  });

  it("takes fy.startMonth only as a whole number 1-12, and budget.redPct at or above budget.amberPct", () => {
    const { rules, warnings } = parseRuleRows([
      ["fy.startMonth", 4.5],
      ["budget.amberPct", 12],
      ["budget.redPct", 8],
    ]);
    expect(rules["fy.startMonth"]).toBe(1);
    expect(rules["budget.amberPct"]).toBe(5);
    expect(rules["budget.redPct"]).toBe(10);
    expect(warnings.map((warning) => warning.message)).toEqual([
      "Rule fy.startMonth: value 4.5 is not a whole number; the default 1 is used.",
      "Rules budget.amberPct 12 and budget.redPct 8 are inverted (Red must be at or above Amber); the defaults 5 and 10 are used.",
    ]);
    expect(parseRuleRows([["fy.startMonth", 13]]).warnings[0].message).toBe("Rule fy.startMonth: value 13 is outside 1-12; the default 1 is used.");
    expect(parseRuleRows([["FY.StartMonth", "4"]]).rules["fy.startMonth"]).toBe(4);
    expect(ruleProblems({ ...DEFAULT_RULES, "fy.startMonth": 4.5 }).map((problem) => problem.message)).toEqual(["Budget: Financial year starts in month (1-12) must be a whole number from 1 to 12."]);
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
      { row: 1, key: "stale.days", message: "Rule stale.days: value -3 is outside 1-3650; the default 45 is used." },
      { row: 2, key: "spi.orange", message: 'Unknown rule "spi.orange" is ignored.' },
    ]);
  });

  it("refuses values no rule can sensibly take, such as 1e308", () => {
    const { rules, warnings } = parseRuleRows([["spi.amber", 1e308], ["risk.redScore", 30], ["weight.value", 7]]);
    expect(rules["spi.amber"]).toBe(0.95);
    expect(rules["risk.redScore"]).toBe(17);
    expect(rules["weight.value"]).toBe(7);
    expect(warnings.map((warning) => [warning.row, warning.key])).toEqual([[0, "spi.amber"], [1, "risk.redScore"]]);
  });

  it("warns when a key is given twice, and says which value is used", () => {
    const { rules, warnings } = parseRuleRows([["spi.amber", 0.97], ["SPI.Amber", 0.96]]);
    expect(rules["spi.amber"]).toBe(0.96);
    expect(warnings).toEqual([{ row: 1, key: "spi.amber", message: "Rule spi.amber is given twice; this later value 0.96 is used (the one above is ignored)." }]);
  });

  it("puts inverted Amber and Red thresholds back to their defaults, with a warning", () => {
    const { rules, warnings } = parseRuleRows([["spi.red", 0.9], ["spi.amber", 0.5], ["slip.amberDays", 40], ["slip.redDays", 20], ["cpi.amber", 0.9], ["cpi.red", 0.9]]);
    expect([rules["spi.amber"], rules["spi.red"], rules["slip.amberDays"], rules["slip.redDays"]]).toEqual([0.95, 0.9, 15, 30]);
    // Equal thresholds are not inverted: Red wins at the boundary.
    expect([rules["cpi.amber"], rules["cpi.red"]]).toEqual([0.9, 0.9]);
    expect(warnings).toEqual([
      { row: 1, key: "spi.amber", message: "Rules spi.amber 0.5 and spi.red 0.9 are inverted (Red must be at or below Amber); the defaults 0.95 and 0.9 are used." },
      { row: 2, key: "slip.amberDays", message: "Rules slip.amberDays 40 and slip.redDays 20 are inverted (Red must be at or above Amber); the defaults 15 and 30 are used." },
    ]);
  });

  it("writes every key back in order", () => {
    const rows = ruleRows(DEFAULT_RULES);
    expect(rows[0]).toEqual(["spi.amber", 0.95]);
    expect(rows).toHaveLength(18);
    expect(parseRuleRows(rows).rules).toEqual(DEFAULT_RULES);
  });
});

describe("what stops a rule set being saved (the Rules page)", () => {
  it("finds nothing wrong with the defaults, and every rule is in exactly one group", () => {
    expect(ruleProblems(DEFAULT_RULES)).toEqual([]);
    expect(RULE_GROUPS.flatMap((group) => group.rules.map((rule) => rule.key)).sort()).toEqual([...RULE_KEYS].sort());
  });

  it("names a value outside its range, an inverted pair and all-zero weights in words", () => {
    const rules = { ...DEFAULT_RULES, "spi.red": 0.99, "risk.redScore": 400, "slip.redDays": 10, "weight.strategicFit": 0, "weight.value": 0, "weight.urgency": 0, "weight.riskReduction": 0 };
    expect(ruleProblems(rules)).toEqual([
      { key: "risk.redScore", message: "Risk: Red at threat score must be from 1 to 25." },
      { key: "spi.red", message: "Schedule: Red below SPI (0.99) must be at or below Amber below SPI (0.95), or nothing can be Amber on it." },
      { key: "slip.redDays", message: "Schedule: Red at days of slippage (10) must be at or above Amber at days of slippage (15), or nothing can be Amber on it." },
      { key: "weight.strategicFit", message: "At least one priority weight must be above 0, or no project gets a priority score." },
    ]);
  });

  it("takes equal Amber and Red as consistent, and an out-of-range pair only once", () => {
    expect(ruleProblems({ ...DEFAULT_RULES, "cpi.amber": 0.9, "cpi.red": 0.9 })).toEqual([]);
    // 400 is out of range; whether it is above Amber is not a second problem.
    expect(ruleProblems({ ...DEFAULT_RULES, "risk.amberScore": 400 }).map((problem) => problem.key)).toEqual(["risk.amberScore"]);
  });
});
