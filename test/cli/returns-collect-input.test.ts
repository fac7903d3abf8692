/**
 * `pmo returns collect`'s arguments and what it never does: bad input is one line and exit 2 with
 * nothing written; --dry-run and --out leave the register as it was; a return that is no workbook
 * is refused as unreadable while the others are applied; returns are never written.
 */
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import path from "node:path";
import { monthOfReturns } from "../../src/cli/commands/returns-collect";
import { ProjectReturnInput } from "../../src/engine/returns";
import { pmo, temporaryFolder } from "./run-pmo";

const MONTH = "2026-11";

describe("pmo returns collect: arguments and safety", () => {
  const folder = temporaryFolder();
  const register = path.join(folder, "register.xlsx");
  const returns = path.join(folder, "returns");
  let original: Buffer;
  let returnBytes: Map<string, Buffer>;
  const first = () => path.join(returns, "Return 2026-11 - PRJ-001.xlsx");

  beforeAll(() => {
    expect(pmo("init", register, "--sample", "--projects", "12", "--seed", "3", "--month", MONTH).status).toBe(0);
    expect(pmo("returns", "make", register, "--out", returns, "--month", MONTH, "--by", "project").status).toBe(0);
    original = readFileSync(register);
    returnBytes = new Map([first()].map((file) => [file, readFileSync(file)]));
  }, 120_000);

  const unchanged = () => expect(readFileSync(register).equals(original)).toBe(true);

  it.each([
    [["returns", "collect"], /needs the register \(PORTFOLIO\) and the returns/],
    [["returns", "collect", "REGISTER"], /needs the returns after the register/],
    [["returns", "collect", "REGISTER", "missing.xlsx"], /^pmo: Return not found: missing\.xlsx$/m],
    [["returns", "collect", "REGISTER", "REGISTER"], /is the register itself/],
    [["returns", "collect", "REGISTER", "RETURNS", "--month", "Nov"], /--month must be a month as YYYY-MM/],
    [["returns", "collect", "REGISTER", "RETURNS", "--out", "FIRST"], /is one of the returns; returns are never written/],
    [["returns", "collect", "REGISTER", "RETURNS", "--out", "copy.csv"], /the output must be an \.xlsx file/],
    [["returns", "collect", "REGISTER", "EMPTY"], /holds no \.xlsx returns/],
  ])("refuses %j with one line and exit 2, writing nothing", (args, message) => {
    const empty = path.join(folder, "empty");
    mkdirSync(empty, { recursive: true });
    const words = args.map((word) => ({ REGISTER: register, RETURNS: returns, FIRST: first(), EMPTY: empty })[word] ?? word);
    const run = pmo(...words);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stdout).toBe("");
    unchanged();
  });

  it("--dry-run says what would change and writes nothing", () => {
    const run = pmo("returns", "collect", register, returns, "--month", MONTH, "--dry-run");
    expect(run.stdout).toMatch(/^Collected \d+ returns for 2026-11: \d+ projects applied \(\d+ cells changed\), \d+ refused; nothing written \(--dry-run\)\./);
    unchanged();
  });

  it("--out writes the collected register elsewhere; the register and the returns stay as they were", () => {
    const out = path.join(folder, "collected.xlsx");
    const run = pmo("returns", "collect", register, returns, "--month", MONTH, "--out", out, "--json");
    const result = JSON.parse(run.stdout);
    expect(result.applied.length).toBeGreaterThan(0);
    expect(readFileSync(out).equals(original)).toBe(false);
    unchanged();
    for (const [file, bytes] of returnBytes) expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it("refuses a return that is not a workbook as unreadable, and applies the others", () => {
    const mixed = path.join(folder, "mixed");
    mkdirSync(mixed);
    copyFileSync(first(), path.join(mixed, "good.xlsx"));
    writeFileSync(path.join(mixed, "broken.xlsx"), "this is not a workbook");
    writeFileSync(path.join(mixed, "~$good.xlsx"), "Excel's lock file is skipped");
    const run = pmo("returns", "collect", register, mixed, "--month", MONTH, "--out", path.join(folder, "mixed-out.xlsx"), "--json");
    expect(run.status).toBe(1);
    const result = JSON.parse(run.stdout);
    expect(result.applied.map((outcome: { projectId: string }) => outcome.projectId)).toEqual(["PRJ-001"]);
    expect(result.refused).toEqual([
      expect.objectContaining({ projectId: null, file: "broken.xlsx", applied: false, reasons: [expect.objectContaining({ code: "unreadable" })] }),
    ]);
    expect(result.findings).toContainEqual(expect.objectContaining({ rule: "return-unreadable", file: "broken.xlsx", severity: "error" }));
  });

  it("without --month collects for the month the returns were made for", () => {
    const run = pmo("returns", "collect", register, first(), "--dry-run", "--json");
    expect(JSON.parse(run.stdout).month).toBe(MONTH);
  });

  it("takes the returns' month only when they all name the same one", () => {
    const made = (month?: string): ProjectReturnInput => ({ file: "r.xlsx", sheets: {}, dateSystem: 1900, date: 0, ...(month ? { madeFor: { month, sheet: "Return", cell: "B1" } } : {}) });
    expect(monthOfReturns([made("2026-11"), made(), made("2026-11")])).toBe("2026-11");
    expect(monthOfReturns([made("2026-11"), made("2026-10")])).toBeUndefined();
    expect(monthOfReturns([made()])).toBeUndefined();
  });
});
