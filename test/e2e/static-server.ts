/**
 * Serves the built add-in (dist/) on localhost for the browser tests, with office.js from the
 * @microsoft/office-js package: the page's Office CDN script tag is pointed at /office-js/ as it
 * is served (the shipped HTML keeps the CDN URL; Office's CDN is not reachable here).
 *
 * In simulated-Excel mode the CDN's office.js tag is replaced instead by the real Excel client
 * (excel-web-16.00.debug.js) and the simulated host's page bundle (excel-host-page/, built here
 * into out/e2e/ and served under /excel-host/): the pane then starts on the Office.js port.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, Server } from "node:http";
import { AddressInfo } from "node:net";
import path from "node:path";
import { CLIENT_FILE_NAME } from "../excel-host/client";
import { buildExcelHostPage, HOST_PAGE_DIR, HOST_PAGE_SCRIPT } from "./excel-host-page/build";

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const OFFICE_JS = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_URL = "/office-js/";
const HOST_PAGE_URL = "/excel-host/";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
  ".css": "text/css",
};

/** URL prefix to directory; anything else is dist/. */
const ROOTS: [string, string][] = [
  [OFFICE_JS_URL, OFFICE_JS],
  [HOST_PAGE_URL, HOST_PAGE_DIR],
];

function fileFor(url: string): string | undefined {
  const pathname = decodeURIComponent(new URL(url, "http://localhost").pathname);
  const mounted = ROOTS.find(([prefix]) => pathname.startsWith(prefix));
  const [root, relative] = mounted ? [mounted[1], pathname.slice(mounted[0].length)] : [DIST, pathname.slice(1) || "taskpane.html"];
  const file = path.normalize(path.join(root, relative));
  return file.startsWith(root) && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The CDN's office.js tag as the build writes it (minified: the attribute may be unquoted). */
const OFFICE_SCRIPT_TAG = new RegExp(`<script src=["']?${escapeRegExp(OFFICE_CDN)}office\\.js["']?></script>`);

/** taskpane.html with the CDN's office.js swapped for the real Excel client and the simulated host, in that order. */
function withSimulatedExcel(html: string): string {
  if (!OFFICE_SCRIPT_TAG.test(html)) throw new Error(`taskpane.html has no <script> for ${OFFICE_CDN}office.js to replace`);
  return html.replace(OFFICE_SCRIPT_TAG, `<script src="${OFFICE_JS_URL}${CLIENT_FILE_NAME}"></script><script src="${HOST_PAGE_URL}${HOST_PAGE_SCRIPT}"></script>`);
}

export interface ServeOptions {
  /** Serve the pane on the simulated Excel host (in the page) rather than on office.js in preview mode. */
  simulatedExcel?: boolean;
}

export async function serveDist(options: ServeOptions = {}): Promise<{ server: Server; origin: string }> {
  if (!existsSync(path.join(DIST, "taskpane.html"))) throw new Error("dist/taskpane.html is missing: run npm run build first");
  if (options.simulatedExcel) await buildExcelHostPage();
  const server = createServer((request, response) => {
    const file = fileFor(request.url ?? "/");
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    let body: Buffer | string = readFileSync(file);
    if (file === path.join(DIST, "taskpane.html")) {
      const html = body.toString("utf8");
      body = options.simulatedExcel ? withSimulatedExcel(html) : html.split(OFFICE_CDN).join(OFFICE_JS_URL);
    }
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://localhost:${(server.address() as AddressInfo).port}` };
}
