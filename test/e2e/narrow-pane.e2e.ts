/**
 * The pane in the narrow sizes Excel gives it (320x600 and 350x700), preview mode, issue 12:
 * - the Rules page as a user in a decimal-comma locale meets it (item 10): the rules in groups
 *   named in words, values shown as the locale writes them, "0,85" accepted, a contradiction
 *   refused with its reason beside the rule, and "Saved" gone once the rules are edited again;
 * - one month for the whole pane and results kept across pages (item 5), and an empty month said
 *   beside the field (item 7).
 */
import { Server } from "node:http";
import { Browser, Page } from "playwright-core";
import { launchChromium } from "./browser";
import { PINNED_CLOCK, TIME_ZONE } from "./pinned-clock";
import { serveDist } from "./static-server";

let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  ({ server, origin } = await serveDist());
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const SIZES = [
  [320, 600],
  [350, 700],
] as const;

/** The pane on the sample, its clock pinned (the sample is made for "this month"). */
async function openPane(width: number, height: number, locale = "en-GB"): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale, timezoneId: TIME_ZONE });
  await context.clock.setFixedTime(PINNED_CLOCK);
  const page = await context.newPage();
  await page.goto(`${origin}/taskpane.html`);
  await page.getByText("Preview mode").waitFor({ timeout: 30_000 });
  return page;
}

async function openRules(width: number, height: number): Promise<Page> {
  const page = await openPane(width, height, "de-DE");
  await page.getByRole("tab", { name: "Rules" }).click();
  await page.getByRole("button", { name: "Load the rules from PMO Config" }).click();
  await page.getByRole("group", { name: "Schedule" }).waitFor();
  return page;
}

for (const [width, height] of SIZES) {
  test(`at ${width}x${height} in de-DE: groups, a decimal comma, a contradiction refused, Saved cleared`, async () => {
    const page = await openRules(width, height);
    try {
      expect(await page.locator("fieldset > legend").allTextContents()).toEqual(["Schedule", "Cost", "Risk", "Updates", "Priority weights"]);
      await expect(page.getByLabel("Amber below SPI").inputValue()).resolves.toBe("0,95");

      await page.getByLabel("Red below SPI").fill("0,99");
      await page.getByText("Schedule: Red below SPI (0,99) must be at or below Amber below SPI (0,95), or nothing can be Amber on it.").waitFor();
      await expect(page.getByRole("button", { name: "Save to PMO Config" }).isDisabled()).resolves.toBe(true);

      await page.getByLabel("Red below SPI").fill("0,85");
      await page.getByRole("button", { name: "Save to PMO Config" }).click();
      await page.getByText(/Saved to PMO Config/).waitFor();
      await page.getByLabel("Amber below CPI").fill("0,97");
      await expect(page.getByText(/Saved to PMO Config/).count()).resolves.toBe(0);
    } finally {
      await page.context().close();
    }
  });
}

for (const [width, height] of SIZES) {
  test(`at ${width}x${height}: one month for every page, results kept across pages, an empty month said beside the field`, async () => {
    const page = await openPane(width, height);
    try {
      await page.getByLabel("Month", { exact: true }).fill("2026-06");
      await page.getByRole("button", { name: "Show the portfolio" }).click();
      await page.getByLabel("Key figures").waitFor();
      await page.getByRole("tab", { name: "Check" }).click();
      await expect(page.getByLabel("Month", { exact: true }).inputValue()).resolves.toBe("2026-06");
      await page.getByRole("tab", { name: "Portfolio" }).click();
      await expect(page.getByLabel("Key figures").isVisible()).resolves.toBe(true);
      await expect(page.getByText("As of 2026-06-30").count()).resolves.toBe(1);

      await page.getByLabel("Month", { exact: true }).fill("");
      await page.getByText("Choose a month to work on, such as 2026-11.").waitFor();
      await expect(page.getByRole("button", { name: "Show the portfolio" }).isDisabled()).resolves.toBe(true);
      await expect(page.getByText("Could not finish").count()).resolves.toBe(0);
    } finally {
      await page.context().close();
    }
  });
}
