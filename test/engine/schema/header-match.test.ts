import fc from "fast-check";
import { MILESTONE_FIELDS, PROJECT_FIELDS, RISK_FIELDS, SHEET_FIELDS, SHEET_KINDS } from "../../../src/engine/schema/fields";
import { fieldOfHeader, findHeaderRow, normaliseHeader, synonymIndex } from "../../../src/engine/schema/header-match";
import { cellAddress, columnLetters } from "../../../src/engine/sheet";

const noMapping = new Map<string, string>();

describe("header matching", () => {
  it.each([
    ["Proj. ID", "id"],
    ["PROJ_ID", "id"],
    ["Project #", "id"],
    ["Project No.", "id"],
    ["Programme", "program"],
    ["Program", "program"],
    ["Budget (£)", "bac"],
    ["Budget (£k)", "bac"],
    ["BAC", "bac"],
    ["% Complete", "percentComplete"],
    ["Percent Complete", "percentComplete"],
    ["Pct. Complete", "percentComplete"],
    ["Actuals to date", "ac"],
    ["SRO", "sponsor"],
    ["Organisation", "department"],
    ["Organization", "department"],
    ["Forecast End", "forecastFinish"],
    ["End Date", "finish"],
    ["Manual RAG", "ragOverride"],
    ["Budget £", "bac"],
    ["Notes", undefined],
  ])("Projects: %p is %p", (header, field) => {
    expect(fieldOfHeader(header, synonymIndex(PROJECT_FIELDS), noMapping)).toBe(field);
  });

  it.each([
    ["Likelihood", "probability"],
    ["Severity", "impact"],
    ["Project", "projectId"],
    ["Mitigation", "response"],
    ["Risk Owner", "owner"],
    ["Threat / Opportunity", "type"],
    ["Impact (£)", "costImpact"],
    ["Impact", "impact"],
    ["Cost (£)", "costImpact"],
  ])("Risks: %p is %p", (header, field) => {
    expect(fieldOfHeader(header, synonymIndex(RISK_FIELDS), noMapping)).toBe(field);
  });

  it.each([
    ["Key Milestone", "key"],
    ["Baseline", "baselineDate"],
    ["Date Achieved", "actualDate"],
  ])("Milestones: %p is %p", (header, field) => {
    expect(fieldOfHeader(header, synonymIndex(MILESTONE_FIELDS), noMapping)).toBe(field);
  });

  it("ignores case, spacing and punctuation for every known name of every field", () => {
    const names = SHEET_KINDS.flatMap((kind) => SHEET_FIELDS[kind].flatMap((spec) => [spec.header, ...spec.synonyms].map((name) => ({ kind, name }))));
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.array(fc.boolean(), { maxLength: 60 }), fc.constantFrom(" ", "_", ".", "-", "  "), ({ kind, name }, upper, separator) => {
        const index = synonymIndex(SHEET_FIELDS[kind]);
        const varied = [...name].map((letter, position) => (upper[position] ? letter.toUpperCase() : letter.toLowerCase())).join("").replace(/ /g, separator);
        expect(fieldOfHeader(varied, index, noMapping)).toBe(fieldOfHeader(name, index, noMapping));
        expect(fieldOfHeader(` ${varied}: `, index, noMapping)).toBe(fieldOfHeader(name, index, noMapping));
      }),
    );
  });

  it("never matches one name to two fields of a sheet", () => {
    for (const kind of SHEET_KINDS) {
      const owners = new Map<string, string>();
      for (const spec of SHEET_FIELDS[kind]) {
        for (const name of [spec.field, spec.header, ...spec.synonyms]) {
          const key = normaliseHeader(name);
          const owner = owners.get(key);
          expect([undefined, spec.field]).toContain(owner);
          owners.set(key, spec.field);
        }
      }
    }
  });
});

describe("finding the header row", () => {
  it("finds it under any number of title and blank rows", () => {
    const header = ["Project ID", "Project Name", "Budget", "Notes"];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant<unknown[]>([]), fc.tuple(fc.constantFrom("Project Register", "FY26", "Owner: PMO", "Updated weekly"))), { maxLength: 12 }), (titles) => {
        const rows: unknown[][] = [...(titles as unknown[][]), header, ["P-1", "Portal", 100, "x"]];
        const match = findHeaderRow(rows, PROJECT_FIELDS);
        expect(match.rowIndex).toBe(titles.length);
        expect(match.missing).toEqual([]);
        expect([...match.columns]).toEqual([
          ["id", 0],
          ["name", 1],
          ["bac", 2],
        ]);
      }),
    );
  });

  it("names the required fields it cannot find", () => {
    const match = findHeaderRow([["Project ID", "Budget"]], PROJECT_FIELDS);
    expect(match.missing.map((spec) => spec.field)).toEqual(["name"]);
  });

  it("takes the leftmost of two columns for one field, and a mapping over a synonym", () => {
    const rows = [["ID", "Project Code", "Name", "Sponsor", "SRO"]];
    expect(findHeaderRow(rows, PROJECT_FIELDS).columns.get("id")).toBe(0);
    const mapping = new Map([[normaliseHeader("Project Code"), "id"]]);
    expect(findHeaderRow(rows, PROJECT_FIELDS, mapping).columns.get("id")).toBe(1);
    const mappedLater = findHeaderRow([["Code", "Name", "Ref"]], PROJECT_FIELDS, new Map([[normaliseHeader("Ref"), "id"]]));
    expect(mappedLater.columns.get("id")).toBe(2);
  });
});

describe("choosing the header row among rows that match (issue 10, class 3)", () => {
  it("keeps the real header when a data row below reads like a header", () => {
    // The header has no Project ID column (row 2 matches name, status, % complete, finish: 4 fields);
    // the data row under it holds "Project" (a name synonym) and "Complete" (a % complete synonym),
    // 2 fields, one of them required. Counting required fields first took the data row.
    const rows: unknown[][] = [
      ["Portfolio tracker, Q3"],
      ["Initiative", "Status", "% Complete", "Planned End"],
      ["Project", "Active", "Complete", 46000],
    ];
    const match = findHeaderRow(rows, PROJECT_FIELDS);
    expect(match.rowIndex).toBe(1);
    expect(match.missing.map((spec) => spec.field)).toEqual(["id"]);
    expect([...match.columns.keys()].sort()).toEqual(["finish", "name", "percentComplete", "status"]);
  });

  it("on equal matches takes the higher row", () => {
    const rows: unknown[][] = [
      ["Project ID", "Project Name"],
      ["ID", "Name"],
    ];
    expect(findHeaderRow(rows, PROJECT_FIELDS).rowIndex).toBe(0);
  });

  it("reads a two-row header as one: group labels above, the lower cell wins where both are set", () => {
    const rows: unknown[][] = [
      ["Project ID", "Project Name", "Dates", "", "Cost", ""],
      ["", "", "Start", "Finish", "Budget", "Spent"],
      ["P-1", "Portal", 46000, 46300, 100, 40],
    ];
    const match = findHeaderRow(rows, PROJECT_FIELDS);
    expect(match.rowIndex).toBe(1);
    expect(match.missing).toEqual([]);
    expect(Object.fromEntries(match.columns)).toEqual({ id: 0, name: 1, start: 2, finish: 3, bac: 4, ac: 5 });
    expect(match.headers).toEqual(["Project ID", "Project Name", "Start", "Finish", "Budget", "Spent"]);
  });

  it("never joins a header with the data row under it", () => {
    // The data row holds a number, so it is not the second row of a two-row header, even though
    // "Complete" under the blank header cell would add a field.
    const rows: unknown[][] = [
      ["Project ID", "Project Name", ""],
      ["P-1", "Portal", "Complete", 3],
    ];
    const match = findHeaderRow(rows, PROJECT_FIELDS);
    expect(match.rowIndex).toBe(0);
    expect(match.columns.has("percentComplete")).toBe(false);
  });
});

describe("cell addresses", () => {
  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [53, "BA"],
    [702, "ZZ"],
    [703, "AAA"],
    [16384, "XFD"],
  ])("column %p is %p", (column, letters) => {
    expect(columnLetters(column)).toBe(letters);
  });

  it("writes A1 addresses", () => {
    expect(cellAddress(7, 12)).toBe("L7");
  });
});
