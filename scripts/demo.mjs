/**
 * `npm run demo`: the monthly routine on the bundled sample, as a PMO analyst would run it.
 * Creates out/sample-portfolio.xlsx (500 projects, this month), writes its monthly summary to
 * out/sample-portfolio-summary.xlsx and prints the KPIs and the roll-up.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { PMO_NODE_FLAGS } from "./pmo-node-flags.mjs";

const pmo = (...args) => {
  const run = spawnSync(process.execPath, [...PMO_NODE_FLAGS, "dist/cli/pmo.js", ...args], { stdio: "inherit" });
  if (run.status !== 0) process.exit(run.status ?? 1);
};

mkdirSync("out", { recursive: true });
pmo("init", "out/sample-portfolio.xlsx", "--sample", "--force");
pmo("report", "out/sample-portfolio.xlsx", "--out", "out/sample-portfolio-summary.xlsx");
console.log("\nOpen out/sample-portfolio-summary.xlsx in Excel, or run: node dist/cli/pmo.js check out/sample-portfolio.xlsx");
