/**
 * The sample holds exactly its planted governance findings, for any seed and size: each planted
 * one once, and nothing else that breaks a rule of SPEC 5.
 */
import fc from "fast-check";
import { parseMonth } from "../../src/engine/values";
import { generateSamplePortfolio, PLANTED_FINDINGS, plantedFindingsFor, PlantedFindingKey } from "../../src/sample";
import { findRuleBreaks, RuleBreak } from "./sample-rule-check";

const MONTH = "2026-03";
const AS_OF = parseMonth(MONTH)!.last;

/** The rule each planted finding breaks (by hand, from SPEC 5). */
const RULE_OF: Record<PlantedFindingKey, string> = {
  overrideWithoutReason: "overrideWithoutReason",
  openRiskOnClosedProject: "openRiskOnInactiveProject",
  finishBeforeStart: "finishBeforeStart",
  riskOnUnknownProject: "unknownProject",
  costWithoutBudget: "costWithoutBudget",
  criticalRiskWithoutOwner: "highRiskWithoutOwnerOrResponse",
  staleLastUpdated: "stale",
  milestoneDoneInFuture: "milestoneDoneInFuture",
  textInDateColumn: "wrongType",
  excelErrorInCost: "excelError",
  duplicateId: "duplicateId",
};

const key = (found: RuleBreak) => `${found.rule} ${found.sheet}!${found.field}@${found.row}`;

function expectedBreaks(projects: number): string[] {
  return plantedFindingsFor(projects)
    .map((planted) => key({ rule: RULE_OF[planted.key], sheet: planted.sheet, field: planted.field, row: planted.row }))
    .sort();
}

describe("planted governance findings", () => {
  test("a 500-project sample breaks exactly the eleven planted rules, once each", () => {
    const sample = generateSamplePortfolio({ projects: 500, seed: 1, month: MONTH });
    const found = findRuleBreaks(sample, AS_OF).map(key).sort();
    expect(found).toHaveLength(11);
    expect(found).toEqual(expectedBreaks(500));
  });

  test("any seed and any size from 20 to 300: exactly the planted findings", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 20, max: 300 }), (seed, projects) => {
        const sample = generateSamplePortfolio({ projects, seed, month: MONTH });
        expect(findRuleBreaks(sample, AS_OF).map(key).sort()).toEqual(expectedBreaks(projects));
      }),
      { numRuns: 60 },
    );
  });

  test("samples under 20 projects keep the planted findings whose rows exist, and nothing else", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 19 }), (seed, projects) => {
        const sample = generateSamplePortfolio({ projects, seed, month: MONTH });
        expect(findRuleBreaks(sample, AS_OF).map(key).sort()).toEqual(expectedBreaks(projects));
      }),
      { numRuns: 40 },
    );
  });

  test("other months: still exactly the planted findings", () => {
    for (const month of ["2024-02", "2025-12", "2030-07"]) {
      const sample = generateSamplePortfolio({ projects: 120, seed: 7, month });
      expect(findRuleBreaks(sample, parseMonth(month)!.last).map(key).sort()).toEqual(expectedBreaks(120));
    }
  });

  test("the planted list: eleven findings, all present from 18 projects on, none for an empty sample", () => {
    expect(PLANTED_FINDINGS).toHaveLength(11);
    expect(plantedFindingsFor(18)).toHaveLength(11);
    expect(plantedFindingsFor(17)).toHaveLength(10);
    expect(plantedFindingsFor(0)).toEqual([]);
  });

  test("the planted cells, by hand", () => {
    const sample = generateSamplePortfolio({ projects: 50, seed: 3, month: MONTH });
    const projects = sample.projects.rows;
    // Projects: columns A id, M BAC (12), N Actual Cost (13), O Earned Value (14), R RAG Override (17), S reason (18).
    expect(projects[2][17]).toBe("Amber");
    expect(projects[2][18]).toBeNull();
    expect(projects[7][12]).toBeNull();
    expect(typeof projects[7][13]).toBe("number");
    expect(typeof projects[7][14]).toBe("number");
    expect(projects[9][19]).toEqual(new Date(Date.UTC(2025, 11, 31))); // 90 days before 2026-03-31
    expect(projects[12][11]).toBe("TBC");
    expect(projects[14][13]).toBe("#REF!");
    expect(projects[17][0]).toBe("PRJ-017");
    expect(projects[16][0]).toBe("PRJ-017");
    expect(projects.filter((row) => row[0] === "PRJ-018")).toHaveLength(0);
    expect((projects[5][10] as Date).getTime()).toBeLessThan((projects[5][9] as Date).getTime());
    // Risks: 5 per project for the first 20 projects. B project, E owner, H status, I probability, J impact.
    expect(sample.risks.rows[15].slice(1, 2)).toEqual([projects[3][0]]);
    expect(projects[3][7]).toBe("Closed");
    expect(sample.risks.rows[15][7]).toBe("Open");
    expect(sample.risks.rows[30][1]).toBe("PRJ-9999");
    expect(sample.risks.rows[40].slice(4, 10)).toEqual([null, expect.any(String), "Threat", "Open", 4, 5]);
    // Milestones: 3 per project for the first 20 projects. F actual date: 2026-04-12.
    expect(sample.milestones.rows[30][5]).toEqual(new Date(Date.UTC(2026, 3, 12)));
    expect(PLANTED_FINDINGS.find((planted) => planted.key === "excelErrorInCost")?.cell).toBe("N16");
    expect(PLANTED_FINDINGS.find((planted) => planted.key === "criticalRiskWithoutOwner")?.cell).toBe("E42");
    expect(PLANTED_FINDINGS.find((planted) => planted.key === "milestoneDoneInFuture")?.cell).toBe("F32");
  });
});
