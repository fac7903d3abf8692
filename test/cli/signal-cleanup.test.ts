/**
 * A run killed while writing its output leaves nothing behind (issue 9): no hidden `.tmp` beside
 * the output, no partial output, and the exit code a shell expects (128 + the signal's number).
 * The writer is the product's own writeFileAtomically, bundled into a small script that stops
 * half-way and waits to be killed, so the signal always arrives mid-write.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { buildSync } from "esbuild";
import { ROOT, temporaryFolder } from "./run-pmo";

const script = path.join(temporaryFolder(), "write-and-wait.js");
buildSync({ entryPoints: [path.join(__dirname, "fixtures-src", "write-and-wait.ts")], bundle: true, platform: "node", outfile: script, logLevel: "silent" });

function killMidWrite(signal: NodeJS.Signals): Promise<{ code: number | null; temporary: string; folder: string; target: string }> {
  const folder = temporaryFolder();
  const target = path.join(folder, "report.xlsx");
  const child = spawn(process.execPath, [script, target], { cwd: ROOT });
  return new Promise((resolve, reject) => {
    let temporary = "";
    child.stdout.on("data", (chunk: Buffer) => {
      temporary += chunk.toString();
      if (!temporary.endsWith("\n")) return;
      temporary = temporary.trim();
      // The temporary file exists now, half written: stop the run here.
      if (!existsSync(temporary)) reject(new Error(`no temporary file at ${temporary}`));
      child.kill(signal);
    });
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, temporary, folder, target }));
  });
}

describe.each([
  ["SIGINT", 130],
  ["SIGTERM", 143],
  ["SIGHUP", 129],
] as const)("a run stopped by %s while writing", (signal, exitCode) => {
  it("removes its temporary file, writes no output and exits with 128 + the signal's number", async () => {
    const run = await killMidWrite(signal);
    expect(path.dirname(run.temporary)).toBe(run.folder);
    expect(path.basename(run.temporary)).toMatch(/^\.report\.xlsx\.\d+\.[0-9a-f]{8}\.tmp$/);
    expect(run.code).toBe(exitCode);
    expect(existsSync(run.temporary)).toBe(false);
    expect(existsSync(run.target)).toBe(false);
    expect(readdirSync(run.folder)).toEqual([]);
  });
});
