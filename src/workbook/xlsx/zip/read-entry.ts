/**
 * Reading an entry's uncompressed bytes, in chunks (for worksheets of hundreds of MB) or whole (for
 * small parts). Every byte produced is counted against the archive's InflateBudget and checked,
 * when the entry ends, against the central directory's CRC-32 and size.
 */
import { Inflate } from "fflate";
import { crc32Update } from "./crc32";
import { InflateBudget } from "./inflate-budget";
import { ZipArchive, ZipEntry } from "./zip-archive";
import { ZipDamagedError } from "./zip-errors";
import { METHOD_DEFLATE, METHOD_STORED } from "./zip-format";

/** Compressed bytes fed to the inflater at a time: output arrives in chunks of about this times the compression ratio. */
export const INFLATE_INPUT_SLICE = 64 * 1024;
/** Near the end of the budget, slices shrink to this, so a last chunk overshoots the limit by at most ~1 MB. */
const SMALLEST_INPUT_SLICE = 1024;
/** Deflate cannot expand data more than ~1032 to 1 (258-byte matches in 2 bits): the worst case for one slice. */
const MAX_DEFLATE_RATIO = 1032;

/**
 * A whole-entry raw inflater that refuses to produce more than `maxLength` bytes (throwing a
 * RangeError), such as Node's zlib `inflateRawSync(data, { maxOutputLength })`, several times
 * faster than fflate's. The entry is then handed on in chunks all the same. Used only for parts
 * up to WHOLE_INFLATE_LIMIT, so that what is held at once stays bounded; larger parts stream.
 */
export type InflateRawWhole = (data: Uint8Array, maxLength: number) => Uint8Array;

/** The largest part inflated whole (its size claimed, and enforced by maxLength): 256 MB, more than a 50,000-project register's largest sheet (120 MB). */
export const WHOLE_INFLATE_LIMIT = 256 * 1024 * 1024;

/**
 * Calls `onChunk` with the entry's uncompressed bytes, in order, in chunks of bounded size, then
 * checks length and CRC-32. Chunks are read-only (stored entries' chunks are views of the archive)
 * but stay valid after the call. Throws ZipDamagedError (bad deflate data, CRC or length, or an
 * unsupported method), ZipLimitError (budget passed), or whatever `onChunk` throws, unchanged.
 */
export function readEntryChunks(
  archive: ZipArchive,
  entryOrName: ZipEntry | string,
  onChunk: (chunk: Uint8Array) => void,
  budget: InflateBudget,
  inflateWhole?: InflateRawWhole,
): void {
  const entry = resolveEntry(archive, entryOrName);
  const reading = new EntryReading(entry, budget, onChunk);
  const data = archive.compressedData(entry);
  if (entry.method === METHOD_DEFLATE && inflateWhole && entry.uncompressedSize <= WHOLE_INFLATE_LIMIT) {
    const whole = inflateAtOnce(entry, data, budget, inflateWhole);
    for (let at = 0; at < whole.length; at += INFLATE_INPUT_SLICE) reading.accept(whole.subarray(at, at + INFLATE_INPUT_SLICE));
  } else if (entry.method === METHOD_DEFLATE) {
    inflateInSlices(data, reading.accept, budget, entry.name);
  } else {
    acceptStored(entry, data, reading);
  }
  reading.finish();
}

/**
 * A raw inflater that streams: it calls `onChunk` with the output as it comes, in chunks of
 * bounded size, and settles once the deflate stream has ended, such as Node's zlib
 * `createInflateRaw` (which inflates on another thread while the chunks are handled on this one).
 * An error thrown by `onChunk` must reject the promise as it is; any other rejection is taken for
 * damaged data.
 */
export type InflateRawStream = (data: Uint8Array, onChunk: (chunk: Uint8Array) => void) => Promise<void>;

/**
 * readEntryChunks through a streaming inflater: the same chunks, checks and errors, but no part is
 * ever held whole, whatever its size (a 50,000-project register's Risks sheet is 120 MB inflated).
 */
export async function readEntryChunksStreaming(
  archive: ZipArchive,
  entryOrName: ZipEntry | string,
  onChunk: (chunk: Uint8Array) => void,
  budget: InflateBudget,
  inflateStream: InflateRawStream,
): Promise<void> {
  const entry = resolveEntry(archive, entryOrName);
  const reading = new EntryReading(entry, budget, onChunk);
  const data = archive.compressedData(entry);
  if (entry.method === METHOD_DEFLATE) {
    // Errors from `accept` (ours or the caller's) pass through; anything else is the inflater refusing the stream.
    let failedInCallback = false;
    try {
      await inflateStream(data, (chunk) => {
        try {
          reading.accept(chunk);
        } catch (error) {
          failedInCallback = true;
          throw error;
        }
      });
    } catch (error) {
      if (failedInCallback) throw error;
      throw damagedDeflate(error, entry.name);
    }
  } else {
    acceptStored(entry, data, reading);
  }
  reading.finish();
}

/**
 * One entry being read: every chunk produced is counted against the claimed size and the budget
 * and added to the CRC-32 before it is handed on; `finish` checks the total length and the CRC.
 */
class EntryReading {
  private crc = 0;
  private produced = 0;

  constructor(
    private readonly entry: ZipEntry,
    private readonly budget: InflateBudget,
    private readonly onChunk: (chunk: Uint8Array) => void,
  ) {
    refuseImpossibleSize(entry);
  }

  readonly accept = (chunk: Uint8Array): void => {
    if (chunk.length === 0) return;
    const entry = this.entry;
    this.produced += chunk.length;
    if (this.produced > entry.uncompressedSize) {
      throw new ZipDamagedError("bad-length", `A part unpacks to more than the ${entry.uncompressedSize} bytes the file says it holds, so the file is damaged.`, entry.name);
    }
    this.budget.spend(chunk.length, entry.name);
    this.crc = crc32Update(this.crc, chunk);
    this.onChunk(chunk);
  };

  finish(): void {
    const entry = this.entry;
    if (this.produced !== entry.uncompressedSize) {
      throw new ZipDamagedError("bad-length", `A part unpacks to ${this.produced} bytes where the file says ${entry.uncompressedSize}, so the file is damaged.`, entry.name);
    }
    if (this.crc !== entry.crc32) {
      throw new ZipDamagedError("bad-crc", "A part's checksum does not match its content, so the file is damaged (often by an incomplete copy or download).", entry.name);
    }
  }
}

/** A stored entry's bytes are its data, handed on in slices; any method but stored and deflate is refused. */
function acceptStored(entry: ZipEntry, data: Uint8Array, reading: EntryReading): void {
  if (entry.method !== METHOD_STORED) {
    throw new ZipDamagedError("unsupported-method", `A part is compressed with method ${entry.method}, which .xlsx files do not use (only stored and deflate); re-save the workbook in Excel.`, entry.name);
  }
  for (let at = 0; at < data.length; at += INFLATE_INPUT_SLICE) reading.accept(data.subarray(at, at + INFLATE_INPUT_SLICE));
}

function damagedDeflate(error: unknown, part: string): ZipDamagedError {
  const detail = error instanceof Error ? ` (${error.message})` : "";
  return new ZipDamagedError("bad-deflate-data", `A part's compressed data is damaged and cannot be unpacked${detail}.`, part);
}

/**
 * A claim no data could meet is refused before any work: stored data is its own size, and deflate
 * cannot expand more than MAX_DEFLATE_RATIO to 1. This also bounds what readEntryBytes allocates.
 */
function refuseImpossibleSize(entry: ZipEntry): void {
  const impossible =
    (entry.method === METHOD_STORED && entry.uncompressedSize !== entry.compressedSize) ||
    (entry.method === METHOD_DEFLATE && entry.uncompressedSize > entry.compressedSize * MAX_DEFLATE_RATIO + SMALLEST_INPUT_SLICE);
  if (impossible) {
    throw new ZipDamagedError("bad-length", `A part claims ${entry.uncompressedSize} bytes, which its ${entry.compressedSize} bytes of data cannot hold, so the file is damaged.`, entry.name);
  }
}

function inflateAtOnce(entry: ZipEntry, data: Uint8Array, budget: InflateBudget, inflateWhole: InflateRawWhole): Uint8Array {
  // One byte more than allowed is enough to tell a part longer than it claims, or than the budget.
  const allowed = Math.min(entry.uncompressedSize, budget.remaining);
  try {
    return inflateWhole(data, allowed + 1);
  } catch (error) {
    if (error instanceof RangeError) {
      if (allowed < entry.uncompressedSize) budget.spend(allowed + 1, entry.name);
      throw new ZipDamagedError("bad-length", `A part unpacks to more than the ${entry.uncompressedSize} bytes the file says it holds, so the file is damaged.`, entry.name);
    }
    throw damagedDeflate(error, entry.name);
  }
}

function inflateInSlices(data: Uint8Array, accept: (chunk: Uint8Array) => void, budget: InflateBudget, part: string): void {
  // Errors from `accept` (ours or the caller's) pass through; anything else is fflate refusing the stream.
  let failedInCallback = false;
  const inflater = new Inflate((chunk) => {
    try {
      accept(chunk);
    } catch (error) {
      failedInCallback = true;
      throw error;
    }
  });
  try {
    let at = 0;
    do {
      const slice = Math.max(SMALLEST_INPUT_SLICE, Math.min(INFLATE_INPUT_SLICE, Math.floor(budget.remaining / MAX_DEFLATE_RATIO)));
      const next = Math.min(data.length, at + slice);
      inflater.push(data.subarray(at, next), next === data.length);
      at = next;
    } while (at < data.length);
  } catch (error) {
    if (failedInCallback) throw error;
    throw damagedDeflate(error, part);
  }
}

/** The whole entry in one array, allocated once when its claimed size is within the budget. */
export function readEntryBytes(archive: ZipArchive, entryOrName: ZipEntry | string, budget: InflateBudget, inflateWhole?: InflateRawWhole): Uint8Array {
  const entry = resolveEntry(archive, entryOrName);
  if (entry.uncompressedSize <= budget.remaining) {
    // readEntryChunks refuses a chunk going past the claimed size before handing it over, so this never overflows.
    const whole = new Uint8Array(entry.uncompressedSize);
    let at = 0;
    readEntryChunks(archive, entry, (chunk) => {
      whole.set(chunk, at);
      at += chunk.length;
    }, budget, inflateWhole);
    return whole;
  }
  // The claim is beyond the budget: reading will fail one way or the other, without trusting it to allocate.
  const chunks: Uint8Array[] = [];
  readEntryChunks(archive, entry, (chunk) => chunks.push(chunk), budget, inflateWhole);
  return concatenate(chunks);
}

const utf8 = new TextDecoder();

/** The entry decoded as UTF-8 (what OPC XML parts are, a byte order mark is dropped). */
export function readEntryText(archive: ZipArchive, entryOrName: ZipEntry | string, budget: InflateBudget): string {
  return utf8.decode(readEntryBytes(archive, entryOrName, budget));
}

function resolveEntry(archive: ZipArchive, entryOrName: ZipEntry | string): ZipEntry {
  if (typeof entryOrName !== "string") return entryOrName;
  const entry = archive.find(entryOrName);
  if (!entry) throw new Error(`The package has no part named "${entryOrName}".`);
  return entry;
}

function concatenate(chunks: readonly Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}
