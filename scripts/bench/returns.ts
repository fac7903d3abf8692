/**
 * Collecting returns (issue 14): `pmo returns collect` of 200 returns into a 5,000-project
 * register, end to end (read the register and the returns, check, match, write the register's
 * cells and the two logs). The returns are `pmo returns make`'s, sent back as made: each applied
 * project changes its Last Updated cell, and the sample's planted errors are refused.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { Measurement } from "./timing";
import { describeRun, runProcess } from "./processes";
import { OUT, pmo, pmoNodeFlags, PMO, sampleWorkbook, MONTH } from "./workbooks";

const RETURNS = 200;
const PROJECTS = 5_000;

/** The first 200 of the register's returns (by file name), made once into out/bench/. */
async function twoHundredReturns(register: string): Promise<string> {
  const all = path.join(OUT, `returns-${PROJECTS}-all`);
  const chosen = path.join(OUT, `returns-${PROJECTS}-${RETURNS}`);
  if (!existsSync(all)) await pmo("returns", "make", register, "--out", all, "--month", MONTH);
  if (!existsSync(chosen)) {
    mkdirSync(chosen);
    for (const name of readdirSync(all).sort().slice(0, RETURNS)) copyFileSync(path.join(all, name), path.join(chosen, name));
  }
  return chosen;
}

export async function benchReturns(): Promise<Measurement[]> {
  const register = await sampleWorkbook(PROJECTS);
  const returns = await twoHundredReturns(register);
  const out = path.join(OUT, `returns-${PROJECTS}-collected.xlsx`);
  rmSync(out, { force: true });
  // Exit 1 is expected: the returns carry the sample's planted errors, and those projects are refused.
  const run = await runProcess(process.execPath, [...pmoNodeFlags(), PMO, "returns", "collect", register, returns, "--month", MONTH, "--out", out]);
  if (run.status !== 0 && run.status !== 1) throw new Error(`pmo returns collect exited ${run.status}`);
  return [{ name: `pmo returns collect, ${RETURNS} returns into ${PROJECTS.toLocaleString("en-GB")} projects (end to end)`, figure: describeRun(run) }];
}
