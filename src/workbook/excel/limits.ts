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
 * ids and a name, and every object it reaches (`getRanges(...)`, `.format`, `.font`,
 * `borders.getItem(...)`) as an object path and an instantiation of its own. Measured on the real
 * client's serialised requests (test/excel-host): a style's three property sets on one RangeAreas
 * take 1,228 bytes, about 300 per action, so actions are counted at 320.
 */
export const ACTION_OVERHEAD_BYTES = 320;

/**
 * The real client splits a `values` or `numberFormat` write of over 1,500 cells into chunks of
 * about 1,500 cells, each set on `getRow(i).getBoundingRect(getRow(j))`: three more object paths
 * and actions per chunk. Measured on the serialised requests: 820 bytes a chunk, counted at 900.
 */
export const CLIENT_CHUNK_CELLS = 1_500;
export const CLIENT_CHUNK_BYTES = 900;
