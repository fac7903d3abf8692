/**
 * Reading used values in blocks of rows, so that no response exceeds the limit (limits.ts).
 * Sizes are not known before the first values arrive, so the first sync reads at most ~1 MB at a
 * generous guess per cell; every block read then teaches the real bytes per row of its sheet
 * (with a margin), and later syncs are filled up to ~4 MB each. Excel also refuses to read over
 * five million cells of one range, on every platform; the byte budget keeps each block far below
 * that: an empty cell is 3 bytes of JSON (`"",`), so ~4 MB is at most ~1.3 million cells.
 */
import { addressStart, rangeAddress } from "./address";
import { MAX_SYNC_BYTES } from "./limits";
import { rowBytes } from "./payload";

/** A first guess: a number is ~10 bytes as JSON, a name or date text 20-40. */
const GUESS_BYTES_PER_CELL = 40;
const FIRST_SYNC_BYTES = 1_000_000;
/** Rows further down may be longer than the ones measured. */
const MARGIN = 1.25;

export interface SheetExtent {
  name: string;
  sheet: Excel.Worksheet;
  firstRow: number;
  firstColumn: number;
  rowCount: number;
  columnCount: number;
  rows: unknown[][];
  /** Bytes a row of this sheet is expected to take in a response. */
  bytesPerRow: number;
  measured: boolean;
}

/** A sheet's used range as loaded (address, rowCount, columnCount), or an empty sheet. */
export function sheetExtent(name: string, sheet: Excel.Worksheet, used: Excel.Range): SheetExtent {
  if (used.isNullObject) return { name, sheet, firstRow: 1, firstColumn: 1, rowCount: 0, columnCount: 0, rows: [], bytesPerRow: 0, measured: false };
  const start = addressStart(used.address);
  return { name, sheet, firstRow: start.row, firstColumn: start.column, rowCount: used.rowCount, columnCount: used.columnCount, rows: [], bytesPerRow: used.columnCount * GUESS_BYTES_PER_CELL + 2, measured: false };
}

interface Block {
  extent: SheetExtent;
  from: number;
  to: number;
}

/** Rows of the sheets, in order, that fit in `budget` bytes at each sheet's bytes per row. */
export function nextBlocks(extents: readonly SheetExtent[], budget: number): Block[] {
  const blocks: Block[] = [];
  let room = budget;
  for (const extent of extents) {
    const from = extent.rows.length;
    const left = extent.rowCount - from;
    if (left <= 0) continue;
    // Nothing queued yet: take at least one row, however long.
    const fit = Math.floor(room / extent.bytesPerRow);
    const take = Math.min(left, room === budget ? Math.max(1, fit) : fit);
    if (take <= 0) break;
    blocks.push({ extent, from, to: from + take });
    room -= take * extent.bytesPerRow;
  }
  return blocks;
}

/** The first sync: an equal share of ~1 MB for every sheet, so that each is measured early. */
function firstBlocks(extents: readonly SheetExtent[]): Block[] {
  const reading = extents.filter((extent) => extent.rowCount > 0);
  const share = FIRST_SYNC_BYTES / Math.max(1, reading.length);
  return reading.map((extent) => ({ extent, from: 0, to: Math.min(extent.rowCount, Math.max(1, Math.floor(share / extent.bytesPerRow))) }));
}

/** Reads every extent's values; returns the number of syncs it took. */
export async function readValues(context: Excel.RequestContext, extents: readonly SheetExtent[]): Promise<number> {
  let syncs = 0;
  for (let blocks = firstBlocks(extents); blocks.length > 0; blocks = nextBlocks(extents, MAX_SYNC_BYTES)) {
    const ranges = blocks.map(({ extent, from, to }) => {
      const top = extent.firstRow + from;
      const range = extent.sheet.getRange(rangeAddress(top, extent.firstColumn, extent.firstRow + to - 1, extent.firstColumn + extent.columnCount - 1));
      range.load("values");
      return range;
    });
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~4 MB of values: Excel on the web rejects a larger response
    await context.sync();
    syncs++;
    blocks.forEach(({ extent }, index) => {
      const values = ranges[index].values;
      let bytes = 0;
      for (const row of values) {
        bytes += rowBytes(row) + 1;
        extent.rows.push(row);
      }
      // The guess gives way to the first measurement; after that the estimate only grows.
      const measured = Math.max(1, Math.ceil((bytes / Math.max(1, values.length)) * MARGIN));
      extent.bytesPerRow = extent.measured ? Math.max(extent.bytesPerRow, measured) : measured;
      extent.measured = true;
    });
  }
  return syncs;
}
