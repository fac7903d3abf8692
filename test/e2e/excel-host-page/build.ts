/**
 * Bundles the simulated Excel host for the browser (index.ts) into out/e2e/, for the simulated-Excel
 * mode of the static server; test code, never part of dist/. The host's two Node-only modules are
 * swapped: client.ts (which reads and evaluates the real client: the page loads it by a script tag)
 * for real-client.ts, and api-set-source.ts (which reads @types/office-js) for the tables it reads
 * (requirement sets, enum values), computed here by that same module.
 */
import path from "node:path";
import { build, Plugin } from "esbuild";
import { loadApiSetTags, loadExcelEnums } from "../../excel-host/api-set-source";

const ROOT = path.join(__dirname, "..", "..", "..");
const HOST_DIR = path.join(ROOT, "test", "excel-host");
export const HOST_PAGE_DIR = path.join(ROOT, "out", "e2e");
export const HOST_PAGE_SCRIPT = "excel-host-page.js";

const PRECOMPUTED = "precomputed";

const inThePage: Plugin = {
  name: "excel-host-in-the-page",
  setup(bundle) {
    bundle.onResolve({ filter: /^\.\/(client|api-set-source)$/ }, (args) => {
      if (path.resolve(args.resolveDir) !== HOST_DIR) return undefined;
      return args.path === "./client" ? { path: path.join(__dirname, "real-client.ts") } : { path: "api-set-source", namespace: PRECOMPUTED };
    });
    bundle.onLoad({ filter: /.*/, namespace: PRECOMPUTED }, () => ({
      contents: `export const loadApiSetTags = () => (${JSON.stringify(loadApiSetTags())}); export const loadExcelEnums = () => (${JSON.stringify(loadExcelEnums())});`,
      loader: "js",
    }));
  },
};

/** Builds out/e2e/excel-host-page.js; its path. */
export async function buildExcelHostPage(): Promise<string> {
  const outfile = path.join(HOST_PAGE_DIR, HOST_PAGE_SCRIPT);
  await build({
    entryPoints: [path.join(__dirname, "index.ts")],
    outfile,
    bundle: true,
    platform: "browser",
    format: "iife",
    target: "es2020",
    sourcemap: true,
    plugins: [inThePage],
    logLevel: "warning",
  });
  return outfile;
}
