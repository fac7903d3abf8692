/**
 * The watermelon check (SPEC 2): the reported status against the one computed from the figures.
 * Every expectation is worked out by hand on the levels Green 1, Amber/Green 1.5, Amber 2,
 * Amber/Red 2.5, Red 3: optimistic when reported <= computed - 1.
 */
import { DCA_LEVEL, RagStatus, ReportedRag } from "../../src/engine/constants";
import { checkGovernance } from "../../src/engine/governance";
import { DEFAULT_RULES } from "../../src/engine/rules";
import { dayFromParts } from "../../src/engine/values";
import { isOptimistic } from "../../src/engine/watermelon";
import { watermelonPortfolio } from "../helpers/watermelon-register";

describe("the levels", () => {
  it("are Green 1, Amber/Green 1.5, Amber 2, Amber/Red 2.5, Red 3", () => {
    expect(DCA_LEVEL).toEqual({ Green: 1, "Amber/Green": 1.5, Amber: 2, "Amber/Red": 2.5, Red: 3 });
  });
});

describe("isOptimistic", () => {
  it.each<[ReportedRag | undefined, RagStatus, boolean]>([
    // 1 <= 3 - 1
    ["Green", "Red", true],
    // 1 <= 2 - 1: exactly one level, the boundary
    ["Green", "Amber", true],
    ["Green", "Green", false],
    // 1.5 <= 2 - 1 is false: half a level better
    ["Amber/Green", "Amber", false],
    // 1.5 <= 3 - 1
    ["Amber/Green", "Red", true],
    ["Amber/Green", "Green", false],
    // 2 <= 3 - 1
    ["Amber", "Red", true],
    ["Amber", "Amber", false],
    // 2.5 <= 3 - 1 is false
    ["Amber/Red", "Red", false],
    ["Red", "Red", false],
    // Reporting worse than the figures is never optimistic.
    ["Red", "Green", false],
    ["Amber/Red", "Green", false],
    // Grey on either side is not assessed.
    ["Grey", "Red", false],
    ["Green", "Grey", false],
    [undefined, "Red", false],
  ])("reported %p, computed %p: %p", (reported, computed, expected) => {
    expect(isOptimistic(reported, computed)).toBe(expected);
  });
});

const ASOF = dayFromParts(2026, 11, 30)!;


describe("the optimistic-status warning", () => {
  const { portfolio } = watermelonPortfolio();
  const findings = checkGovernance(portfolio, { asOf: ASOF, rules: DEFAULT_RULES }).filter((item) => item.rule === "optimistic-status");

  it("is given for each active project reporting a full level better than its figures, at its RAG cell", () => {
    expect(findings.map((item) => [item.cell, item.severity, item.sheet])).toEqual([
      ["D3", "warning", "Projects"],
      ["D5", "warning", "Projects"],
      ["D6", "warning", "Projects"],
      ["D10", "warning", "Projects"],
    ]);
  });

  it("names the project, both statuses and the reasons", () => {
    expect(findings[0].message).toMatch(/^Project W-1 \(Depot\) reports Green but its figures give Red \(Cost Red: CPI 0\.85 < 0\.90\)/);
    expect(findings[1].message).toMatch(/^Project W-3 \(Canal\) reports Amber\/Green but its figures give Red/);
    expect(findings[2].message).toMatch(/^Project W-4 \(Dock\) reports Green but its figures give Amber \(Cost Amber: CPI 0\.94 < 0\.95\)/);
    expect(findings[0].message).toMatch(/watermelon/);
  });

  it("compares with the status before the override, whose reason is not a computed reason", () => {
    expect(findings[3].message).toMatch(/^Project W-8 \(Harbour\) reports Green but its figures give Red \(Cost Red: CPI 0\.85 < 0\.90\):/);
    expect(findings[3].message).not.toMatch(/Recovery plan/);
  });

  it("keeps the reported RAG beside the override, never in its place", () => {
    const harbour = portfolio.projects.find((project) => project.id === "W-8")!;
    expect(harbour).toMatchObject({ reportedRag: "Green", ragOverride: "Green", overrideReason: "Recovery plan agreed" });
    const depot = portfolio.projects.find((project) => project.id === "W-1")!;
    expect(depot.ragOverride).toBeUndefined();
  });
});
