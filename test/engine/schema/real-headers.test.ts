/**
 * Headers of real registers that nobody on the team wrote (issue 10, class 4): each must read as
 * the field a PMO means by it. Expectations are written by hand from what the header says.
 */
import { MILESTONE_FIELDS, PROJECT_FIELDS, RISK_FIELDS, SERIAL_NUMBER_HEADERS, SHEET_FIELDS, SHEET_KINDS } from "../../../src/engine/schema/fields";
import { fieldOfHeader, findHeaderRow, normaliseHeader, synonymIndex } from "../../../src/engine/schema/header-match";

const noMapping = new Map<string, string>();
const projectField = (header: string) => fieldOfHeader(header, synonymIndex(PROJECT_FIELDS), noMapping);
const riskField = (header: string) => fieldOfHeader(header, synonymIndex(RISK_FIELDS), noMapping);
const milestoneField = (header: string) => fieldOfHeader(header, synonymIndex(MILESTONE_FIELDS), noMapping);

describe("project register headers", () => {
  it.each([
    ["Spent", "ac"],
    ["Actual Spending", "ac"],
    ["Owner", "manager"],
    ["Project Start Date", "start"],
    ["ProjectStartDate", "start"],
    ["Current Status", "status"],
    ["Planned End", "finish"],
    ["Actual Finish", "forecastFinish"],
    ["Actual / Forecast Finish", "forecastFinish"],
    ["Project / Program", "program"],
    ["Workstream", "program"],
    ["budget_total", "bac"],
  ])("%p is %p", (header, field) => {
    expect(projectField(header)).toBe(field);
  });

  it.each(["S.No", "No.", "S. No.", "Sr. No", "Serial No", "#"])("a serial-number column %p is no field at all", (header) => {
    expect(projectField(header)).toBeUndefined();
  });

  it("has no synonym of any field that is a serial-number header", () => {
    const serial = new Set(SERIAL_NUMBER_HEADERS.map(normaliseHeader));
    const names = SHEET_KINDS.flatMap((kind) => SHEET_FIELDS[kind].flatMap((spec) => [spec.field, spec.header, ...spec.synonyms]));
    expect(names.filter((name) => serial.has(normaliseHeader(name)))).toEqual([]);
  });

  it("finds no id column in a register whose only numbered column is S.No", () => {
    const match = findHeaderRow([["S.No", "Project Name", "Owner", "Budget"]], PROJECT_FIELDS);
    expect(match.missing.map((spec) => spec.field)).toEqual(["id"]);
    expect(match.columns.get("name")).toBe(1);
    expect(match.columns.get("manager")).toBe(2);
  });
});

describe("risk register headers", () => {
  it.each([
    ["Owner", "owner"],
    ["Mitigation Action", "response"],
    ["Mitigation Strategy", "response"],
    ["Potential Responses", "response"],
    ["Current Status", "status"],
    ["Target Resolution", "responseDue"],
    ["Likelihood_1_5", "probability"],
    ["Impact (monetary)", "costImpact"],
    ["Cost Impact", "costImpact"],
  ])("%p is %p", (header, field) => {
    expect(riskField(header)).toBe(field);
  });
});

describe("milestone tracker headers", () => {
  it("reads Actual Finish as the date the milestone was achieved", () => {
    expect(milestoneField("Actual Finish")).toBe("actualDate");
  });
});

describe("headers as people write them", () => {
  it.each([
    ["Budget_kEUR", "bac"],
    ["Budget (£m)", "bac"],
    ["Budget in £000s", "bac"],
    ["Budget\n(approved, £)", "bac"],
    ["Project - End Date\n(Latest approved end date)", "finish"],
    ["PercentComplete", "percentComplete"],
    ["ProjectNumber", "id"],
    ["Value (£)", undefined],
  ])("Projects: %p is %p", (header, field) => {
    expect(projectField(header)).toBe(field);
  });

  it.each([
    ["Impact (£)", "costImpact"],
    ["Impact (£k)", "costImpact"],
    ["Impact_kEUR", "costImpact"],
    ["Severity (1-5)", "impact"],
    ["Impact\n(1 = minor, 5 = severe)", "impact"],
  ])("Risks: %p is %p", (header, field) => {
    expect(riskField(header)).toBe(field);
  });
});

describe("an exact header wins over a weaker match elsewhere in the row", () => {
  const risks = (row: string[], mapping = noMapping) => findHeaderRow([row], RISK_FIELDS, mapping).columns;

  it("takes Impact over Severity to its left, and leaves Severity unmapped", () => {
    const columns = risks(["Risk ID", "Project", "Severity", "Impact", "Likelihood"]);
    expect(columns.get("impact")).toBe(3);
    expect([...columns.values()]).not.toContain(2);
  });

  it("keeps the monetary impact apart from the 1-5 impact", () => {
    const columns = risks(["Risk ID", "Project", "Impact (£k)", "Impact", "Cost Impact"]);
    expect(columns.get("impact")).toBe(3);
    expect(columns.get("costImpact")).toBe(4);
  });

  it("takes an exact synonym over a header shortened to match", () => {
    const columns = risks(["Risk ID", "Project", "Severity (1-5)", "Consequence"]);
    expect(columns.get("impact")).toBe(3);
  });

  it("takes the field's own header over a synonym to its left", () => {
    const columns = findHeaderRow([["Project ID", "Project Name", "Budget", "BAC"]], PROJECT_FIELDS).columns;
    expect(columns.get("bac")).toBe(3);
  });

  it("still lets the user's mapping beat every header", () => {
    const columns = risks(["Risk ID", "Project", "Severity", "Impact"], new Map([[normaliseHeader("Severity"), "impact"]]));
    expect(columns.get("impact")).toBe(2);
  });
});
