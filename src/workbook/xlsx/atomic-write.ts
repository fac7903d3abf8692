/**
 * Writes a file so that readers see either the old file or the complete new one, never a partial
 * one (SPEC 7: "a failed run leaves no partial file"): write a temporary file in the same folder
 * (so the rename stays on one file system and is atomic), then rename it over the target.
 */
import { randomBytes } from "node:crypto";
import { rm, rename } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

/** Calls `write` with a temporary path beside `path`, then moves the result into place. */
export async function writeFileAtomically(path: string, write: (temporaryPath: string) => Promise<void>): Promise<void> {
  const target = resolve(path);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await write(temporary);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
