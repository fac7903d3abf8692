/**
 * Registers as large as real ones get: nothing may grow the call stack with the data (a spread of
 * 120,000 findings into push() overflowed it: "Maximum call stack size exceeded").
 */
import { emptyMapping } from "../../src/engine/config";
import { checkGovernance } from "../../src/engine/governance";
import { readPortfolio } from "../../src/engine/read-portfolio";
import { DEFAULT_RULES } from "../../src/engine/rules";
import { dayFromParts } from "../../src/engine/values";

const ROWS = 130_000;

test("a 130,000-project register with one bad column gives a finding per row", () => {
  const rows: unknown[][] = [["Project ID", "Project Name", "BAC", "Start", "Finish"]];
  for (let i = 1; i <= ROWS; i++) rows.push([`P-${i}`, `Project ${i}`, "lots", 46023, 46000]);
  const { portfolio, findings } = readPortfolio({ projects: { name: "Projects", rows, firstRow: 1, firstColumn: 1 } }, emptyMapping(), 1900, { asOf: dayFromParts(2026, 11, 30)! });
  expect(portfolio.projects).toHaveLength(ROWS);
  const invalid = findings.filter((item) => item.rule === "invalid-value");
  expect(invalid).toHaveLength(ROWS);
  expect(invalid[ROWS - 1]).toMatchObject({ sheet: "Projects", cell: `C${ROWS + 1}` });
  // Every project also finishes before it starts: another 130,000 findings from the checks.
  const governance = checkGovernance(portfolio, { asOf: dayFromParts(2026, 11, 30)!, rules: DEFAULT_RULES });
  expect(governance.filter((item) => item.rule === "finish-before-start")).toHaveLength(ROWS);
});

test("130,000 duplicate ids are each a finding", () => {
  const rows: unknown[][] = [["Project ID", "Project Name"]];
  for (let i = 1; i <= ROWS; i++) rows.push(["P-1", `Project ${i}`]);
  const { portfolio, findings } = readPortfolio({ projects: { name: "Projects", rows, firstRow: 1, firstColumn: 1 } }, emptyMapping(), 1900, { asOf: dayFromParts(2026, 11, 30)! });
  const governance = checkGovernance(portfolio, { asOf: dayFromParts(2026, 11, 30)!, rules: DEFAULT_RULES });
  expect([...findings, ...governance].filter((item) => item.rule === "duplicate-id")).toHaveLength(ROWS - 1);
});
