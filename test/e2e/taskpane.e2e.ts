/**
 * The task pane as a user meets it outside Excel (preview mode, on the bundled sample): open it,
 * run Check, generate the summary for a month, see the KPIs and the roll-up, download the workbook
 * and read it back. Every page is screenshot into test-results/ and scanned with axe-core; every
 * request the page makes is recorded, and any that leaves localhost fails the test.
 */
import { mkdirSync } from "node:fs";
import { Server } from "node:http";
import path from "node:path";
import ExcelJS from "exceljs";
import { Browser, Page } from "playwright-core";
import { RESULTS, scan as scanPage } from "./axe-scan";
import { launchChromium } from "./browser";
import { MONTH, PINNED_CLOCK, TIME_ZONE } from "./pinned-clock";
import { serveDist } from "./static-server";

let server: Server;
let origin: string;
let browser: Browser;
let page: Page;
const requests: string[] = [];
const pageErrors: string[] = [];

const scan = (name: string) => scanPage(page, name);

async function openPage(name: string): Promise<void> {
  await page.getByRole("tab", { name }).click();
  await page.getByRole("heading", { level: 2 }).first().waitFor();
}

async function setMonth(): Promise<void> {
  await page.getByLabel("Month", { exact: true }).fill(MONTH);
}

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  ({ server, origin } = await serveDist());
  browser = await launchChromium();
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 420, height: 900 }, timezoneId: TIME_ZONE });
  await context.clock.setFixedTime(PINNED_CLOCK);
  page = await context.newPage();
  page.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${origin}/taskpane.html`);
  await page.getByText("Preview mode").waitFor({ timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

test("opens in preview mode on the bundled sample", async () => {
  await page.getByText("working on sample-portfolio.xlsx").waitFor();
  await scan("0-opened");
});

test("Portfolio shows the KPIs and the roll-up", async () => {
  await setMonth();
  await page.getByRole("button", { name: "Show the portfolio" }).click();
  const figures = page.getByLabel("Key figures");
  await figures.waitFor();
  const active = Number(await page.locator('[data-kpi="Active projects"]').textContent());
  expect(active).toBeGreaterThan(300);
  // 420 px wide: one block per group; from 500 px, the table (and only one of them is shown).
  const groups = await page.getByRole("list", { name: "Roll-up by Programme" }).getByRole("listitem").count();
  expect(groups).toBeGreaterThan(4);
  await expect(page.getByRole("table", { name: "Roll-up by Programme" }).count()).resolves.toBe(0);
  await scan("1-portfolio");
  await page.setViewportSize({ width: 520, height: 900 });
  const rows = page.getByRole("table", { name: "Roll-up by Programme" }).getByRole("row");
  expect(await rows.count()).toBe(groups + 1);
  await expect(page.getByRole("list", { name: "Roll-up by Programme" }).isVisible()).resolves.toBe(false);
  await scan("1-portfolio-wide");
  await page.setViewportSize({ width: 420, height: 900 });
});

test("Check finds the sample's planted problems and goes to a cell", async () => {
  await openPage("Check");
  await setMonth();
  await page.getByRole("button", { name: "Check governance" }).click();
  await expect(page.getByTestId("check-summary").textContent()).resolves.toBe("11 errors, 5 warnings");
  await page.getByRole("button", { name: /Duplicate ID/ }).click();
  await page.getByRole("button", { name: "Projects!A19" }).click();
  await page.getByText("Selected Projects!A19").waitFor();
  await scan("2-check");
});

test("Report generates the month's summary, and the download holds it", async () => {
  await openPage("Report");
  await setMonth();
  await page.getByRole("button", { name: "Generate summary" }).click();
  await page.getByText(`Wrote "PMO Summary ${MONTH}" and PMO History`).waitFor({ timeout: 60_000 });
  await scan("3-report");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download workbook" }).click()]);
  const file = path.join(RESULTS, "downloaded.xlsx");
  await download.saveAs(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Projects", "Risks", "Milestones", "Financials", "PMO Config", `PMO Summary ${MONTH}`, "PMO History"]);
  expect(workbook.getWorksheet(`PMO Summary ${MONTH}`)!.getCell("A1").value).toBe("PMO Summary: November 2026");
});

test("Setup and Rules open and pass the accessibility scan", async () => {
  await openPage("Setup");
  await page.getByRole("button", { name: "Show its columns" }).click();
  await page.getByLabel("Project ID (required)").waitFor();
  await scan("4-setup");
  await openPage("Rules");
  await page.getByRole("button", { name: "Load the rules from PMO Config" }).click();
  await page.getByLabel("Amber below SPI").waitFor();
  await scan("5-rules");
});

test("the pages are reachable with the keyboard", async () => {
  await page.getByRole("tab", { name: "Rules" }).focus();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "Setup", level: 2 }).waitFor();
});

test("no request left localhost and no script error occurred", () => {
  const outside = requests.filter((url) => !/^(https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/|data:|blob:)/.test(url));
  expect(outside).toEqual([]);
  expect(requests.length).toBeGreaterThan(3);
  expect(pageErrors).toEqual([]);
});
