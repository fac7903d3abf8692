/**
 * The monthly cycle of SPEC 10 as a PMO runs it: `pmo init` a 40-project sample (November 2026),
 * `pmo returns make`, then the returns filled in as different PMs would, then `pmo returns
 * collect`. Every expected change, refusal and chasing-list entry is worked out by hand below
 * from the sample's rows (read from the register before collecting) and from what each PM did.
 *
 * The sample gives each of its 32 active projects its own manager, so each return holds one
 * project: "Return 2026-11 - Leo Wood.xlsx" holds PRJ-001, and so on (see `returns make`'s test).
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, utimesSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import { ReturnsResult } from "../../src/engine/returns";
import { pmo, temporaryFolder } from "./run-pmo";

const MONTH = "2026-11";
/** Every return's file is dated (modified) 2 December at noon by the machine's clock: its date when its Return sheet gives none, in every time zone. */
const MODIFIED = new Date(2026, 11, 2, 12, 0, 0);

const returnFile = (manager: string) => `Return ${MONTH} - ${manager}.xlsx`;

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** The column of a header in row 1. */
function columnOf(sheet: ExcelJS.Worksheet, header: string): number {
  const values = sheet.getRow(1).values as unknown[];
  const index = values.indexOf(header);
  if (index < 1) throw new Error(`${sheet.name} has no column ${header}`);
  return index;
}

/** The row whose first column holds `id`. */
function rowOf(sheet: ExcelJS.Worksheet, id: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (!found && row.getCell(1).value === id) found = row;
  });
  if (!found) throw new Error(`${sheet.name} has no row ${id}`);
  return found;
}

function set(sheet: ExcelJS.Worksheet, id: string, header: string, value: ExcelJS.CellValue): void {
  rowOf(sheet, id).getCell(columnOf(sheet, header)).value = value;
}

function rowValues(sheet: ExcelJS.Worksheet, id: string): ExcelJS.CellValue[] {
  return (rowOf(sheet, id).values as ExcelJS.CellValue[]).slice(1);
}

async function edit(file: string, change: (workbook: ExcelJS.Workbook) => void): Promise<void> {
  const workbook = await load(file);
  change(workbook);
  await workbook.xlsx.writeFile(file);
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Every cell of a sheet as comparable text: value (or formula), number format, font, fill, border. */
function cellsOf(sheet: ExcelJS.Worksheet): Map<string, string> {
  const cells = new Map<string, string>();
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells.set(cell.address, JSON.stringify({ value: cell.value, numFmt: cell.numFmt, font: cell.font, fill: cell.fill, border: cell.border, alignment: cell.alignment }));
    });
  });
  return cells;
}

function tableRefs(file: string): Record<string, string> {
  const files = unzipSync(new Uint8Array(readFileSync(file)));
  const refs: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(files)) {
    if (!/^xl\/tables\/table\d+\.xml$/.test(name)) continue;
    const xml = strFromU8(bytes);
    refs[/\bname="([^"]+)"/.exec(xml)![1]] = /\bref="([^"]+)"/.exec(xml)![1];
  }
  return refs;
}

describe("pmo returns collect: make, fill as PMs would, collect", () => {
  const folder = temporaryFolder();
  const register = path.join(folder, "register.xlsx");
  const before = path.join(folder, "register-before.xlsx");
  const returns = path.join(folder, "returns");
  let result: ReturnsResult;
  let status: number | null;
  let registerBefore: ExcelJS.Workbook;
  let registerAfter: ExcelJS.Workbook;

  beforeAll(async () => {
    expect(pmo("init", register, "--sample", "--projects", "40", "--seed", "7", "--month", MONTH).status).toBe(0);
    expect(pmo("returns", "make", register, "--out", returns, "--month", MONTH).status).toBe(0);
    copyFileSync(register, before);
    registerBefore = await load(register);
    const at = (manager: string) => path.join(returns, returnFile(manager));
    const projectRow = async (manager: string, id: string) => rowValues((await load(at(manager))).getWorksheet("Projects")!, id);

    // Leo Wood (PRJ-001): 50 % complete, finish forecast a month later, RSK-0001 closed, a new risk; he fills in the Return sheet.
    await edit(at("Leo Wood"), (workbook) => {
      const projects = workbook.getWorksheet("Projects")!;
      set(projects, "PRJ-001", "% Complete", 0.5);
      set(projects, "PRJ-001", "Forecast Finish", utc("2028-02-29"));
      const risks = workbook.getWorksheet("Risks")!;
      set(risks, "RSK-0001", "Status", "Closed");
      risks.addRow(["RSK-0900", "PRJ-001", "Key supplier enters administration", "Commercial", "Leo Wood", "Dual-source the parts", "Threat", "Open", 2, 2, 50000, utc("2027-02-01")]);
      const info = workbook.getWorksheet("Return")!;
      // Label in column A, the answer beside it.
      rowOf(info, "Submitted").getCell(2).value = utc("2026-12-01");
      rowOf(info, "Submitted By").getCell(2).value = "Leo Wood";
    });
    // Hannah Nowak (PRJ-005): a % complete that is no number.
    await edit(at("Hannah Nowak"), (workbook) => set(workbook.getWorksheet("Projects")!, "PRJ-005", "% Complete", "lots"));
    // Samuel Williams (PRJ-007) also returns PRJ-010, Lucas Thomas's project, at 65 %; Lucas sends nothing himself.
    const prj010 = await projectRow("Lucas Thomas", "PRJ-010");
    await edit(at("Samuel Williams"), (workbook) => {
      const projects = workbook.getWorksheet("Projects")!;
      projects.addRow(prj010);
      set(projects, "PRJ-010", "% Complete", 0.65);
    });
    rmSync(at("Lucas Thomas"));
    // Mia Green (PRJ-014) adds a project the register does not have.
    await edit(at("Mia Green"), (workbook) => {
      const projects = workbook.getWorksheet("Projects")!;
      projects.addRow(["PRJ-0999", "Shadow IT clean-up", ...rowValues(projects, "PRJ-014").slice(2)]);
    });
    // Ella Reid (PRJ-015) returns PRJ-020 too, which Charlie Walker returns as well.
    const prj020 = await projectRow("Charlie Walker", "PRJ-020");
    await edit(at("Ella Reid"), (workbook) => workbook.getWorksheet("Projects")!.addRow(prj020));
    // Zara Khan (PRJ-016) sends nothing.
    rmSync(at("Zara Khan"));
    for (const name of readdirSync(returns)) utimesSync(path.join(returns, name), MODIFIED, MODIFIED);

    const run = pmo("returns", "collect", register, returns, "--month", MONTH, "--json");
    status = run.status;
    expect(run.stderr).toBe("");
    result = JSON.parse(run.stdout);
    registerAfter = await load(register);
  }, 180_000);

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("exits 1, since projects were refused", () => {
    expect(status).toBe(1);
  });

  it("applies every returned project with nothing against it", () => {
    // The 32 active projects less: PRJ-016 (no return); PRJ-003, 006, 008, 009, 011 (the sample's
    // planted errors: PRJ-003 an override without reason, PRJ-006 finish before start, PRJ-008 cost
    // without budget, PRJ-009 MS-0031 done in the future, PRJ-011 RSK-0041 Critical without owner,
    // each copied into its return); PRJ-005 (bad value); PRJ-020 (in two returns).
    const applied = ["PRJ-001", "PRJ-007", "PRJ-010", "PRJ-012", "PRJ-013", "PRJ-014", "PRJ-015", "PRJ-017", "PRJ-021", "PRJ-022", "PRJ-023", "PRJ-024", "PRJ-025", "PRJ-026", "PRJ-027", "PRJ-028", "PRJ-029", "PRJ-030", "PRJ-031", "PRJ-033", "PRJ-034", "PRJ-036", "PRJ-039", "PRJ-040"];
    expect(result.applied.map((outcome) => outcome.projectId).sort()).toEqual(applied);
    const leo = result.applied.find((outcome) => outcome.projectId === "PRJ-001")!;
    // % complete, forecast finish, RSK-0001's status, the new risk's 12 cells, lastUpdated.
    expect(leo).toEqual({ projectId: "PRJ-001", file: returnFile("Leo Wood"), submittedBy: "Leo Wood", received: "2026-12-01", applied: true, reasons: [], cellsChanged: 16 });
    const prj010 = result.applied.find((outcome) => outcome.projectId === "PRJ-010")!;
    expect(prj010).toMatchObject({ file: returnFile("Samuel Williams"), submittedBy: null, received: "2026-12-02", cellsChanged: 2 });
  });

  it("refuses the bad value, the unknown project, the project in two returns and the planted errors, saying why", () => {
    const refused = result.refused.map((outcome) => [outcome.projectId, outcome.file, outcome.reasons.map((reason) => reason.code)]);
    expect(refused.sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`))).toEqual([
      ["PRJ-003", returnFile("Ibrahim Thompson"), ["errors"]],
      ["PRJ-005", returnFile("Hannah Nowak"), ["errors"]],
      ["PRJ-006", returnFile("Freya Nowak"), ["errors"]],
      ["PRJ-008", returnFile("Thomas Robinson"), ["errors"]],
      ["PRJ-009", returnFile("George Campbell"), ["errors"]],
      ["PRJ-011", returnFile("Ruby Campbell"), ["errors"]],
      ["PRJ-020", returnFile("Charlie Walker"), ["conflict"]],
      ["PRJ-020", returnFile("Ella Reid"), ["conflict"]],
      ["PRJ-0999", returnFile("Mia Green"), ["unknown-project"]],
    ]);
    expect(result.refused.every((outcome) => outcome.cellsChanged === 0 && !outcome.applied)).toBe(true);
    const badValue = result.findings.find((item) => item.file === returnFile("Hannah Nowak") && item.severity === "error")!;
    // The return's Projects sheet: header in row 1, PRJ-005 in row 2; % Complete is column Q (17th).
    expect(badValue).toMatchObject({ rule: "invalid-value", sheet: "Projects", cell: "Q2", projectId: "PRJ-005" });
    expect(result.findings.find((item) => item.rule === "unknown-project")).toMatchObject({ file: returnFile("Mia Green"), sheet: "Projects", cell: "A3", projectId: "PRJ-0999" });
  });

  it("lists the active project with no return, with its manager", () => {
    const projects = registerBefore.getWorksheet("Projects")!;
    const name = rowOf(projects, "PRJ-016").getCell(columnOf(projects, "Project Name")).value;
    expect(result.missing).toEqual([{ projectId: "PRJ-016", name, manager: "Zara Khan" }]);
  });

  it("changes exactly the cells the PMs changed, and every applied project's Last Updated", () => {
    const projects = registerBefore.getWorksheet("Projects")!;
    const cellOf = (id: string, header: string) => rowOf(projects, id).getCell(columnOf(projects, header));
    const others = result.changes.filter((change) => change.projectId !== "PRJ-001" && change.projectId !== "PRJ-010");
    // Untouched returns change Last Updated only, to the file's date.
    expect(others.map((change) => [change.field, change.newValue])).toEqual(others.map(() => ["lastUpdated", { kind: "date", value: "2026-12-02" }]));
    expect(new Set(others.map((change) => change.projectId)).size).toBe(22);
    const leo = result.changes.filter((change) => change.projectId === "PRJ-001");
    const existing = leo.filter((change) => change.cell !== "new row").map(({ sheet, cell, field, oldValue, newValue }) => ({ sheet, cell, field, oldValue, newValue }));
    expect(existing).toEqual([
      { sheet: "Projects", cell: cellOf("PRJ-001", "Forecast Finish").address, field: "forecastFinish", oldValue: { kind: "date", value: "2028-01-03" }, newValue: { kind: "date", value: "2028-02-29" } },
      { sheet: "Projects", cell: cellOf("PRJ-001", "% Complete").address, field: "percentComplete", oldValue: { kind: "number", value: 0.45 }, newValue: { kind: "number", value: 0.5 } },
      { sheet: "Risks", cell: `H${rowOf(registerBefore.getWorksheet("Risks")!, "RSK-0001").number}`, field: "status", oldValue: { kind: "text", value: "Open" }, newValue: { kind: "text", value: "Closed" } },
      { sheet: "Projects", cell: cellOf("PRJ-001", "Last Updated").address, field: "lastUpdated", oldValue: { kind: "date", value: "2026-10-28" }, newValue: { kind: "date", value: "2026-12-01" } },
    ]);
    const added = Object.fromEntries(leo.filter((change) => change.cell === "new row").map((change) => [change.header, change.newValue.value]));
    expect(added).toEqual({
      "Risk ID": "RSK-0900", "Project ID": "PRJ-001", Title: "Key supplier enters administration", Category: "Commercial", Owner: "Leo Wood", Response: "Dual-source the parts",
      Type: "Threat", Status: "Open", Probability: 2, Impact: 2, "Cost Impact": 50000, "Response Due": "2027-02-01",
    });
    const prj010 = result.changes.filter((change) => change.projectId === "PRJ-010").map((change) => [change.field, change.oldValue?.value, change.newValue.value, change.file]);
    expect(prj010).toEqual([
      ["percentComplete", cellOf("PRJ-010", "% Complete").value, 0.65, returnFile("Samuel Williams")],
      ["lastUpdated", (cellOf("PRJ-010", "Last Updated").value as Date).toISOString().slice(0, 10), "2026-12-02", returnFile("Samuel Williams")],
    ]);
  });

  it("writes those values into the register's own cells and leaves every other cell as it was", () => {
    const changed = new Map(result.changes.filter((change) => change.cell !== "new row").map((change) => [`${change.sheet}!${change.cell}`, change]));
    const risks = registerBefore.getWorksheet("Risks")!;
    const newRiskRow = risks.rowCount + 1;
    for (const sheet of registerBefore.worksheets) {
      const old = cellsOf(sheet);
      const now = cellsOf(registerAfter.getWorksheet(sheet.name)!);
      expect(old.size).toBeGreaterThan(sheet.name === "PMO Config" ? 10 : 100);
      for (const [address, cell] of old) {
        if (changed.has(`${sheet.name}!${address}`)) continue;
        expect([sheet.name, address, now.get(address)]).toEqual([sheet.name, address, cell]);
      }
      const added = [...now.keys()].filter((address) => !old.has(address));
      if (sheet.name === "Risks") expect(added.every((address) => address.endsWith(String(newRiskRow)))).toBe(true);
      else expect(added).toEqual([]);
    }
    const projects = registerAfter.getWorksheet("Projects")!;
    const after = (id: string, header: string) => rowOf(projects, id).getCell(columnOf(projects, header));
    expect(after("PRJ-001", "% Complete").value).toBe(0.5);
    expect(after("PRJ-001", "Forecast Finish").value).toEqual(utc("2028-02-29"));
    expect(after("PRJ-001", "Last Updated").value).toEqual(utc("2026-12-01"));
    expect(after("PRJ-010", "% Complete").value).toBe(0.65);
    expect(after("PRJ-012", "Last Updated").value).toEqual(utc("2026-12-02"));
    // Refused projects keep their cells: PRJ-005's % complete and Last Updated are as they were.
    const beforeProjects = registerBefore.getWorksheet("Projects")!;
    for (const header of ["% Complete", "Last Updated"]) expect(after("PRJ-005", header).value).toEqual(rowOf(beforeProjects, "PRJ-005").getCell(columnOf(beforeProjects, header)).value);
    expect((registerAfter.getWorksheet("Risks")!.getRow(newRiskRow).values as unknown[]).slice(1)).toEqual([
      "RSK-0900", "PRJ-001", "Key supplier enters administration", "Commercial", "Leo Wood", "Dual-source the parts", "Threat", "Open", 2, 2, 50000, utc("2027-02-01"),
    ]);
    expect(rowOf(registerAfter.getWorksheet("Risks")!, "RSK-0001").getCell(8).value).toBe("Closed");
  });

  it("grows the Risks table by the new row and no other table", () => {
    const old = tableRefs(before);
    const now = tableRefs(register);
    const rows = registerBefore.getWorksheet("Risks")!.rowCount;
    expect(old.Risks).toBe(`A1:L${rows}`);
    expect(now).toEqual({ ...old, Risks: `A1:L${rows + 1}` });
  });

  it("logs each return and project in PMO Returns and each changed cell in PMO Changes", () => {
    const log = registerAfter.getWorksheet("PMO Returns")!;
    expect(log.getRow(1).values).toEqual([undefined, "Month", "Project ID", "File", "Submitted By", "Received", "Outcome", "Cells Changed"]);
    expect(log.rowCount).toBe(1 + 24 + 9);
    let leo: ExcelJS.Row | undefined;
    log.eachRow((row) => {
      if (row.getCell(2).value === "PRJ-001") leo = row;
    });
    expect((leo!.values as unknown[]).slice(1)).toEqual([MONTH, "PRJ-001", returnFile("Leo Wood"), "Leo Wood", "2026-12-01", "Applied", 16]);
    const changes = registerAfter.getWorksheet("PMO Changes")!;
    expect(changes.rowCount).toBe(1 + result.changes.length);
    const rows = (changes.getSheetValues() as unknown[][]).slice(2).map((row) => row.slice(1));
    expect(rows).toContainEqual([MONTH, "Projects", "PRJ-001", "% Complete", "0.45", "0.5", returnFile("Leo Wood")]);
    expect(rows).toContainEqual([MONTH, "Risks", "RSK-0001", "Status", "Open", "Closed", returnFile("Leo Wood")]);
  });

  it("collects a late return into the same logs, below the first collection's rows", () => {
    const late = path.join(folder, "late");
    mkdirSync(late);
    const zara = path.join(returns, returnFile("Zara Khan"));
    expect(existsSync(zara)).toBe(false);
    expect(pmo("returns", "make", before, "--out", late, "--month", MONTH).status).toBe(0);
    const run = pmo("returns", "collect", register, path.join(late, returnFile("Zara Khan")), "--month", MONTH);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Collected 1 return for 2026-11: 1 project applied \(1 cell changed\), 0 refused; .*register\.xlsx updated\./);
    return load(register).then((workbook) => {
      const log = workbook.getWorksheet("PMO Returns")!;
      expect(log.rowCount).toBe(1 + 24 + 9 + 1);
      expect(log.getRow(log.rowCount).getCell(2).value).toBe("PRJ-016");
      expect(log.getRow(2).getCell(2).value).toBe(registerAfter.getWorksheet("PMO Returns")!.getRow(2).getCell(2).value);
    });
  });

  it("LibreOffice opens the collected register (when /usr/bin/soffice is installed)", () => {
    const soffice = "/usr/bin/soffice";
    if (!existsSync(soffice)) {
      expect(existsSync(soffice)).toBe(false);
      return;
    }
    const dir = path.join(folder, "office");
    mkdirSync(dir);
    copyFileSync(register, path.join(dir, "register.xlsx"));
    execFileSync(soffice, [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--convert-to", "csv", "--outdir", dir, path.join(dir, "register.xlsx")], { timeout: 120_000, stdio: "ignore" });
    const csv = readFileSync(path.join(dir, "register.csv"), "utf8");
    const leo = csv.split("\n").find((line) => line.startsWith("PRJ-001,"))!;
    expect(leo).toContain("Customer Identity Upgrade");
    expect(leo).toMatch(/50(\.0)?%|,0\.5,/);
  }, 150_000);
});
