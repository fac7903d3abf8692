/**
 * The task pane's bars (DESIGN "Bars", issue 12): time to the first styled paint, and the longest
 * main-thread task while Generate runs on a 5,000-project workbook, in headless Chromium (preview
 * mode: the same engine work as in Excel, and the package writer instead of Office.js). Long tasks
 * are Chromium's own "longtask" entries (50 ms and over); the longest one is what a user feels as a
 * frozen pane.
 */
import { existsSync, readFileSync } from "node:fs";
import { CHROMIUM, launchChromium } from "../../test/e2e/browser";
import { MONTH, PINNED_CLOCK, TIME_ZONE } from "../../test/e2e/pinned-clock";
import { serveDist } from "../../test/e2e/static-server";
import { Measurement } from "./timing";
import { sampleWorkbook } from "./workbooks";

const PROJECTS = 5_000;

export async function benchTaskPane(): Promise<Measurement[]> {
  if (!existsSync(CHROMIUM)) return [{ name: "Task pane in Chromium", figure: "n/a", target: `${CHROMIUM} missing` }];
  const file = await sampleWorkbook(PROJECTS);
  const { server, origin } = await serveDist();
  const browser = await launchChromium();
  try {
    // Start-up on a clock of its own: a pinned clock stops the page's performance timeline.
    const fresh = await browser.newContext({ viewport: { width: 350, height: 700 } });
    const opening = await fresh.newPage();
    await opening.goto(`${origin}/taskpane.html`);
    await opening.getByText("Preview mode").waitFor({ timeout: 30_000 });
    const paint = (await opening.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null)) as number | null;
    const paneReady = (await opening.evaluate(() => performance.now())) as number;
    await fresh.close();

    const context = await browser.newContext({ viewport: { width: 350, height: 700 }, timezoneId: TIME_ZONE });
    await context.clock.setFixedTime(PINNED_CLOCK);
    const page = await context.newPage();
    await page.goto(`${origin}/taskpane.html`);
    await page.getByText("Preview mode").waitFor({ timeout: 30_000 });

    await page.getByLabel("Open an .xlsx workbook").setInputFiles({ name: `sample-${PROJECTS}.xlsx`, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: readFileSync(file) });
    await page.getByText(`working on sample-${PROJECTS}.xlsx`).waitFor({ timeout: 60_000 });
    await page.getByRole("tab", { name: "Report" }).click();
    await page.getByLabel("Month", { exact: true }).fill(MONTH);
    await page.evaluate(() => {
      const durations: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = durations;
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => durations.push(entry.duration))).observe({ type: "longtask" });
    });
    const started = Date.now();
    await page.getByRole("button", { name: "Generate summary" }).click();
    await page.getByText(/^Wrote "PMO Summary/).waitFor({ timeout: 300_000 });
    const generateMs = Date.now() - started;
    const longest = Math.max(0, ...((await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks)) as number[]));
    return [
      { name: "Task pane: first contentful paint (the styled start-up spinner)", figure: paint === null ? "n/a" : `${Math.round(paint)} ms`, target: "< 500 ms" },
      { name: "Task pane: pages shown (Fluent UI rendered, the sample made)", figure: `${Math.round(paneReady)} ms` },
      { name: `Task pane: Generate on ${PROJECTS.toLocaleString("en-GB")} projects, start to message`, figure: `${(generateMs / 1000).toFixed(2)} s` },
      { name: `Task pane: longest main-thread task during that Generate`, figure: `${Math.round(longest)} ms`, target: "< 100 ms" },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}
