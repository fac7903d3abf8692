import { readFileSync } from "node:fs";
import path from "node:path";
import { FIXTURES, pmo } from "./run-pmo";

const fixture = (name: string) => path.join(FIXTURES, name);

describe("pmo check", () => {
  it("passes a clean workbook with exit 0", () => {
    const run = pmo("check", fixture("clean.xlsx"), "--month", "2026-11");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^No governance findings in .*clean\.xlsx \(as of 2026-11-30, 3 projects\)\.$/m);
    expect(run.stderr).toBe("");
  });

  it("lists the findings of a messy one and exits 1", () => {
    const run = pmo("check", fixture("messy.xlsx"), "--month", "2026-11");
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("Project Register!A9");
    expect(run.stdout).toMatch(/duplicate-id\s+Project ID P-001 is also on row 5/);
    expect(run.stdout).toContain("14 findings: 12 errors, 2 warnings (as of 2026-11-30, 4 projects).");
  });

  it("prints JSON in the shape SPEC 7 gives, and nothing else", () => {
    const run = pmo("check", fixture("messy.xlsx"), "--month", "2026-11", "--json");
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("");
    const printed = JSON.parse(run.stdout) as { findings: Record<string, string>[] };
    expect(Object.keys(printed)).toEqual(["findings"]);
    for (const item of printed.findings) expect(Object.keys(item)).toEqual(["rule", "severity", "sheet", "cell", "message"]);
    const expected = JSON.parse(readFileSync(fixture("messy.expected.json"), "utf8")) as { findings: Record<string, string>[] };
    const key = (item: Record<string, string>) => `${item.sheet}!${item.cell} ${item.rule} ${item.severity}`;
    expect(printed.findings.map(key).sort()).toEqual(expected.findings.map(key).sort());
  });

  it("reads a column through --map", () => {
    const run = pmo("check", fixture("missing-name-column.xlsx"), "--map", "name=Status", "--month", "2026-11", "--json");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      findings: [
        { rule: "missing-sheet", severity: "warning", sheet: "Milestones", cell: "A1", message: 'No "Milestones" sheet: milestones are left out of the figures.' },
        { rule: "missing-sheet", severity: "warning", sheet: "Risks", cell: "A1", message: 'No "Risks" sheet: risks are left out of the figures.' },
      ],
    });
  });
});

describe("bad input: one line, exit 2, no stack trace", () => {
  it.each([
    [["check", "nowhere.xlsx"], "pmo: File not found: nowhere.xlsx"],
    [["check", fixture("not-a-workbook.xlsx")], "is not a readable .xlsx workbook"],
    [["check", fixture("no-projects-sheet.xlsx")], 'No "Projects" sheet'],
    [["check", fixture("missing-name-column.xlsx")], 'Sheet "Projects", header row 1: no column found for the required field name (Project Name); its headers are "Project ID", "Budget", "Status". Rename the column "Project Name", or run with --map projects.name="<its header>"'],
    [["check", fixture("clean.xlsx"), "--month", "2026-13"], '--month must be a month as YYYY-MM, such as 2026-11, not "2026-13"'],
    [["check", fixture("clean.xlsx"), "--month"], "Option --month needs a value"],
    [["check", fixture("clean.xlsx"), "--colour"], "Unknown option --colour for pmo check"],
    [["check", fixture("clean.xlsx"), "--map", "budget"], "--map needs field=Header"],
    [["check", fixture("clean.xlsx"), "--map", "risks.colour=Hue"], "--map risks.colour: no such field"],
    [["check"], "pmo check needs a FILE"],
    [["check", ROOT_README()], "is not an .xlsx workbook"],
    [["frobnicate"], 'Unknown command "frobnicate"'],
  ])("pmo %j", (args, message) => {
    const run = pmo(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("shows the usage without a command", () => {
    const run = pmo();
    expect(run.status).toBe(2);
    expect(run.stdout).toContain("Usage:");
  });
});

function ROOT_README(): string {
  return path.join(FIXTURES, "..", "..", "README.md");
}
