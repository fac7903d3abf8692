/**
 * A screenshot of the page into test-results/ and an axe-core scan of it: serious or critical
 * violations fail the test.
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Page } from "playwright-core";

export const RESULTS = path.join(__dirname, "..", "..", "test-results");
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

export async function scan(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS, `${name}.png`), fullPage: true });
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(AXE);
  // Tabster's focus sentinels (Fluent's focus management: hidden elements that hand focus on at the
  // edges of a focus group) are excluded; they are Fluent's, not the page's content.
  const violations = (await page.evaluate(
    "axe.run({ exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] }).then((r) => r.violations)",
  )) as AxeViolation[];
  const serious = violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${name}: ${violation.id} (${violation.help}) at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}
