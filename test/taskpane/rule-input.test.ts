import { formatRuleValue, parseRuleInput } from "../../src/taskpane/pages/rules/rule-input";

describe("a rule's value as typed and shown", () => {
  it("takes one point or comma as the decimal point, whatever the locale", () => {
    expect(["0.95", "0,95", " 0,95 ", ",5", "45", "+3", "-1"].map(parseRuleInput)).toEqual([0.95, 0.95, 0.95, 0.5, 45, 3, -1]);
  });

  it("refuses what is not one number", () => {
    expect(["", "abc", "1,000.5", "1.2.3", "0,9,5", "1e3", "12%"].map(parseRuleInput)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it("shows a value in the user's locale, without grouping", () => {
    expect([formatRuleValue(0.95, "de-DE"), formatRuleValue(0.95, "en-GB"), formatRuleValue(3650, "en-GB"), formatRuleValue(3650, "de-DE")]).toEqual(["0,95", "0.95", "3650", "3650"]);
  });
});
