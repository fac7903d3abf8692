/**
 * Node's zlib for the CLI's packages: the same raw deflate as fflate's (which preview mode uses in
 * the browser), in C++ and several times faster. Small parts are inflated whole; worksheets and
 * shared strings stream (nodeInflateRawStream), so no part of any size is ever held whole.
 * Loading this module also gives the zip layer Node's CRC-32.
 */
import type { TransformOptions } from "node:stream";
import * as zlib from "node:zlib";
import { createInflateRaw, deflateRawSync, inflateRawSync } from "node:zlib";
import { DEFLATE_LEVEL, DeflateRaw, InflateRawStream, InflateRawWhole, useNativeCrc32 } from "./zip";

/** Inflated bytes per chunk handed on: large enough that the per-chunk work is noise. */
const STREAM_CHUNK_BYTES = 256 * 1024;
/**
 * Inflated bytes zlib may run ahead of the scanner by: it goes on inflating on its thread while
 * this one scans what came before, and stops (so memory stays bounded) once this much waits.
 */
const STREAM_AHEAD_BYTES = 4 * STREAM_CHUNK_BYTES;

// zlib.crc32 came in Node 20.15; before it, the zip layer's own tables do the work.
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value: number) => number }).crc32;
if (nativeCrc32) useNativeCrc32((crc, data) => nativeCrc32(data, crc));

export const nodeDeflateRaw: DeflateRaw = (data) => deflateRawSync(data, { level: DEFLATE_LEVEL });

export const nodeInflateRaw: InflateRawWhole = (data, maxLength) => {
  try {
    // One output buffer, a byte over the most allowed (so that zlib stops there rather than take
    // another): its default 16 KB pieces, joined at the end, would hold a 120 MB sheet twice over
    // for a moment and copy it once more. 64 is zlib's smallest.
    return inflateRawSync(data, { maxOutputLength: maxLength, chunkSize: Math.max(64, maxLength + 1) });
  } catch (error) {
    // Past maxOutputLength Node throws ERR_BUFFER_TOO_LARGE (a RangeError); say it the way the zip layer expects.
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw new RangeError(`more than ${maxLength} bytes`);
    throw error;
  }
};

/**
 * A part inflated as a stream on zlib's thread, each chunk handed to `onChunk` here as it comes.
 * Breaking out of the loop (an error from `onChunk`: a budget passed, a sheet over a limit)
 * destroys the stream and rejects with that error as it is; zlib's own errors (damaged or
 * truncated data) reject with zlib's error.
 */
export const nodeInflateRawStream: InflateRawStream = async (data, onChunk) => {
  // zlib's streams take a Transform's options too (@types/node's ZlibOptions leaves them out).
  const options: zlib.ZlibOptions & Pick<TransformOptions, "highWaterMark"> = { chunkSize: STREAM_CHUNK_BYTES, highWaterMark: STREAM_AHEAD_BYTES };
  const inflater = createInflateRaw(options);
  inflater.end(data);
  for await (const chunk of inflater) onChunk(chunk as Buffer);
};
