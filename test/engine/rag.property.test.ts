import fc from "fast-check";
import { RAG_SEVERITY } from "../../src/engine/constants";
import { assessCost, assessFigures, assessOverall, assessRisk, assessSchedule, overallStatusOf, ProjectFigures } from "../../src/engine/rag";
import { DEFAULT_RULES } from "../../src/engine/rules";

const index = fc.option(fc.double({ min: 0, max: 3, noNaN: true }), { nil: null });
const days = fc.option(fc.integer({ min: -400, max: 400 }), { nil: null });
const scores = fc.array(fc.integer({ min: 1, max: 25 }), { maxLength: 5 });

function overall(spi: number | null, cpi: number | null, slip: number | null, threatScores: number[]) {
  return assessOverall({
    schedule: assessSchedule({ spi, slipDays: slip }, DEFAULT_RULES),
    cost: assessCost(cpi, DEFAULT_RULES),
    risk: assessRisk(threatScores.map((score) => ({ score })), DEFAULT_RULES),
  });
}

describe("RAG status", () => {
  it("is the worst dimension, and every non-Green status has a reason", () => {
    fc.assert(
      fc.property(index, index, days, scores, (spi, cpi, slip, threatScores) => {
        const result = overall(spi, cpi, slip, threatScores);
        const worst = Math.max(...[result.schedule, result.cost, result.risk].map((dimension) => RAG_SEVERITY[dimension.status]));
        expect(RAG_SEVERITY[result.status]).toBe(worst);
        if (result.status === "Amber" || result.status === "Red") expect(result.reasons.length).toBeGreaterThan(0);
        if (result.status === "Green") expect(result.reasons).toEqual([]);
      }),
    );
  });

  it("never gets better when SPI or CPI falls or slippage grows", () => {
    fc.assert(
      fc.property(index, index, days, scores, fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 100 }), (spi, cpi, slip, threatScores, drop, extraDays) => {
        const before = RAG_SEVERITY[overall(spi, cpi, slip, threatScores).status];
        const after = overall(spi === null ? null : spi * drop, cpi === null ? null : cpi * drop, slip === null ? null : slip + extraDays, threatScores);
        expect(RAG_SEVERITY[after.status]).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it("is the same from overallStatusOf, which builds no reasons, as from the full assessment, whatever the thresholds", () => {
    const figure = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
    const figures: fc.Arbitrary<ProjectFigures> = fc.record({
      spi: figure(fc.double({ min: 0, max: 3, noNaN: true })),
      cpi: figure(fc.double({ min: 0, max: 3, noNaN: true })),
      slipDays: figure(fc.integer({ min: -400, max: 400 })),
      riskScore: figure(fc.integer({ min: 1, max: 25 })),
    });
    const ratio = fc.double({ min: 0, max: 2, noNaN: true });
    const dayCount = fc.integer({ min: 0, max: 3650 });
    const score = fc.integer({ min: 1, max: 25 });
    // Amber and Red drawn independently, so contradictory pairs (Red above Amber) are tried too.
    const rules = fc.record({ "spi.amber": ratio, "spi.red": ratio, "cpi.amber": ratio, "cpi.red": ratio, "slip.amberDays": dayCount, "slip.redDays": dayCount, "risk.amberScore": score, "risk.redScore": score });
    fc.assert(
      fc.property(figures, fc.option(rules, { nil: undefined }), (given, overrides) => {
        const ruleSet = { ...DEFAULT_RULES, ...overrides };
        expect(overallStatusOf(given, ruleSet)).toBe(assessFigures(given, ruleSet).status);
      }),
      { numRuns: 2000 },
    );
  });
});
