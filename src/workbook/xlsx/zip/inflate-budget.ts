/**
 * How many bytes we agree to inflate from one archive, across all of its entries. It is counted on
 * the bytes inflating actually produces, never on the sizes the archive claims, so a lying or
 * hostile file is stopped once the limit is passed, before it can exhaust memory or time.
 */
import { ZipLimitError } from "./zip-errors";

const MB = 1024 * 1024;

/** Inflated bytes allowed per byte of archive. Workbook XML deflates 5-20 to 1; 40 leaves room for very regular sheets. */
export const INFLATE_RATIO_LIMIT = 40;
/** Added to the ratio's allowance, so a small file with one highly regular part is not refused. */
export const INFLATE_ALLOWANCE = 10 * MB;
/** Never more than this in total: about what a browser tab can allocate, far past what a report needs. */
export const INFLATE_CEILING = 2048 * MB;

/** The default limit for an archive of `fileSize` bytes: min(40 x file size + 10 MB, 2 GB). */
export function defaultInflateLimit(fileSize: number): number {
  return Math.min(INFLATE_RATIO_LIMIT * fileSize + INFLATE_ALLOWANCE, INFLATE_CEILING);
}

/** Shared by every read from one archive; create one per archive opened. */
export class InflateBudget {
  private spent = 0;

  constructor(readonly limit: number) {}

  /** Bytes produced so far, by every read charged to this budget. */
  get used(): number {
    return this.spent;
  }

  get remaining(): number {
    return Math.max(0, this.limit - this.spent);
  }

  /** Counts bytes just produced for `part`; throws ZipLimitError once the total passes the limit. */
  spend(byteCount: number, part: string): void {
    this.spent += byteCount;
    if (this.spent > this.limit) {
      throw new ZipLimitError(
        "inflated-bytes",
        `The file expands to more than ${Math.round(this.limit / MB)} MB when unpacked, more than a workbook of its size can hold; it may be a "zip bomb".`,
        this.limit,
        part,
      );
    }
  }
}
