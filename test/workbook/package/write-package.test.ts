import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writePackageFile } from "../../../src/workbook/xlsx/package";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "pmo-write-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test("replaces the target with the new bytes and leaves no temporary file", async () => {
  const target = join(dir, "out.xlsx");
  writeFileSync(target, "old");
  await writePackageFile(target, new Uint8Array([1, 2, 3]));
  expect([...readFileSync(target)]).toEqual([1, 2, 3]);
  expect(readdirSync(dir)).toEqual(["out.xlsx"]);
});

test("a failed write leaves the old state and no temporary file", async () => {
  // Renaming a file over a non-empty directory fails after the temporary file is written.
  const target = join(dir, "taken");
  mkdirSync(target);
  writeFileSync(join(target, "keep.txt"), "keep");
  await expect(writePackageFile(target, new Uint8Array([1]))).rejects.toThrow();
  expect(readdirSync(dir)).toEqual(["taken"]);
  expect(readFileSync(join(target, "keep.txt"), "utf8")).toBe("keep");
});
