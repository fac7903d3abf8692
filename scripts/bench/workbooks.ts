/**
 * End-to-end figures of the `pmo` command (issues 3 and 4): `pmo report` on the 500-project sample,
 * and reading and reporting a 50,000-project workbook beside ExcelJS's streaming reader alone on
 * the same file. The workbooks are made with `pmo init --sample` into out/bench/.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { nodeInflateRawStream } from "../../src/workbook/xlsx/node-zlib";
import { InflateBudget, openZip, readEntryChunksStreaming } from "../../src/workbook/xlsx/zip";
import path from "node:path";
import { Measurement } from "./timing";
import { describeRun, runProcess } from "./processes";

export const OUT = path.resolve("out/bench");
export const PMO = path.resolve("dist/cli/pmo.js");
export const MONTH = "2026-11";
/**
 * ExcelJS's streaming reader at its best: a young generation of 64 MB semi-spaces halves its
 * reading time (it makes many short-lived objects), so it is measured with them.
 */
const EXCELJS_NODE_FLAGS = ["--max-semi-space-size=64"];

/** The flags the built `pmo` runs with: those on its first line ("#!/usr/bin/env -S node ..."). */
export function pmoNodeFlags(): string[] {
  const words = readFileSync(PMO, "utf8").split("\n", 1)[0].split(/\s+/);
  return words.slice(words.indexOf("node") + 1);
}

export async function pmo(...args: string[]) {
  const run = await runProcess(process.execPath, [...pmoNodeFlags(), PMO, ...args]);
  if (run.status !== 0 && !(args[0] === "check" && run.status === 1)) throw new Error(`pmo ${args.join(" ")} exited ${run.status}`);
  return run;
}

/**
 * The sample of `projects` projects, made once into out/bench/ (named by what it holds, so that a
 * file made by an older generator is never taken for it). With its Financials sheet unless told
 * otherwise: DESIGN's 50,000-project workbook is the three registers alone.
 */
export async function sampleWorkbook(projects: number, { financials = true } = {}): Promise<string> {
  const file = path.join(OUT, `sample-${projects}-${financials ? "with-financials" : "registers-only"}.xlsx`);
  if (!existsSync(file)) await pmo("init", file, "--sample", "--projects", String(projects), "--month", MONTH, ...(financials ? [] : ["--no-financials"]));
  return file;
}

/**
 * The floor under pmo's reading: the time to inflate just the parts pmo reads (everything but the
 * parts it copies through: media, drawings, docProps ...), with the same inflater (zlib streaming
 * on its own thread, CRC checked on this one), doing nothing with the bytes. Best of three.
 */
async function inflateFloorMs(file: string): Promise<number> {
  const bytes = new Uint8Array(readFileSync(file));
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const archive = openZip(bytes);
    const budget = new InflateBudget(4 * 1024 ** 3);
    for (const entry of archive.entries) {
      if (/^xl\/(workbook\.xml|_rels\/|sharedStrings\.xml|styles\.xml|worksheets\/sheet\d+\.xml$)/.test(entry.name)) await readEntryChunksStreaming(archive, entry, () => undefined, budget, nodeInflateRawStream);
    }
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export async function benchWorkbooks(): Promise<Measurement[]> {
  if (!existsSync(PMO)) throw new Error("dist/cli/pmo.js is missing: run npm run build first");
  mkdirSync(OUT, { recursive: true });
  const small = await sampleWorkbook(500);
  const smallReport = await pmo("report", small, "--month", MONTH, "--out", path.join(OUT, "sample-500-report.xlsx"));
  const large = await sampleWorkbook(50_000, { financials: false });
  const streamOnly = await runProcess(process.execPath, [...EXCELJS_NODE_FLAGS, path.resolve("scripts/bench/stream-only.cjs"), large]);
  const largeCheck = await pmo("check", large, "--month", MONTH, "--json");
  const largeReport = await pmo("report", large, "--month", MONTH, "--out", path.join(OUT, "sample-50000-report.xlsx"));
  const floor = await inflateFloorMs(large);
  return [
    { name: "pmo report, 500-project sample (end to end)", figure: describeRun(smallReport), target: "< 1.5 s" },
    { name: "ExcelJS streaming reader alone, 50,000 projects", figure: describeRun(streamOnly) },
    { name: "pmo check, 50,000 projects (read + checks)", figure: describeRun(largeCheck) },
    { name: "pmo report, 50,000 projects (read, report, write)", figure: describeRun(largeReport), target: "peak < 500 MB" },
    { name: "pmo report / ExcelJS streaming read, same file, this run", figure: `${(largeReport.ms / streamOnly.ms).toFixed(2)}x`, target: "<= 0.5x" },
    { name: "Floor: inflating only the parts pmo reads (zlib)", figure: `${(floor / 1000).toFixed(2)} s` },
  ];
}
