/**
 * Timing whole commands, as a user runs them: wall time and peak memory (VmHWM, read from /proc
 * while the process runs, so Linux only; elsewhere the memory column says n/a).
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

export interface ProcessRun {
  ms: number;
  peakMb: number | null;
  status: number | null;
}

function peakOf(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export function runProcess(command: string, args: string[]): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "inherit"] });
    let peakMb: number | null = null;
    const poll = setInterval(() => {
      const now = child.pid === undefined ? null : peakOf(child.pid);
      if (now !== null) peakMb = Math.max(peakMb ?? 0, now);
    }, 25);
    child.on("error", reject);
    child.on("exit", (status) => {
      clearInterval(poll);
      resolve({ ms: performance.now() - start, peakMb, status });
    });
  });
}

export function describeRun(run: ProcessRun): string {
  const memory = run.peakMb === null ? "n/a" : `${Math.round(run.peakMb)} MB`;
  return `${(run.ms / 1000).toFixed(2)} s, peak ${memory}`;
}
