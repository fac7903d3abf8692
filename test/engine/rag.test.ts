import fc from "fast-check";
import { compareIds, firstInOrder } from "../../src/engine/compare";
import { assessCost, assessOverall, assessRisk, assessSchedule, reasonText } from "../../src/engine/rag";
import { DEFAULT_RULES } from "../../src/engine/rules";

describe("schedule with milestones (SPEC 3.4)", () => {
  it("is Amber for a milestone overdue under 30 days and Red from 30", () => {
    expect(assessSchedule({ overdueMilestones: [{ id: "M-1", daysOverdue: 29 }] }, DEFAULT_RULES)).toEqual({
      status: "Amber",
      reasons: ["Schedule Amber: milestone M-1 overdue 29 days"],
    });
    expect(assessSchedule({ overdueMilestones: [{ id: "M-1", daysOverdue: 30 }] }, DEFAULT_RULES).status).toBe("Red");
  });

  it("is Green with only milestones not yet due, Grey with nothing known", () => {
    expect(assessSchedule({ hasOpenMilestones: true, overdueMilestones: [] }, DEFAULT_RULES)).toEqual({ status: "Green", reasons: [] });
    expect(assessSchedule({}, DEFAULT_RULES).status).toBe("Grey");
  });

  it("keeps only the reasons of the worst factor", () => {
    const schedule = assessSchedule({ spi: 0.92, slipDays: 40, overdueMilestones: [{ id: "M-2", daysOverdue: 3 }] }, DEFAULT_RULES);
    expect(schedule).toEqual({ status: "Red", reasons: ["Schedule Red: finish slipped 40 days (>= 30)"] });
  });
});

describe("risk dimension", () => {
  it("is Grey with no open threat and names the threats that make it Red", () => {
    expect(assessRisk([], DEFAULT_RULES).status).toBe("Grey");
    expect(assessRisk([{ id: "R-1", score: 4 }], DEFAULT_RULES)).toEqual({ status: "Green", reasons: [] });
    expect(assessRisk([{ id: "R-1", score: 20 }, { id: "R-2", score: 12 }, { id: "R-3", score: 17 }], DEFAULT_RULES)).toEqual({
      status: "Red",
      reasons: ["Risk Red: open threat R-1 score 20 (Critical, >= 17)", "Risk Red: open threat R-3 score 17 (Critical, >= 17)"],
    });
  });
});

describe("overall status and overrides", () => {
  const dimensions = {
    schedule: assessSchedule({ spi: 1 }, DEFAULT_RULES),
    cost: assessCost(0.8, DEFAULT_RULES),
    risk: assessRisk([], DEFAULT_RULES),
  };

  it("is the worst assessed dimension", () => {
    const overall = assessOverall(dimensions);
    expect(overall.status).toBe("Red");
    expect(overall.overridden).toBe(false);
    expect(reasonText(overall)).toBe("Cost Red: CPI 0.80 < 0.90");
  });

  it("takes an override with its reason and says what it replaced", () => {
    const overall = assessOverall(dimensions, { status: "Amber", reason: "Recovery plan approved by the board" });
    expect(overall.status).toBe("Amber");
    expect(overall.overridden).toBe(true);
    expect(overall.reasons).toEqual(["Overridden to Amber (computed Red): Recovery plan approved by the board", "Cost Red: CPI 0.80 < 0.90"]);
  });

  it("is Grey when nothing is assessed", () => {
    const overall = assessOverall({ schedule: assessSchedule({}, DEFAULT_RULES), cost: assessCost(null, DEFAULT_RULES), risk: assessRisk([], DEFAULT_RULES) });
    expect(overall.status).toBe("Grey");
  });
});

describe("ordering helpers", () => {
  it("picks the first items in order without sorting them all", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: 0, max: 12 }), (items, count) => {
        const expected = [...items].sort((a, b) => b - a).slice(0, count);
        expect(firstInOrder(items, count, (a, b) => b - a)).toEqual(expected);
      }),
    );
    expect(["PRJ-10", "PRJ-2", "PRJ-1"].sort(compareIds)).toEqual(["PRJ-1", "PRJ-2", "PRJ-10"]);
  });
});
