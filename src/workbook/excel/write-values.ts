/**
 * The cells of every plan, queued in row blocks that fill each sync up to the limit (limits.ts):
 * the only part of a report whose size grows with the portfolio, so the only one split over syncs.
 */
import { DateSystem } from "../../engine/values/date";
import { SheetPlan } from "../../layout/sheet-plan";
import { ProgressReporter } from "../port";
import { rangeAddress } from "./address";
import { ACTION_OVERHEAD_BYTES, CLIENT_CHUNK_BYTES, CLIENT_CHUNK_CELLS, MAX_SYNC_BYTES } from "./limits";
import { cellBlock, rowPayloads, valueWidth } from "./plan-cells";

export interface SheetValues {
  sheet: Excel.Worksheet;
  plan: SheetPlan;
}

/**
 * Two actions per block: numberFormat, then values; each with its range's address, and one chunk
 * of the client's own split (limits.ts) at most partly filled.
 */
const BLOCK_OVERHEAD = 2 * (ACTION_OVERHEAD_BYTES + 20 + CLIENT_CHUNK_BYTES);

/** What the client's split of a block into ~1,500-cell chunks adds per row, for both arrays. */
function chunkBytesPerRow(width: number): number {
  return Math.ceil((2 * CLIENT_CHUNK_BYTES * width) / CLIENT_CHUNK_CELLS);
}

/**
 * Queues the values of every sheet after `pending` bytes already queued, syncing whenever the next
 * row would not fit. Returns the bytes left pending (queued, not yet synced).
 */
export async function queueValues(context: Excel.RequestContext, targets: readonly SheetValues[], dateSystem: DateSystem, pending: number, progress?: ProgressReporter): Promise<number> {
  const sizes = targets.map(({ plan }) => {
    const width = valueWidth(plan);
    const chunking = chunkBytesPerRow(width);
    return { width, payloads: width === 0 ? [] : rowPayloads(plan, width, dateSystem).map((bytes) => bytes + chunking) };
  });
  const total = sizes.reduce((sum, size) => sum + size.payloads.reduce((a, b) => a + b, 0), 0);
  let done = 0;
  for (let t = 0; t < targets.length; t++) {
    const { sheet, plan } = targets[t];
    const { width, payloads } = sizes[t];
    let from = 0;
    while (from < payloads.length) {
      let to = from;
      let bytes = BLOCK_OVERHEAD;
      while (to < payloads.length && pending + bytes + payloads[to] <= MAX_SYNC_BYTES) bytes += payloads[to++];
      if (to === from && pending > 0) {
        // The next row does not fit in what is queued: send it, and start a new request.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~4 MB of values: Excel on the web rejects a larger request
        await context.sync();
        pending = 0;
        continue;
      }
      if (to === from) bytes += payloads[to++]; // a single row larger than a request goes alone
      const block = cellBlock(plan, from, to, width, dateSystem);
      const range = sheet.getRange(rangeAddress(from + 1, 1, to, width));
      // Formats first: a text cell must be "@" before its text arrives (plan-cells.ts).
      range.numberFormat = block.formats;
      range.values = block.values;
      pending += bytes;
      done += bytes - BLOCK_OVERHEAD;
      from = to;
      progress?.(`Writing ${plan.name}`, total === 0 ? 1 : done / total);
    }
  }
  return pending;
}
