import { apportionCents, monthsSpanned, phaseAmount, phasingWeights } from "../../src/engine/phasing";
import { dayFromParts } from "../../src/engine/values";

const day = (iso: string): number => {
  const [year, month, date] = iso.split("-").map(Number);
  return dayFromParts(year, month, date)!;
};

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);

describe("phasing weights", () => {
  it("count the days of [start, finish] in each month for linear", () => {
    // 15-31 Jan is 17 days, February 2026 28, March 31.
    expect(phasingWeights("linear", day("2026-01-15"), day("2026-03-31"))).toEqual([17, 28, 31]);
    // A leap February: 2028-02-20 to 2028-03-05 is 10 days of February (20-29) and 5 of March.
    expect(phasingWeights("linear", day("2028-02-20"), day("2028-03-05"))).toEqual([10, 5]);
    expect(phasingWeights("linear", day("2026-06-10"), day("2026-06-10"))).toEqual([1]);
  });

  it("follow the profiles of SPEC 9 for n months", () => {
    const start = day("2026-01-31");
    const finish = day("2026-04-01"); // four months, whatever the days
    expect(phasingWeights("even", start, finish)).toEqual([1, 1, 1, 1]);
    expect(phasingWeights("front", start, finish)).toEqual([4, 3, 2, 1]);
    expect(phasingWeights("back", start, finish)).toEqual([1, 2, 3, 4]);
    // sin²(π(i - ½)/4): sin²(22.5°) = (1 - cos 45°)/2 = 0.146447, sin²(67.5°) = (1 + cos 45°)/2 = 0.853553.
    const scurve = phasingWeights("scurve", start, finish);
    [0.146447, 0.853553, 0.853553, 0.146447].forEach((weight, index) => expect(scurve[index]).toBeCloseTo(weight, 6));
  });

  it("span the calendar months from start's to finish's, across years", () => {
    expect(monthsSpanned(day("2026-11-30"), day("2027-02-01"))).toBe(4);
    expect(monthsSpanned(day("2026-01-01"), day("2026-12-31"))).toBe(12);
  });
});

describe("apportioning cents", () => {
  it("rounds each share down and gives the cents left to the largest remainders, later months first on a tie", () => {
    // 100 cents in thirds: 33.33 each, 99 after rounding down; the last month takes the odd cent.
    expect(apportionCents(100, [1, 1, 1])).toEqual([33, 33, 34]);
    // 200 in thirds: 66.67 each, 198 rounded down: the last two months take one each.
    expect(apportionCents(200, [1, 1, 1])).toEqual([66, 67, 67]);
    // 10 in 3:2:1 is 5, 3.33, 1.67: the cent left goes to the 0.67.
    expect(apportionCents(10, [3, 2, 1])).toEqual([5, 3, 2]);
    expect(apportionCents(0, [1, 2])).toEqual([0, 0]);
  });
});

describe("phaseAmount", () => {
  it("phases linearly by days: 1200 from 15 January to 31 March 2026", () => {
    // 76 days: 1200 x 17/76 = 268.4210, x 28/76 = 442.1052, x 31/76 = 489.4736 (120,000 cents:
    // 26842.1, 44210.5, 48947.4 rounded down add up to 119,999; February has the largest remainder).
    const row = phaseAmount(1200, day("2026-01-15"), day("2026-03-31"), "linear");
    expect(row).toEqual([268.42, 442.11, 489.47]);
    expect(sum(row)).toBe(1200);
  });

  it("phases evenly, the odd cents in the last months", () => {
    // 100 / 3 = 33.333...: 33.33, 33.33 and 33.34.
    const row = phaseAmount(100, day("2026-01-15"), day("2026-03-10"), "even");
    expect(row).toEqual([33.33, 33.33, 33.34]);
    expect(sum(row)).toBe(100);
  });

  it("front-loads and back-loads by n ... 1 and 1 ... n", () => {
    // 100 in 3:2:1 of 6 = 50, 33.333, 16.667 -> 50, 33.33, 16.67; back is the mirror image.
    expect(phaseAmount(100, day("2026-01-01"), day("2026-03-31"), "front")).toEqual([50, 33.33, 16.67]);
    expect(phaseAmount(100, day("2026-01-01"), day("2026-03-31"), "back")).toEqual([16.67, 33.33, 50]);
    // 1000 over four months: 4:3:2:1 of 10.
    expect(phaseAmount(1000, day("2026-01-01"), day("2026-04-30"), "front")).toEqual([400, 300, 200, 100]);
  });

  it("follows an S-curve: sin²(π(i - ½)/n)", () => {
    // n = 4, weights 0.146447, 0.853553, 0.853553, 0.146447 add up to 2: 1000 x 0.146447/2 = 73.2233,
    // x 0.853553/2 = 426.7767. In cents 7322.33, 42677.67 (twice), 7322.33: 99,998 rounded down,
    // and the two cents left go to the 0.67 remainders of months 2 and 3.
    const row = phaseAmount(1000, day("2026-01-01"), day("2026-04-30"), "scurve");
    expect(row).toEqual([73.22, 426.78, 426.78, 73.22]);
    expect(sum(row)).toBe(1000);
    // One month holds everything; two halve it (sin²(π/4) = ½).
    expect(phaseAmount(1000, day("2026-01-01"), day("2026-01-31"), "scurve")).toEqual([1000]);
    expect(phaseAmount(1000, day("2026-01-01"), day("2026-02-28"), "scurve")).toEqual([500, 500]);
  });

  it("puts a single month's amount in one entry and phases 0 as zeros", () => {
    expect(phaseAmount(500, day("2026-02-10"), day("2026-02-20"))).toEqual([500]);
    expect(phaseAmount(0, day("2026-01-15"), day("2026-03-31"))).toEqual([0, 0, 0]);
  });

  it("knows leap Februaries", () => {
    // 2028-02-01 to 2028-03-31: 29 + 31 = 60 days; 600 x 29/60 = 290, x 31/60 = 310.
    expect(phaseAmount(600, day("2028-02-01"), day("2028-03-31"))).toEqual([290, 310]);
  });

  it("phases a credit as the mirror of the same debit, with no -0", () => {
    expect(phaseAmount(-1200, day("2026-01-15"), day("2026-03-31"))).toEqual([-268.42, -442.11, -489.47]);
    const row = phaseAmount(-0.01, day("2026-01-01"), day("2026-03-31"), "even");
    expect(row.map((value) => Object.is(value, -0))).toEqual([false, false, false]);
    expect(row).toEqual([0, 0, -0.01]);
  });

  it("adds up to an amount of more decimals exactly, the last month taking the fraction of a cent", () => {
    // 100.005 is 10,000 cents and half a cent: 33.33, 33.33, 33.34, and the last month also takes
    // the 0.005.
    const row = phaseAmount(100.005, day("2026-01-01"), day("2026-03-31"), "even");
    expect(row.slice(0, 2)).toEqual([33.33, 33.33]);
    expect(row[2]).toBeCloseTo(33.345, 10);
    expect(sum(row)).toBe(100.005);
    // A third has no end of decimals: the whole cents go out, the rest is on the last month.
    const third = phaseAmount(1 / 3, day("2026-01-01"), day("2026-02-28"), "even");
    expect(third[0]).toBe(0.16);
    expect(sum(third)).toBe(1 / 3);
  });

  it("adds up exactly where cents in binary do not: 0.1 + 0.2 is not 0.3 in floating point", () => {
    // 0.30 by weights 1:2 is 0.10 and 0.20, whose floating-point sum is 0.30000000000000004: the
    // last entry is set a hair under 0.2 so that the row's sum is 0.3 itself.
    const row = phaseAmount(0.3, day("2026-01-01"), day("2026-02-28"), "back");
    expect(row[0]).toBe(0.1);
    expect(row[1]).toBeCloseTo(0.2, 15);
    expect(row[0] + row[1]).toBe(0.3);
  });
});
