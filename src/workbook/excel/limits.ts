/**
 * The limits the Office adapter works within. Excel on the web rejects a request or a response
 * over 5 MB, so every sync is kept under 4 MB (the margin covers Office.js's own envelope and
 * estimates that run short). The ExcelApi set the adapter needs (1.9: RangeAreas and page layout
 * are the newest it calls) is declared in manifest.xml, so no host without it loads the add-in and
 * the code needs no fallbacks for older hosts.
 */

/** Most bytes of cell data one `context.sync()` may carry, either way. */
export const MAX_SYNC_BYTES = 4_000_000;

/**
 * What one queued action costs beyond its arguments: Office.js sends each as a JSON record with
 * ids, a name and an object path. Counted generously, so that thousands of small format actions
 * cannot push a request over the limit unnoticed.
 */
export const ACTION_OVERHEAD_BYTES = 100;
