/**
 * The task pane's JavaScript, gzipped (DESIGN bar: initial JavaScript under 300 KB): the scripts
 * taskpane.html loads, and the chunks loaded on demand for each mode (preview or inside Excel).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { Measurement } from "./timing";

const DIST = path.resolve("dist");

const gzippedKb = (file: string) => gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length / 1024;

export function benchBundleSize(): Measurement[] {
  const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const initial = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+\.js)/g)].map((match) => match[1]).filter((src) => !src.startsWith("http"));
  const chunks = readdirSync(DIST).filter((file) => file.endsWith(".js") && !initial.includes(file));
  const initialKb = initial.reduce((total, file) => total + gzippedKb(file), 0);
  const chunkKb = chunks.reduce((total, file) => total + gzippedKb(file), 0);
  return [
    { name: `Task pane initial JS (${initial.join(", ")}), gzipped`, figure: `${initialKb.toFixed(0)} KB`, target: "< 300 KB" },
    { name: `On-demand chunks (${chunks.length}), gzipped, all together`, figure: `${chunkKb.toFixed(0)} KB` },
  ];
}
