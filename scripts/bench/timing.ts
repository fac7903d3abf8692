/** Small timing helpers for the benchmark: best of a few runs, figures printed as a table. */
import { performance } from "node:perf_hooks";

export interface Measurement {
  name: string;
  figure: string;
  target?: string;
}

/** Best (shortest) wall time in ms of `runs` runs of `body`, after one warm-up run. */
export function bestTime(body: () => void, runs = 5): number {
  body();
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    body();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export function perSecond(count: number, ms: number): string {
  return `${Math.round((count / ms) * 1000).toLocaleString("en-GB")} /s`;
}

export function printTable(rows: Measurement[]): void {
  const width = Math.max(...rows.map((row) => row.name.length));
  for (const row of rows) console.log(`${row.name.padEnd(width)}  ${row.figure.padStart(16)}${row.target ? `   (target ${row.target})` : ""}`);
}
