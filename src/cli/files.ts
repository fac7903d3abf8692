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

/**
 * Whether two paths name the same file: the same device and inode once links are followed, so a
 * symbolic link, a linked folder or a hard link to the input counts as the input.
 */
export function isSameFile(a: string, b: string): boolean {
  try {
    const first = statSync(a);
    const second = statSync(b);
    return first.dev === second.dev && first.ino === second.ino;
  } catch {
    return false;
  }
}

/** The folder a new file goes into must exist (pmo creates files, not folders), and the file must not be a folder. */
export function requireOutputFolder(path: string): void {
  let isFolderAlready = false;
  try {
    isFolderAlready = statSync(path).isDirectory();
  } catch {
    isFolderAlready = false;
  }
  if (isFolderAlready) throw new PmoInputError(`The output ${path} is a folder; give the name of the .xlsx file to write`);
  const folder = dirname(resolve(path));
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) throw new PmoInputError(`Output folder not found: ${folder}`);
}
