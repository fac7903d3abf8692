/**
 * The pane as a user outside Excel meets it (preview) and inside (simulated) Excel: dist/ served
 * both ways and one Chromium for a test file, started before its tests and closed after them.
 */
import { Server } from "node:http";
import { Browser } from "playwright-core";
import { launchChromium } from "./browser";
import { serveDist } from "./static-server";

export type Mode = "preview" | "simulated Excel";
export const MODES: readonly Mode[] = ["preview", "simulated Excel"];

export interface BothModes {
  /** Where the pane of `mode` is served. */
  origin(mode: Mode): string;
  browser(): Browser;
}

/** Call at the top of a test file: registers the beforeAll and afterAll that start and stop everything. */
export function servedInBothModes(): BothModes {
  const servers = new Map<Mode, { server: Server; origin: string }>();
  let browser: Browser | undefined;
  beforeAll(async () => {
    servers.set("preview", await serveDist());
    servers.set("simulated Excel", await serveDist({ simulatedExcel: true }));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    for (const { server } of servers.values()) server.close();
  });
  return { origin: (mode) => servers.get(mode)!.origin, browser: () => browser! };
}
