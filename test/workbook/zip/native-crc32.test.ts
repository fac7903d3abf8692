/**
 * The CLI's CRC-32 (Node's zlib.crc32, handed to the zip layer when node-zlib.ts loads) gives the
 * same values as the zip layer's own tables, whole and continued chunk by chunk.
 */
import { crc32, crc32Update } from "../../../src/workbook/xlsx/zip";

const data = new Uint8Array(300_001).map((_, i) => (i * 2654435761) >>> 24);

test("Node's CRC-32 agrees with the tables", async () => {
  const whole = crc32(data);
  const chunked = crc32Update(crc32Update(0, data.subarray(0, 12_345)), data.subarray(12_345));
  await import("../../../src/workbook/xlsx/node-zlib");
  expect(crc32(data)).toBe(whole);
  expect(crc32Update(crc32Update(0, data.subarray(0, 12_345)), data.subarray(12_345))).toBe(chunked);
  expect(crc32(new Uint8Array(0))).toBe(0);
  expect(chunked).toBe(whole);
});
