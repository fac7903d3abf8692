/** Runs the built `pmo` command as a user would, in a child process. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const ROOT = path.join(__dirname, "..", "..");
export const PMO = path.join(ROOT, "dist", "cli", "pmo.js");
export const FIXTURES = path.join(ROOT, "test", "fixtures");

export interface PmoRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function pmo(...args: string[]): PmoRun {
  if (!existsSync(PMO)) throw new Error(`${PMO} is missing: run npm run build first`);
  const result = spawnSync(process.execPath, [PMO, ...args], { encoding: "utf8", cwd: ROOT, timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function temporaryFolder(): string {
  return mkdtempSync(path.join(tmpdir(), "pmo-test-"));
}
