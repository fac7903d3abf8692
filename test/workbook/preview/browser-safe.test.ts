/**
 * Preview mode runs in a plain browser under a CSP that forbids `new Function`: nothing it imports,
 * however indirectly, may pull in ExcelJS or a Node built-in.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const SRC = path.join(__dirname, "..", "..", "..", "src");

function resolve(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  return [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find(existsSync);
}

/** Every module reachable from `entry` by import/export, and every bare package they name. */
function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(/(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)|require\(\s*"([^"]+)"\s*\)/g)) {
      const specifier = match[1] ?? match[2] ?? match[3];
      const next = resolve(file, specifier);
      if (next) pending.push(next);
      else if (!specifier.startsWith(".")) packages.add(specifier);
    }
  }
  return { files, packages };
}

test("the preview reader and port import neither ExcelJS nor Node built-ins", () => {
  const { files, packages } = importGraph(path.join(SRC, "workbook", "preview", "index.ts"));
  expect(files.size).toBeGreaterThan(5);
  expect([...packages].sort()).toEqual(["fflate"]);
});
