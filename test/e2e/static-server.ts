/**
 * Serves the built add-in (dist/) on localhost for the browser tests, with office.js from the
 * @microsoft/office-js package: the page's Office CDN script tag is pointed at /office-js/ as it
 * is served (the shipped HTML keeps the CDN URL; Office's CDN is not reachable here).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, Server } from "node:http";
import { AddressInfo } from "node:net";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const OFFICE_JS = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
  ".css": "text/css",
};

function fileFor(url: string): string | undefined {
  const pathname = decodeURIComponent(new URL(url, "http://localhost").pathname);
  const [root, relative] = pathname.startsWith("/office-js/") ? [OFFICE_JS, pathname.slice("/office-js/".length)] : [DIST, pathname.slice(1) || "taskpane.html"];
  const file = path.normalize(path.join(root, relative));
  return file.startsWith(root) && existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export async function serveDist(): Promise<{ server: Server; origin: string }> {
  if (!existsSync(path.join(DIST, "taskpane.html"))) throw new Error("dist/taskpane.html is missing: run npm run build first");
  const server = createServer((request, response) => {
    const file = fileFor(request.url ?? "/");
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    let body: Buffer | string = readFileSync(file);
    if (file.endsWith("taskpane.html")) body = body.toString("utf8").split(OFFICE_CDN).join("/office-js/");
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://localhost:${(server.address() as AddressInfo).port}` };
}
