/** Checks on the files a command is given, each failing with a one-line message (exit 2). */
import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PmoInputError } from "../engine/errors";

export function requireWorkbookFile(path: string): void {
  let isFile = false;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new PmoInputError(`File not found: ${path}`);
  }
  if (!isFile) throw new PmoInputError(`Not a file: ${path}`);
  if (!/\.xlsx$/i.test(path)) throw new PmoInputError(`${path} is not an .xlsx workbook (pmo reads Excel .xlsx files)`);
}

/** The folder a new file goes into must exist: pmo creates files, not folders. */
export function requireOutputFolder(path: string): void {
  const folder = dirname(resolve(path));
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) throw new PmoInputError(`Output folder not found: ${folder}`);
}
