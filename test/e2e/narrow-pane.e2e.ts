/**
 * The pane in the narrow sizes Excel gives it (320x600 and 350x700), in preview mode and on the
 * simulated Excel host (the real pane, the real Office.js client), issue 12:
 * - the Rules page as a user in a decimal-comma locale meets it (item 10): the rules in groups
 *   named in words, values shown as the locale writes them, "0,85" accepted, a contradiction
 *   refused with its reason beside the rule, and "Saved" gone once the rules are edited again;
 * - one month for the whole pane and results kept across pages (item 5), and an empty month said
 *   beside the field (item 7);
 * - no scrollbar with nothing to scroll (item 9) and, in dark, no light frame round the pane and
 *   native controls drawn dark (item 8);
 * - the keyboard (item 13): after "Load the rules" focus is on the first rule, the arrow keys move
 *   between the Check groups, a focused finding shows a focus ring; a selected cell is confirmed
 *   beside the finding chosen (item 6);
 * - in preview, replacing a workbook that holds the pane's changes asks first (item 2), and the new
 *   workbook's pane starts with focus on its tab (item 13).
 */
import { Page } from "playwright-core";
import { PINNED_CLOCK, TIME_ZONE } from "./pinned-clock";
import { Mode, MODES, servedInBothModes } from "./both-modes";

const { origin, browser } = servedInBothModes();

const SIZES = [
  [320, 600],
  [350, 700],
] as const;

/** The pane on the sample, its clock pinned (the sample is made for "this month"). */
async function openPane(mode: Mode, width: number, height: number, locale = "en-GB", colorScheme: "light" | "dark" = "light"): Promise<Page> {
  const context = await browser().newContext({ viewport: { width, height }, locale, timezoneId: TIME_ZONE, colorScheme });
  await context.clock.setFixedTime(PINNED_CLOCK);
  const page = await context.newPage();
  await page.goto(`${origin(mode)}/taskpane.html`);
  if (mode === "preview") await page.getByText("Preview mode").waitFor({ timeout: 30_000 });
  else await page.getByRole("tab", { name: "Portfolio" }).waitFor({ timeout: 30_000 });
  return page;
}

async function openRules(mode: Mode, width: number, height: number): Promise<Page> {
  const page = await openPane(mode, width, height, "de-DE");
  await page.getByRole("tab", { name: "Rules" }).click();
  await page.getByRole("button", { name: "Load the rules from PMO Config" }).click();
  await page.getByRole("group", { name: "Schedule" }).waitFor();
  return page;
}

for (const mode of MODES) for (const [width, height] of SIZES) {
  test(`${mode}, ${width}x${height} in de-DE: groups, a decimal comma, a contradiction refused, Saved cleared`, async () => {
    const page = await openRules(mode, width, height);
    try {
      expect(await page.locator("fieldset > legend").allTextContents()).toEqual(["Schedule", "Cost", "Risk", "Budget", "Updates", "Priority weights"]);
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

for (const mode of MODES) for (const [width, height] of SIZES) {
  test(`${mode}, ${width}x${height}: one month for every page, results kept across pages, an empty month said beside the field`, async () => {
    const page = await openPane(mode, width, height);
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

// In (simulated) Excel the theme is Office's, which the host leaves unset (light); dark is tried in preview.
const THEMED: readonly [Mode, "light" | "dark"][] = [
  ["preview", "light"],
  ["preview", "dark"],
  ["simulated Excel", "light"],
];
for (const [width, height] of SIZES) {
  for (const [mode, scheme] of THEMED) {
    test(`${mode}, ${width}x${height} in ${scheme}: every page fits the pane's width, nothing below the content, and the page is the pane's colour`, async () => {
      const page = await openPane(mode, width, height, "en-GB", scheme);
      try {
        // x: how far the page is wider than the pane; y: how far it is taller than the pane or its
        // content, whichever is taller (a scrollbar is right when there is content to scroll to).
        const overflow = () =>
          page.evaluate(() => {
            const root = document.documentElement;
            const content = Math.ceil(document.querySelector("main")!.getBoundingClientRect().bottom + window.scrollY);
            return { x: root.scrollWidth - root.clientWidth, y: root.scrollHeight - Math.max(root.clientHeight, content) };
          });
        const first = await overflow();
        expect(first.x).toBe(0);
        expect(first.y).toBeLessThanOrEqual(0);
        for (const tab of ["Check", "Report", "Returns", "Setup", "Rules"]) {
          await page.getByRole("tab", { name: tab }).click();
          await expect(overflow().then((o) => o.x)).resolves.toBe(0);
        }
        const colours = await page.evaluate(() => ({
          body: getComputedStyle(document.body).backgroundColor,
          pane: getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor,
          scheme: getComputedStyle(document.documentElement).colorScheme,
        }));
        expect(colours.body).toBe(colours.pane);
        expect(colours.scheme).toBe(scheme);
        if (scheme === "dark") expect(colours.pane).toBe("rgb(41, 41, 41)");
      } finally {
        await page.context().close();
      }
    });
  }
}

for (const mode of MODES) for (const [width, height] of SIZES) {
  test(`${mode}, ${width}x${height}: focus after loading the rules, arrow keys between Check groups, the selection said beside the finding`, async () => {
    const page = await openPane(mode, width, height);
    try {
      await page.getByRole("tab", { name: "Rules" }).click();
      await page.getByRole("button", { name: "Load the rules from PMO Config" }).click();
      await page.getByRole("group", { name: "Schedule" }).waitFor();
      await expect(page.evaluate(() => document.activeElement === document.querySelector("fieldset input"))).resolves.toBe(true);

      await page.getByRole("tab", { name: "Check" }).click();
      await page.getByRole("button", { name: "Check governance" }).click();
      await page.getByTestId("check-summary").waitFor();
      const headers = page.locator(".fui-AccordionHeader__button");
      await headers.nth(0).focus();
      await page.keyboard.press("ArrowDown");
      await expect(headers.nth(1).evaluate((header) => header === document.activeElement)).resolves.toBe(true);
      await page.keyboard.press("ArrowUp");
      await expect(headers.nth(0).evaluate((header) => header === document.activeElement)).resolves.toBe(true);

      // Open the group; the arrow keys go on into its findings (Tab leaves the list of groups).
      await page.keyboard.press("Enter");
      await page.keyboard.press("ArrowDown");
      const link = page.locator(":focus");
      await expect(link.evaluate((element) => getComputedStyle(element.closest("li")!).outlineStyle)).resolves.toBe("solid");
      const cell = await link.textContent();
      await page.keyboard.press("Enter");
      await expect(page.locator("li", { has: page.getByRole("button", { name: cell! }) }).getByRole("status").textContent()).resolves.toContain(`Selected ${cell}`);
    } finally {
      await page.context().close();
    }
  });
}

for (const [width, height] of SIZES) {
  test(`preview, ${width}x${height}: a generated summary is not thrown away without asking`, async () => {
    const context = await browser().newContext({ viewport: { width, height }, timezoneId: TIME_ZONE, acceptDownloads: true });
    await context.clock.setFixedTime(PINNED_CLOCK);
    const page = await context.newPage();
    try {
      await page.goto(`${origin("preview")}/taskpane.html`);
      await page.getByText("Preview mode").waitFor({ timeout: 30_000 });
      const wrote = page.getByText(/^Wrote "PMO Summary/);
      const generate = async () => {
        await page.getByRole("tab", { name: "Report" }).click();
        await page.getByRole("button", { name: "Generate summary" }).click();
        await wrote.waitFor({ timeout: 60_000 });
      };
      const dialog = page.getByRole("alertdialog", { name: "Keep your changes?" });
      await generate();
      await page.getByRole("button", { name: "Use the sample" }).click();
      await dialog.waitFor();
      await page.getByRole("button", { name: "Cancel" }).click();
      await dialog.waitFor({ state: "detached" });
      await expect(wrote.isVisible()).resolves.toBe(true);

      await page.getByRole("button", { name: "Use the sample" }).click();
      await page.getByRole("button", { name: "Discard changes" }).click();
      await expect(wrote.count()).resolves.toBe(0);
      // The new workbook's pane starts on Portfolio, with focus on its tab rather than the page body.
      await expect(page.getByRole("tab", { name: "Portfolio" }).evaluate((tab) => tab === document.activeElement)).resolves.toBe(true);

      await generate();
      await page.getByRole("button", { name: "Use the sample" }).click();
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download, then continue" }).click()]);
      expect(download.suggestedFilename()).toBe("sample-portfolio.xlsx");
      await expect(wrote.count()).resolves.toBe(0);

      // Changes already downloaded are not asked about again.
      await generate();
      await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download workbook" }).click()]);
      await page.getByRole("button", { name: "Use the sample" }).click();
      await expect(wrote.count()).resolves.toBe(0);
      await expect(dialog.count()).resolves.toBe(0);
    } finally {
      await context.close();
    }
  });
}
