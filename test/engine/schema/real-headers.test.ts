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
