/**
 * Writes a file so that readers see either the old file or the complete new one, never a partial
 * one (SPEC 7: "a failed run leaves no partial file"): write a temporary file in the same folder
 * (so the rename stays on one file system and is atomic), then rename it over the target. A run
 * stopped by Ctrl+C or a kill (SIGINT, SIGTERM, SIGHUP) removes its temporary file before it goes.
 */
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { rm, rename } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { PmoInputError } from "../../engine/errors";

const unfinished = new Set<string>();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
/** Exit codes of a process stopped by a signal, as shells report them (128 + the signal's number). */
const SIGNAL_EXIT: Record<(typeof SIGNALS)[number], number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
let handlersInstalled = false;

function removeUnfinished(): void {
  for (const path of unfinished) rmSync(path, { force: true });
  unfinished.clear();
}

function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of SIGNALS) {
    process.once(signal, () => {
      removeUnfinished();
      process.exit(SIGNAL_EXIT[signal]);
    });
  }
}

/** What to tell the user when the file system refuses the write; nothing was written. */
function writeProblem(error: unknown, path: string): PmoInputError | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOSPC" || code === "EDQUOT") return new PmoInputError(`The disk is full: ${path} could not be written (nothing was changed); free some space and run again`);
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return new PmoInputError(`${path} cannot be written here (permission denied; nothing was changed)`);
  if (code === "EISDIR") return new PmoInputError(`${path} is a folder; give the name of the .xlsx file to write`);
  return undefined;
}

/** Calls `write` with a temporary path beside `path`, then moves the result into place. */
export async function writeFileAtomically(path: string, write: (temporaryPath: string) => Promise<void>): Promise<void> {
  const target = resolve(path);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  installSignalHandlers();
  unfinished.add(temporary);
  try {
    await write(temporary);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw writeProblem(error, path) ?? error;
  } finally {
    unfinished.delete(temporary);
  }
}
