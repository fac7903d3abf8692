/**
 * Bundles the `pmo` command line into dist/cli/pmo.js (package.json "bin"), runnable with node.
 * ExcelJS stays a runtime dependency rather than being bundled.
 */
import { build } from "esbuild";
import { readFileSync } from "node:fs";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

await build({
  entryPoints: ["src/cli/pmo.ts"],
  outfile: "dist/cli/pmo.js",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["exceljs"],
  banner: { js: "#!/usr/bin/env node" },
  define: { "process.env.PMO_VERSION": JSON.stringify(version) },
  sourcemap: true,
  logLevel: "warning",
});
