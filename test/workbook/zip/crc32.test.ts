import { crc32, crc32Update } from "../../../src/workbook/xlsx/zip/crc32";
import fc from "fast-check";

const ascii = (text: string) => new TextEncoder().encode(text);

/** The textbook bit-at-a-time CRC-32, to check the sliced tables against. */
function slowCrc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return ~c >>> 0;
}

describe("crc32", () => {
  it("gives the published check values", () => {
    expect(crc32(ascii("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    expect(crc32(ascii("The quick brown fox jumps over the lazy dog"))).toBe(0x414fa339);
  });

  it("agrees with the bit-at-a-time definition, whole or in chunks", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat({ max: 300 }), (data, cut) => {
        const at = Math.min(cut, data.length);
        const expected = slowCrc32(data);
        expect(crc32(data)).toBe(expected);
        expect(crc32Update(crc32Update(0, data.subarray(0, at)), data.subarray(at))).toBe(expected);
      }),
    );
  });
});
