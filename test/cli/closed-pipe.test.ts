/**
 * `pmo report --json | head -1`: output into a pipe that closes early ends quietly with the run's
 * own exit code, never an EPIPE stack trace.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { PMO, pmo, ROOT, temporaryFolder } from "./run-pmo";

test("a reader that stops after the first line gets no stack trace", async () => {
  const folder = temporaryFolder();
  const sample = path.join(folder, "sample.xlsx");
  expect(pmo("init", sample, "--sample", "--projects", "500", "--month", "2026-11").status).toBe(0);
  const child = spawn(process.execPath, [PMO, "report", sample, "--month", "2026-11", "--json", "--out", path.join(folder, "out.xlsx")], { cwd: ROOT });
  let stderr = "";
  child.stderr.on("data", (data: Buffer) => (stderr += data.toString()));
  let firstLine = "";
  child.stdout.once("data", (data: Buffer) => {
    firstLine = data.toString().split("\n")[0];
    child.stdout.destroy();
  });
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  expect(firstLine).toBe("{");
  expect(stderr).toBe("");
  expect(status).toBe(0);
}, 60_000);
