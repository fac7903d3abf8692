/**
 * The build tests inspect what `npm run build` produced. A missing dist/ must fail them loudly
 * rather than skip them, or CI could pass without ever checking the bundle.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");

/** Absolute path of a file in dist/, failing with what to do when it was not built. */
export function distFile(relativePath: string): string {
  const file = path.join(DIST, relativePath);
  if (!existsSync(file)) {
    throw new Error(`dist/${relativePath} is missing: run npm run build first`);
  }
  return file;
}

export function readDistText(relativePath: string): string {
  return readFileSync(distFile(relativePath), "utf8");
}

/** Width and height from a PNG's IHDR chunk, which the format requires to come first. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = "89504e470d0a1a0a";
  if (bytes.subarray(0, 8).toString("hex") !== signature || bytes.subarray(12, 16).toString("ascii") !== "IHDR") {
    throw new Error("not a PNG file");
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
