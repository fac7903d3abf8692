/** Findings say what they are about (issue 10, class 8): one line each, and the rule that matches the words. */
import { emptyMapping } from "../../src/engine/config";
import { checkGovernance } from "../../src/engine/governance";
import { readPortfolio } from "../../src/engine/read-portfolio";
import { DEFAULT_RULES } from "../../src/engine/rules";
import { sheetOf as sheet } from "../helpers/memory-sheets";
import { dayFromParts } from "../../src/engine/values";

const NOV_30 = dayFromParts(2026, 11, 30)!;
const projects = sheet("Projects", [
  ["Project ID", "Project Name", "Budget\n(approved, £)"],
  ["P-1", "Portal", "lots"],
]);

test("a header with a note on its second line is quoted on one line", () => {
  const { findings } = readPortfolio({ projects }, emptyMapping(), 1900, { asOf: NOV_30 });
  const invalid = findings.find((item) => item.rule === "invalid-value")!;
  expect(invalid.cell).toBe("C2");
  expect(invalid.message).toBe('Budget (approved, £): "lots" is not a number; it is left out of the figures.');
});

test("a High risk with an owner but no response is risk-without-response; with neither, risk-without-owner", () => {
  const risks = sheet("Risks", [
    ["Risk ID", "Project ID", "Probability", "Impact", "Owner", "Response"],
    ["R-1", "P-1", 4, 4, "Jo", ""],
    ["R-2", "P-1", 4, 4, "", ""],
    ["R-3", "P-1", 4, 4, "", "Weekly supplier calls"],
  ]);
  const { portfolio } = readPortfolio({ projects, risks }, emptyMapping(), 1900, { asOf: NOV_30 });
  const found = checkGovernance(portfolio, { asOf: NOV_30, rules: DEFAULT_RULES }).filter((item) => item.rule.startsWith("risk-without"));
  // 4 x 4 = 16: High (10-16), so each must have an owner and a response.
  expect(found.map(({ rule, cell, message }) => [rule, cell, message])).toEqual([
    ["risk-without-response", "F2", "Open High risk R-1 (score 16) has no response."],
    ["risk-without-owner", "E3", "Open High risk R-2 (score 16) has no owner and no response."],
    ["risk-without-owner", "E4", "Open High risk R-3 (score 16) has no owner."],
  ]);
});
