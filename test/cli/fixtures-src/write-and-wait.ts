/**
 * A run stopped half-way through writing its output: writes part of a file through
 * writeFileAtomically, says so on stdout, then waits to be killed (signal-cleanup.test.ts).
 */
import { writeFile } from "node:fs/promises";
import { writeFileAtomically } from "../../../src/workbook/xlsx/atomic-write";

const target = process.argv[2];
void writeFileAtomically(target, async (temporary) => {
  await writeFile(temporary, "half of a workbook");
  process.stdout.write(`${temporary}\n`);
  // Never finishes, and keeps the process alive as a real write would: the test stops it here.
  await new Promise(() => setInterval(() => undefined, 1000));
});
