/**
 * PHASE's promises (SPEC 9) for any amount in cents, any dates and any profile: one entry per
 * calendar month from start's to finish's, a row that adds up to the amount exactly in floating
 * point, entries of the amount's sign, and each month within a cent of its exact share and in
 * whole cents, to a unit or two in the last place of the amount (binary cannot hold 0.1 exactly).
 */
import fc from "fast-check";
import { MAX_PHASED_AMOUNT, monthsSpanned, phaseAmount, PHASING_PROFILES, phasingWeights } from "../../src/engine/phasing";
import { dayFromParts, monthOfDay } from "../../src/engine/values";

const FIRST_DAY = dayFromParts(1990, 1, 1)!;
const LAST_DAY = dayFromParts(2060, 12, 31)!;

/** An amount of at most two decimals, from a cent to the largest amount phased. */
const amountInCents = fc.oneof(
  fc.integer({ min: -1_000_000_00, max: 1_000_000_00 }).map((cents) => cents / 100),
  fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }).map((cents) => Number(((cents % (MAX_PHASED_AMOUNT * 100)) / 100).toFixed(2))),
  fc.constantFrom(0, 0.01, 0.1, 0.3, 0.29, 1.15, 1200, 1e6 / 3, 9_999_999_999_999.99, MAX_PHASED_AMOUNT),
);

/** A start and a finish on or after it, up to about eight years apart (some on the same day). */
const span = fc
  .tuple(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), fc.oneof(fc.integer({ min: 0, max: 62 }), fc.integer({ min: 0, max: 3000 })))
  .map(([start, length]) => ({ start, finish: start + length }));

const profile = fc.constantFrom(...PHASING_PROFILES);

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);

describe("phaseAmount for any amount in cents", () => {
  it("adds up to the amount exactly, summed from the left as a cell formula would", () => {
    fc.assert(
      fc.property(amountInCents, span, profile, (amount, { start, finish }, shape) => {
        expect(sum(phaseAmount(amount, start, finish, shape))).toBe(amount);
      }),
      { numRuns: 2000 },
    );
  });

  it("has one entry per calendar month from start's month to finish's", () => {
    fc.assert(
      fc.property(amountInCents, span, profile, (amount, { start, finish }, shape) => {
        const row = phaseAmount(amount, start, finish, shape);
        expect(row.length).toBe(monthOfDay(finish) - monthOfDay(start) + 1);
        expect(row.length).toBe(monthsSpanned(start, finish));
        expect(row.every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("gives every month the amount's sign (0 or more for an amount of 0 or more), never -0", () => {
    fc.assert(
      fc.property(amountInCents, span, profile, (amount, { start, finish }, shape) => {
        const row = phaseAmount(amount, start, finish, shape);
        // One expect per row, not per month: jest's matchers are slow next to the phasing.
        const wrongSign = row.filter((value) => (amount >= 0 ? value < 0 : value > 0) || Object.is(value, -0));
        expect(wrongSign).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps each month within a cent of its exact share, in whole cents", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000_00, max: 1_000_000_000_00 }).map((cents) => cents / 100),
        span,
        profile,
        (amount, { start, finish }, shape) => {
          const row = phaseAmount(amount, start, finish, shape);
          const weights = phasingWeights(shape, start, finish);
          const totalWeight = sum(weights);
          // Within a cent of the share, and whole cents to a unit or two in the last place of the amount.
          const noise = 4 * Number.EPSILON * Math.abs(amount);
          const astray = row.filter((value, index) => {
            const share = (amount * weights[index]) / totalWeight;
            return !(Math.abs(value - share) < 0.01 + noise) || !(Math.abs(value - Math.round(value * 100) / 100) <= noise);
          });
          expect(astray).toEqual([]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("puts an even phasing's odd cents at the end, so no month differs from another by more than a cent", () => {
    fc.assert(
      fc.property(amountInCents, span, (amount, { start, finish }) => {
        const row = phaseAmount(amount, start, finish, "even");
        const cents = row.map((value) => Math.round(value * 100));
        expect(Math.max(...cents) - Math.min(...cents)).toBeLessThanOrEqual(1);
        expect(cents.every((value, index) => index === 0 || Math.abs(value) >= Math.abs(cents[index - 1]))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe("phaseAmount for amounts of more than two decimals", () => {
  it("still adds up exactly, every month but the last in whole cents", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((value) => (value === 0 ? 0 : value)), span, profile, (amount, { start, finish }, shape) => {
        const row = phaseAmount(amount, start, finish, shape);
        expect(sum(row)).toBe(amount);
        const noise = 4 * Number.EPSILON * Math.abs(amount);
        const fractional = row.slice(0, -1).filter((value) => Math.abs(value - Math.round(value * 100) / 100) > noise);
        expect(fractional).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
