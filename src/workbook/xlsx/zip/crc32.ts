/**
 * CRC-32 (IEEE 802.3, the zip checksum). fflate computes one internally but does not export it.
 * Slicing-by-8: eight 256-entry tables let the loop consume 8 bytes per step, several times faster
 * than the classic byte-at-a-time loop on the ~200 MB of XML a large workbook carries.
 */

const POLYNOMIAL = 0xedb88320;

/** Built once, at module load: table k maps a byte to its CRC contribution k bytes further back. */
const TABLES: Int32Array = buildTables();

function buildTables(): Int32Array {
  const tables = new Int32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? POLYNOMIAL ^ (c >>> 1) : c >>> 1;
    tables[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    let c = tables[n];
    for (let k = 1; k < 8; k++) {
      c = tables[c & 0xff] ^ (c >>> 8);
      tables[k * 256 + n] = c;
    }
  }
  return tables;
}

/** A native CRC-32 (Node's zlib.crc32) that continues `crc` over `data`, when one was handed over. */
let nativeUpdate: ((crc: number, data: Uint8Array) => number) | undefined;

/**
 * Makes crc32Update use a native implementation giving the same values (Node's zlib.crc32, about
 * ten times faster on the ~200 MB a large workbook's parts hold); the browser keeps the tables.
 */
export function useNativeCrc32(update: (crc: number, data: Uint8Array) => number): void {
  nativeUpdate = update;
}

/**
 * Continues a running CRC over `data`. Start with `crc32Update(0, first)`, feed each chunk the
 * previous result; the value is final after every chunk (no separate finish step).
 */
export function crc32Update(crc: number, data: Uint8Array): number {
  if (nativeUpdate) return nativeUpdate(crc, data);
  const t = TABLES;
  let c = ~crc;
  let i = 0;
  const end8 = data.length - (data.length % 8);
  for (; i < end8; i += 8) {
    const lo = c ^ (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24));
    c =
      t[1792 + (lo & 0xff)] ^
      t[1536 + ((lo >>> 8) & 0xff)] ^
      t[1280 + ((lo >>> 16) & 0xff)] ^
      t[1024 + (lo >>> 24)] ^
      t[768 + data[i + 4]] ^
      t[512 + data[i + 5]] ^
      t[256 + data[i + 6]] ^
      t[data[i + 7]];
  }
  for (; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** The CRC-32 of one whole buffer, as an unsigned 32-bit number (as the zip stores it). */
export function crc32(data: Uint8Array): number {
  return crc32Update(0, data);
}
