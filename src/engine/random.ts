/**
 * A seeded pseudo-random generator, shared by everything that must give the same answer for the
 * same inputs: the CONTINGENCY simulation (a sheet must not change on every recalculation) and
 * the sample portfolio (the same seed must give the same workbook).
 */

/** mulberry32: a small, fast, well-distributed 32-bit generator; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
