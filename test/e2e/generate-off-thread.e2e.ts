/**
 * Issue 12, item 3: Generate on a large workbook does not freeze the pane. In preview the monthly
 * routine runs in a worker, so the page keeps painting (its progress bar moves) and Cancel stops
 * the work with nothing written. Without the worker, 3,000 projects are one blocking task of
 * several seconds in which no frame is painted.
 */
import { Server } from "node:http";
import { Browser, Page } from "playwright-core";
import { sampleWorkbook } from "../../src/workbook/preview/sample-workbook";
import { launchChromium } from "./browser";
import { MONTH, PINNED_CLOCK, TIME_ZONE } from "./pinned-clock";
import { serveDist } from "./static-server";

const PROJECTS = 3_000;
/** A frame at least this often while Generate runs; one blocking run of the routine is several seconds. */
const LONGEST_FRAME_GAP_MS = 1_000;

let served: { server: Server; origin: string };
let browser: Browser;
let large: Buffer;

beforeAll(async () => {
  served = await serveDist();
  browser = await launchChromium();
  large = Buffer.from(sampleWorkbook(MONTH, PROJECTS));
});

afterAll(async () => {
  await browser?.close();
  served?.server.close();
});

async function openLargeWorkbook(width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, timezoneId: TIME_ZONE });
  await context.clock.setFixedTime(PINNED_CLOCK);
  const page = await context.newPage();
  await page.goto(`${served.origin}/taskpane.html`);
  await page.getByText("Preview mode").waitFor({ timeout: 30_000 });
  await page.getByLabel("Open an .xlsx workbook").setInputFiles({ name: "large.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: large });
  await page.getByText("working on large.xlsx").waitFor({ timeout: 60_000 });
  await page.getByRole("tab", { name: "Report" }).click();
  return page;
}

/** Starts counting the gaps between painted frames (requestAnimationFrame keeps no time when the page is frozen). */
async function watchFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const watch = { last: performance.now(), longest: 0, frames: 0 };
    (window as unknown as { frameWatch: typeof watch }).frameWatch = watch;
    const tick = (time: number) => {
      watch.longest = Math.max(watch.longest, time - watch.last);
      watch.last = time;
      watch.frames += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

const frames = (page: Page) => page.evaluate(() => (window as unknown as { frameWatch: { longest: number; frames: number } }).frameWatch);

for (const [width, height] of [
  [320, 600],
  [350, 700],
] as const) {
  test(`preview, ${width}x${height}: Generate on ${PROJECTS} projects keeps painting, and Cancel writes nothing`, async () => {
    const page = await openLargeWorkbook(width, height);
    try {
      await watchFrames(page);
      await page.getByRole("button", { name: "Generate summary" }).click();
      await page.getByRole("progressbar").waitFor();
      await page.getByRole("button", { name: "Cancel" }).click();
      await page.getByText("Cancelled: nothing was written.").waitFor();
      await expect(page.getByRole("progressbar").count()).resolves.toBe(0);
      await expect(page.getByText(/^Wrote "PMO Summary/).count()).resolves.toBe(0);
      // Nothing was written, so replacing the workbook does not ask about changes.
      await page.getByRole("button", { name: "Use the sample" }).click();
      await page.getByText("working on sample-portfolio.xlsx").waitFor();
      await expect(page.getByRole("alertdialog").count()).resolves.toBe(0);
    } finally {
      await page.context().close();
    }
  });
}

test(`preview, 350x700: the pane paints throughout Generate on ${PROJECTS} projects, which then finishes`, async () => {
  const page = await openLargeWorkbook(350, 700);
  try {
    await watchFrames(page);
    await page.getByRole("button", { name: "Generate summary" }).click();
    await page.getByText(/^Wrote "PMO Summary 2026-11"/).waitFor({ timeout: 120_000 });
    const watched = await frames(page);
    expect(watched.frames).toBeGreaterThan(10);
    expect(watched.longest).toBeLessThan(LONGEST_FRAME_GAP_MS);
    // The summary landed in the workbook: replacing it now asks first.
    await page.getByRole("button", { name: "Use the sample" }).click();
    await page.getByRole("alertdialog", { name: "Keep your changes?" }).waitFor();
  } finally {
    await page.context().close();
  }
});
