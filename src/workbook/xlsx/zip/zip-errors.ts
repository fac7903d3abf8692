/**
 * The two ways a zip can be refused. Callers tell the user different things: a damaged (or hostile)
 * file has to be repaired or re-saved, while a file over a limit is well-formed but bigger or more
 * elaborate than we agree to handle.
 */

/** What is wrong with a damaged archive, for callers and tests that branch on it. */
export type ZipDamage =
  | "not-a-zip"
  | "truncated"
  | "malformed"
  | "duplicate-name"
  | "overlapping-entries"
  | "encrypted"
  | "unsupported-method"
  | "bad-deflate-data"
  | "bad-crc"
  | "bad-length";

/** The archive is not a zip, is cut short, is inconsistent with itself, or is built to attack a reader. */
export class ZipDamagedError extends Error {
  override readonly name = "ZipDamagedError";

  constructor(
    readonly damage: ZipDamage,
    /** A plain-English reason the user can act on (without the part name, which is in `part`). */
    readonly reason: string,
    /** The part (entry name) at fault, when one is. */
    readonly part?: string,
  ) {
    super(part === undefined ? reason : `${reason} (part "${part}")`);
  }
}

/** Which limit was passed. */
export type ZipLimit = "entries" | "inflated-bytes" | "zip64-needed";

/** The archive is well-formed as far as we read it, but goes past a stated limit. */
export class ZipLimitError extends Error {
  override readonly name = "ZipLimitError";

  constructor(
    readonly limitKind: ZipLimit,
    readonly reason: string,
    /** The limit that was passed, in its own unit (entries or bytes). */
    readonly limit: number,
    readonly part?: string,
  ) {
    super(part === undefined ? reason : `${reason} (part "${part}")`);
  }
}
