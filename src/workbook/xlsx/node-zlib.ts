/**
 * Node's zlib for the CLI's packages: the same raw deflate as fflate's (which preview mode uses in
 * the browser), in C++ and several times faster. Inflating a part whole costs its size in memory
 * for a moment (the largest sheet of a 50,000-project register is about 120 MB), and is bounded by
 * the package's inflate budget; parts over the zip layer's WHOLE_INFLATE_LIMIT stream through fflate.
 */
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { DEFLATE_LEVEL, DeflateRaw, InflateRawWhole } from "./zip";

export const nodeDeflateRaw: DeflateRaw = (data) => deflateRawSync(data, { level: DEFLATE_LEVEL });

export const nodeInflateRaw: InflateRawWhole = (data, maxLength) => {
  try {
    return inflateRawSync(data, { maxOutputLength: maxLength });
  } catch (error) {
    // Past maxOutputLength Node throws ERR_BUFFER_TOO_LARGE (a RangeError); say it the way the zip layer expects.
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw new RangeError(`more than ${maxLength} bytes`);
    throw error;
  }
};
