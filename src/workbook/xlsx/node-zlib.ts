/**
 * Node's zlib for the CLI's packages: the same raw deflate as fflate's (which preview mode uses in
 * the browser), in C++ and several times faster. Inflating a part whole costs its size in memory
 * for a moment (the largest sheet of a 50,000-project register is about 120 MB), and is bounded by
 * the package's inflate budget; parts over the zip layer's WHOLE_INFLATE_LIMIT stream through fflate.
 * Loading this module also gives the zip layer Node's CRC-32.
 */
import * as zlib from "node:zlib";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { DEFLATE_LEVEL, DeflateRaw, InflateRawWhole, useNativeCrc32 } from "./zip";

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
