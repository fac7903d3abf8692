/**
 * The Returns page (SPEC 10) in headless Chromium at 320 px, in preview mode and on the simulated
 * Excel host: a return file picked through the page's file input (real .xlsx bytes, read in the
 * browser), the preview's old -> new and refusal, no horizontal overflow, an axe scan, then Apply
 * and, on the host, the register's cells and the two logs as they were written.
 *
 * The sample both modes hold (seed 1, 500 projects, November 2026) starts with PRJ-001, row 2 of
 * Projects: % Complete 0.35 in column Q, Last Updated 2026-11-29 in column T (checked below, so a
 * change of the sample says so rather than failing further on). The return sets its % Complete to
 * 0.5 and is submitted on 2026-11-30; it also names ZZ-999, which the register does not know.
 */
import { Page } from "playwright-core";
import { generateSamplePortfolio } from "../../src/sample";
import { PREVIEW_SAMPLE_PROJECTS } from "../../src/workbook/preview/sample-workbook";
import { scan } from "./axe-scan";
import type { ExcelHostInPage } from "./excel-host-page/inspect";
import { MONTH, PINNED_CLOCK, TIME_ZONE } from "./pinned-clock";
import { MODES, servedInBothModes } from "./both-modes";
import { SAMPLE_RETURN_FILE } from "./return-file";

const { origin, browser } = servedInBothModes();

test("the sample starts as the fixture says", () => {
  const { projects } = generateSamplePortfolio({ projects: PREVIEW_SAMPLE_PROJECTS, seed: 1, month: MONTH });
  const column = (header: string) => projects.headers.indexOf(header);
  expect([column("% Complete"), column("Last Updated")]).toEqual([16, 19]); // Q and T
  expect([projects.rows[0][0], projects.rows[0][16], (projects.rows[0][19] as Date).toISOString().slice(0, 10)]).toEqual(["PRJ-001", 0.35, "2026-11-29"]);
});

for (const mode of MODES) {
  test(`${mode}, 320x600: preview a return, apply it, see PMO Changes`, async () => {
    const context = await browser().newContext({ viewport: { width: 320, height: 600 }, timezoneId: TIME_ZONE });
    await context.clock.setFixedTime(PINNED_CLOCK);
    const page: Page = await context.newPage();
    const onHost = <T, A = null>(read: (host: ExcelHostInPage, argument: A) => T, argument?: A) => page.evaluate(`(${read.toString()})(window.excelHost, ${JSON.stringify(argument ?? null)})`) as Promise<T>;
    try {
      await page.goto(`${origin(mode)}/taskpane.html`);
      await page.getByRole("tab", { name: "Returns" }).click({ timeout: 30_000 });
      await page.getByLabel("Return files (.xlsx)").setInputFiles(SAMPLE_RETURN_FILE);
      await page.getByText("1 file: chloe.xlsx").waitFor();
      await page.getByRole("button", { name: "Preview the changes" }).click();
      const headline = page.getByTestId("returns-headline");
      await headline.waitFor({ timeout: 30_000 });
      await expect(headline.textContent()).resolves.toMatch(/^1 return read for 2026-11: 1 project to apply \(2 cell changes\), 1 project refused, 1 finding; \d+ projects with no return\.$/);
      await page.getByText("Projects!Q2 % Complete: 0.35 -> 0.5").waitFor();
      await page.getByText("Projects!T2 Last Updated: 2026-11-29 -> 2026-11-30").waitFor();
      await page.getByText(/^ZZ-999 from chloe\.xlsx, sent by Chloe Robinson/).waitFor();
      await scan(page, `returns-preview-${mode.replace(/ /g, "-")}`);
      // The chasing list (499 projects) is one keypress away, under a heading that counts it.
      const chasing = page.getByRole("button", { name: /^No return yet \(\d+\)$/ });
      await chasing.focus();
      await page.keyboard.press("Enter");
      await page.getByText("PRJ-002 Recruitment System Upgrade: Grace Walker").waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
      await page.keyboard.press("Enter");

      await page.getByRole("button", { name: "Apply to the register" }).click();
      await page.getByText("Applied 2 cell changes for 1 project; 1 project refused. PMO Returns and PMO Changes updated.").waitFor({ timeout: 30_000 });
      await page.getByRole("button", { name: "Open PMO Changes" }).click();
      if (mode === "simulated Excel") {
        await expect(onHost((host) => host.values("Projects", "Q2"))).resolves.toEqual([[0.5]]);
        // 2026-11-30 in the 1900 system: 2026-01-01 is 46,023 (2024-01-01 is 45,292, plus 366 and 365), and November 30 is 333 days after it.
        await expect(onHost((host) => host.values("Projects", "T2"))).resolves.toEqual([[46_023 + 333]]);
        await expect(onHost((host) => host.sheetNames())).resolves.toEqual(["Projects", "Risks", "Milestones", "Financials", "PMO Returns", "PMO Changes"]);
        await expect(onHost((host) => host.activeSheet())).resolves.toBe("PMO Changes");
      } else {
        await page.getByText(/Preview has no grid to show "PMO Changes" in/).waitFor();
      }
    } finally {
      await context.close();
    }
  });
}
