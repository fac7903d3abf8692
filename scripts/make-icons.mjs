// Draws the add-in's icons as PNG files in assets/, with no image tooling beyond Node itself, so
// the artwork is reproducible from source: `node scripts/make-icons.mjs`.
//
// Two designs: the add-in logo (a blue-to-teal rounded square holding three RAG dots) and the
// "Monthly summary" button (a report page with Red/Amber/Green bars). Shapes are described in
// unit coordinates and rendered with 4x4 supersampling, so every size stays crisp.
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ASSETS = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
const SUPERSAMPLE = 4;

const BLUE = [15, 108, 189];
const TEAL = [3, 131, 135];
const WHITE = [255, 255, 255];
const RED = [209, 52, 56];
const AMBER = [247, 168, 0];
const GREEN = [16, 124, 16];
const INK = [36, 36, 36];

function roundedRectCoverage(x, y, left, top, right, bottom, radius) {
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 && x >= left && x <= right && y >= top && y <= bottom;
}

function circleCoverage(x, y, cx, cy, r) {
  return (x - cx) ** 2 + (y - cy) ** 2 <= r ** 2;
}

function mix(a, b, t) {
  return a.map((v, i) => v + (b[i] - v) * t);
}

/** The logo: each sample point returns the colour on top at that point, or null (transparent). */
function logo(x, y) {
  const dots = [
    [0.25, RED],
    [0.5, AMBER],
    [0.75, GREEN],
  ];
  for (const [cx, colour] of dots) {
    if (circleCoverage(x, y, cx, 0.5, 0.105)) return colour;
    if (circleCoverage(x, y, cx, 0.5, 0.15)) return WHITE;
  }
  if (roundedRectCoverage(x, y, 0.03, 0.03, 0.97, 0.97, 0.22)) return mix(BLUE, TEAL, (x + y) / 2);
  return null;
}

/** The summary button: a page with three status bars of falling length, like an exception list. */
function summary(x, y) {
  const bars = [
    [0.3, 0.72, RED],
    [0.47, 0.62, AMBER],
    [0.64, 0.52, GREEN],
  ];
  for (const [top, right, colour] of bars) {
    if (x >= 0.3 && x <= right && y >= top && y <= top + 0.1) return colour;
  }
  if (roundedRectCoverage(x, y, 0.2, 0.1, 0.8, 0.9, 0.06)) return WHITE;
  if (roundedRectCoverage(x, y, 0.14, 0.04, 0.86, 0.96, 0.1)) return mix(INK, TEAL, 0.6);
  return null;
}

function render(size, paint) {
  const pixels = Buffer.alloc(size * size * 4);
  const step = 1 / SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const colour = paint((px + (sx + 0.5) * step) / size, (py + (sy + 0.5) * step) / size);
          if (!colour) continue;
          sum[0] += colour[0];
          sum[1] += colour[1];
          sum[2] += colour[2];
          sum[3] += 1;
        }
      }
      const offset = (py * size + px) * 4;
      // Colours are averaged over covered samples only, so edges fade in alpha, not towards black.
      if (sum[3] > 0) {
        pixels[offset] = Math.round(sum[0] / sum[3]);
        pixels[offset + 1] = Math.round(sum[1] / sum[3]);
        pixels[offset + 2] = Math.round(sum[2] / sum[3]);
        pixels[offset + 3] = Math.round((255 * sum[3]) / SUPERSAMPLE ** 2);
      }
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type RGBA
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const ICONS = [
  ...[16, 32, 64, 80, 128].map((size) => ({ name: `icon-${size}.png`, size, paint: logo })),
  ...[16, 32, 80].map((size) => ({ name: `summary-${size}.png`, size, paint: summary })),
];

mkdirSync(ASSETS, { recursive: true });
for (const { name, size, paint } of ICONS) {
  writeFileSync(join(ASSETS, name), encodePng(size, render(size, paint)));
  console.log(`assets/${name} ${size}x${size}`);
}
