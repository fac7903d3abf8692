/**
 * Bundles the `pmo` command line into dist/cli/pmo.js (package.json "bin"), runnable with node.
 * ExcelJS stays a runtime dependency rather than being bundled.
 */
import { build } from "esbuild";
import { chmodSync, readFileSync } from "node:fs";
import { PMO_NODE_FLAGS } from "./pmo-node-flags.mjs";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

await build({
  entryPoints: ["src/cli/pmo.ts"],
  outfile: "dist/cli/pmo.js",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["exceljs"],
  // env -S passes the flags on Linux and macOS (see pmo-node-flags.mjs for why these).
  banner: { js: `#!/usr/bin/env -S node ${PMO_NODE_FLAGS.join(" ")}` },
  define: { "process.env.PMO_VERSION": JSON.stringify(version) },
  sourcemap: true,
  logLevel: "warning",
});

// Runnable as ./dist/cli/pmo.js and through npm's bin link.
chmodSync("dist/cli/pmo.js", 0o755);
