/**
 * `npm run demo`: the monthly routine on the bundled sample, as a PMO analyst would run it.
 * Creates out/sample-portfolio.xlsx (500 projects, this month), writes its monthly summary to
 * out/sample-portfolio-summary.xlsx and prints the KPIs and the roll-up; then sends out the
 * month's returns (out/returns/) and collects them back, as sent, into
 * out/sample-portfolio-collected.xlsx: the sample's planted errors are refused (exit 1 of collect
 * is expected here, and said).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { PMO_NODE_FLAGS } from "./pmo-node-flags.mjs";

/** Runs pmo; any exit but `allowed` ends the demo with it. */
const pmo = (args, allowed = [0]) => {
  const run = spawnSync(process.execPath, [...PMO_NODE_FLAGS, "dist/cli/pmo.js", ...args], { stdio: "inherit" });
  if (!allowed.includes(run.status)) process.exit(run.status ?? 1);
  return run.status;
};

mkdirSync("out", { recursive: true });
pmo(["init", "out/sample-portfolio.xlsx", "--sample", "--force"]);
pmo(["report", "out/sample-portfolio.xlsx", "--out", "out/sample-portfolio-summary.xlsx"]);
console.log("\nOpen out/sample-portfolio-summary.xlsx in Excel, or run: node dist/cli/pmo.js check out/sample-portfolio.xlsx");

console.log("\nThe month's project returns: one per manager, then collected back as sent.");
rmSync("out/returns", { recursive: true, force: true });
pmo(["returns", "make", "out/sample-portfolio.xlsx", "--out", "out/returns"], [0]);
const collected = pmo(["returns", "collect", "out/sample-portfolio.xlsx", "out/returns", "--out", "out/sample-portfolio-collected.xlsx"], [0, 1]);
if (collected === 1) console.log("(pmo returns collect exits 1 when it refuses a project: here, the sample's planted errors, copied into their returns.)");
