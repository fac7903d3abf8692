/**
 * The status a project reports (SPEC 2): its own RAG or DCA column, else the health words of its
 * Status column, which leave the project Active. Expectations written by hand.
 */
import { emptyMapping } from "../../../src/engine/config";
import { readPortfolio } from "../../../src/engine/read-portfolio";
import { dayFromParts } from "../../../src/engine/values";
import { parseFieldValue } from "../../../src/engine/schema/field-values";
import { PROJECT_FIELDS } from "../../../src/engine/schema/fields";
import { fieldOfHeader, synonymIndex } from "../../../src/engine/schema/header-match";

const projectField = (header: string) => fieldOfHeader(header, synonymIndex(PROJECT_FIELDS), new Map());
const read = (value: unknown) => {
  const parsed = parseFieldValue("reportedRag", value, 1900);
  return parsed.ok ? parsed.value : parsed.kind;
};
const projects = (rows: unknown[][]) => readPortfolio({ projects: { name: "Projects", rows, firstRow: 1, firstColumn: 1 } }, emptyMapping(), 1900, { asOf: dayFromParts(2026, 11, 30)! });

describe("the reportedRag column", () => {
  it.each(["RAG", "RAG Status", "Overall RAG", "DCA", "Delivery Confidence", "Delivery Confidence Assessment", "DCA Rating", "RAG Rating", "Project RAG", "Overall Status RAG", "Health", "Project Health", "Overall Health", "Reported RAG", "Status (RAG)", "RAG (reported)"])(
    "%p is the reported RAG",
    (header) => {
      expect(projectField(header)).toBe("reportedRag");
    },
  );

  it.each(["RAG Override", "Manual RAG", "PM RAG", "RAG (Manual)", "RAG (Override)", "Override RAG"])("%p stays the override", (header) => {
    expect(projectField(header)).toBe("ragOverride");
  });

  it.each(["Status", "Project Status", "Overall Status"])("%p stays the lifecycle status", (header) => {
    expect(projectField(header)).toBe("status");
  });
});

describe("reported words", () => {
  it.each([
    ["Green", "Green"],
    ["G", "Green"],
    ["On Track", "Green"],
    ["Amber/Green", "Amber/Green"],
    ["amber-green", "Amber/Green"],
    ["A/G", "Amber/Green"],
    ["Amber", "Amber"],
    ["A", "Amber"],
    ["At Risk", "Amber"],
    ["Amber/Red", "Amber/Red"],
    ["A/R", "Amber/Red"],
    ["Red", "Red"],
    ["R", "Red"],
    ["Off Track", "Red"],
    ["Delayed", "Red"],
    ["Grey", "Grey"],
  ])("%p is reported as %p, half levels kept", (word, reported) => {
    expect(read(word)).toBe(reported);
  });

  it("a blank is no report and a word that is no status is invalid", () => {
    expect(read(null)).toBe("blank");
    expect(read("Purple")).toBe("invalid");
    expect(read(2)).toBe("invalid");
  });
});

describe("a Status column of health words", () => {
  const rows = [
    ["Project ID", "Project Name", "Status"],
    ["H-1", "On track", "On Track"],
    ["H-2", "At risk", "At Risk"],
    ["H-3", "Off track", "Off Track"],
    ["H-4", "Delayed", "Delayed"],
    ["H-5", "DCA half", "Amber/Green"],
    ["H-6", "Letters", "A/R"],
    ["H-7", "Letter", "G"],
    ["H-8", "Running", "Active"],
    ["H-9", "Done", "Closed"],
    ["H-10", "Paused", "On Hold"],
    ["H-11", "Blank", null],
  ];

  it("is also the reported RAG when there is no RAG column, and leaves the project Active", () => {
    const { portfolio, findings } = projects(rows);
    expect(portfolio.projects.map((project) => [project.id, project.status, project.reportedRag])).toEqual([
      ["H-1", "Active", "Green"],
      ["H-2", "Active", "Amber"],
      ["H-3", "Active", "Red"],
      ["H-4", "Active", "Red"],
      ["H-5", "Active", "Amber/Green"],
      ["H-6", "Active", "Amber/Red"],
      ["H-7", "Active", "Green"],
      ["H-8", "Active", undefined],
      ["H-9", "Closed", undefined],
      ["H-10", "On Hold", undefined],
      ["H-11", "Active", undefined],
    ]);
    expect(findings.filter((item) => item.rule === "invalid-value")).toEqual([]);
  });

  it("gives way to a RAG column of its own", () => {
    const { portfolio } = projects([
      ["Project ID", "Project Name", "Status", "RAG Status"],
      ["H-1", "Both", "At Risk", "Green"],
      ["H-2", "Only status words", "Off Track", null],
    ]);
    expect(portfolio.projects.map((project) => [project.status, project.reportedRag])).toEqual([
      ["Active", "Green"],
      ["Active", undefined],
    ]);
  });

  it("is found under title rows and away from column A", () => {
    const { portfolio } = readPortfolio(
      { projects: { name: "Projects", rows: [["Register"], [], ["Project ID", "Project Name", "Status"], ["H-1", "Offset", "A/G"]], firstRow: 3, firstColumn: 2 } },
      emptyMapping(),
      1900,
      { asOf: dayFromParts(2026, 11, 30)! },
    );
    expect(portfolio.projects[0]).toMatchObject({ row: 6, status: "Active", reportedRag: "Amber/Green" });
  });

  it("a word that is no status in a RAG column is a finding at its cell", () => {
    const { portfolio, findings } = projects([
      ["Project ID", "Project Name", "DCA"],
      ["H-1", "Odd", "Purple"],
    ]);
    expect(portfolio.projects[0].reportedRag).toBeUndefined();
    expect(findings.filter((item) => item.sheet === "Projects")).toEqual([expect.objectContaining({ rule: "invalid-value", cell: "C2" })]);
  });
});
