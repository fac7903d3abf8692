/**
 * Collecting garbage between the phases of a run, when pmo runs with --expose-gc (its first line
 * gives it; see scripts/pmo-node-flags.mjs), else nothing. V8 lets the heap grow to about twice
 * what was live at its last full collection before it collects again; between reading, reporting
 * and writing almost all that the phase before made is garbage (the raw rows, the typed registers
 * once the report is built), so one collection there, a few tens of ms, keeps the next phase from
 * piling up on top of it: on the 50,000-project report, peak memory 760 MB without, 530 MB with.
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
