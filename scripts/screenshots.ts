/**
 * `npm run screenshots`: every page of the pane at 350 px, light and dark, into docs/screenshots/
 * (the README shows them). Preview mode on the bundled sample, the clock pinned like the browser
 * tests', Debian's Chromium driven by playwright-core. Pictures, not tests: the browser tests
 * assert what these show.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { launchChromium } from "../test/e2e/browser";
import { MONTH, PINNED_CLOCK, TIME_ZONE } from "../test/e2e/pinned-clock";
import { SAMPLE_RETURN_FILE } from "../test/e2e/return-file";
import { serveDist } from "../test/e2e/static-server";

const OUT = path.join(__dirname, "..", "..", "docs", "screenshots");
const SIZE = { width: 350, height: 700 };

/** Each page brought to the state a user looks at: what its main action shows. */
const PAGES: { file: string; tab: string; show: (page: Page) => Promise<void> }[] = [
  {
    file: "1-portfolio",
    tab: "Portfolio",
    show: async (page) => {
      await page.getByRole("button", { name: "Show the portfolio" }).click();
      await page.getByLabel("Key figures").waitFor();
    },
  },
  {
    file: "2-check",
    tab: "Check",
    show: async (page) => {
      await page.getByRole("button", { name: "Check governance" }).click();
      await page.getByRole("button", { name: /Duplicate ID/ }).click();
    },
  },
  {
    file: "3-report",
    tab: "Report",
    show: async (page) => {
      await page.getByRole("button", { name: "Generate summary" }).click();
      await page.getByText(/^Wrote "PMO Summary/).waitFor({ timeout: 60_000 });
    },
  },
  {
    file: "4-returns",
    tab: "Returns",
    show: async (page) => {
      await page.getByLabel("Return files (.xlsx)").setInputFiles(SAMPLE_RETURN_FILE);
      await page.getByRole("button", { name: "Preview the changes" }).click();
      await page.getByTestId("returns-headline").waitFor({ timeout: 30_000 });
    },
  },
  {
    file: "5-setup",
    tab: "Setup",
    show: async (page) => {
      await page.getByRole("button", { name: "Show its columns" }).click();
      await page.getByLabel("Project ID (required)").waitFor();
    },
  },
  {
    file: "6-rules",
    tab: "Rules",
    show: async (page) => {
      await page.getByRole("button", { name: "Load the rules from PMO Config" }).click();
      await page.getByRole("group", { name: "Schedule" }).waitFor();
    },
  },
];

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const { server, origin } = await serveDist();
  const browser = await launchChromium();
  try {
    for (const scheme of ["light", "dark"] as const) {
      const context = await browser.newContext({ viewport: SIZE, colorScheme: scheme, timezoneId: TIME_ZONE, locale: "en-GB" });
      await context.clock.setFixedTime(PINNED_CLOCK);
      const page = await context.newPage();
      await page.goto(`${origin}/taskpane.html`);
      await page.getByText("Preview mode").waitFor({ timeout: 30_000 });
      await page.getByLabel("Month", { exact: true }).fill(MONTH);
      for (const { file, tab, show } of PAGES) {
        await page.getByRole("tab", { name: tab }).click();
        await show(page);
        // Fluent's open and close motions end within about 300 ms; the picture is of what stays.
        await page.waitForTimeout(600);
        const name = `${file}-${scheme}.png`;
        await page.screenshot({ path: path.join(OUT, name), fullPage: true });
        console.log(`docs/screenshots/${name}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
