import { priorityFunction as PRIORITY, rollupFunction as ROLLUP, wsjfFunction as WSJF } from "../../src/functions/portfolio-functions";
import { cellError } from "../helpers/cell-results";

describe("PMO.PRIORITY (SPEC 3.5)", () => {
  it("weighs four criteria 3, 3, 2, 2 by default", () => {
    // (3x5 + 3x4 + 2x3 + 2x2) / (3 + 3 + 2 + 2) = 37 / 10
    expect(PRIORITY([[5, 4, 3, 2]])).toBeCloseTo(3.7, 12);
  });

  it("leaves out criteria without a score", () => {
    // (3x5 + 3x4 + 2x2) / (3 + 3 + 2) = 31 / 8
    expect(PRIORITY([[5, 4, "", 2]])).toBeCloseTo(3.875, 12);
  });

  it("takes weights and labels", () => {
    expect(PRIORITY([[2], [4]], [[1], [1]])).toBe(3);
    expect(PRIORITY([["High", "Low"]], [[3, 1]])).toBeCloseTo((3 * 4 + 1 * 2) / 4, 12);
    // Weights of any size: only their proportions count.
    expect(PRIORITY([[4]], [[1e308]])).toBe(4);
    expect(PRIORITY([[2, 4]], [[1e308, 1e308]])).toBe(3);
  });

  it("says what is wrong", () => {
    expect(cellError(() => PRIORITY([[5, 4]]))).toMatchObject({ error: "#VALUE!", message: "weights are needed when scores has 2 cells rather than 4" });
    expect(cellError(() => PRIORITY([["", ""]], [[1, 1]]))).toEqual({ error: "#N/A", message: "scores holds no score" });
    expect(cellError(() => PRIORITY([[3, 4]], [[0, 0]]))).toMatchObject({ error: "#DIV/0!" });
    expect(cellError(() => PRIORITY([[3, 4]], [[1, -1]]))).toEqual({ error: "#NUM!", message: "" });
    expect(cellError(() => PRIORITY([[3, 7]], [[1, 1]]))).toEqual({ error: "#NUM!", message: "" });
    expect(cellError(() => PRIORITY([[3, "Likely"]], [[1, 1]]))).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/^scores cell 2 "Likely"/) });
  });

  it.each([null, "", 0])("reads %p as no score, and ignores blank rows below the scores", (blank) => {
    // Four criteria with the default weights 3, 3, 2, 2; urgency unscored: (3x5 + 3x4 + 2x2) / 8.
    expect(PRIORITY([[5], [4], [blank], [2], [blank], [blank]])).toBeCloseTo(31 / 8, 12);
    expect(PRIORITY([[2], [4], [blank]], [[1], [1], [blank]])).toBe(3);
  });
});

describe("PMO.WSJF", () => {
  it("is (value + urgency + risk reduction) / effort", () => {
    expect(WSJF(5, 3, 1, 3)).toBe(3);
  });

  // SAFe scores WSJF on a modified Fibonacci scale: 1, 2, 3, 5, 8, 13, 20.
  it("takes SAFe's Fibonacci scores, not only 1-5", () => {
    expect(WSJF(8, 5, 3, 4)).toBe(4);
    expect(WSJF(20, 13, 8, 1)).toBe(41);
    expect(WSJF("13", 8, 1, 2)).toBe(11);
  });

  it("gives #DIV/0! for an effort of 0 or blank", () => {
    for (const blank of [null, "", 0]) expect(cellError(() => WSJF(8, 5, 3, blank))).toEqual({ error: "#DIV/0!", message: "" });
  });

  it("says what is wrong with a score", () => {
    for (const blank of [null, "", 0]) expect(cellError(() => WSJF(blank, 5, 3, 4))).toEqual({ error: "#N/A", message: "value is blank" });
    expect(cellError(() => WSJF(8, "soon", 3, 4))).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/^urgency "soon"/) });
    expect(cellError(() => WSJF(8, 5, -3, 4))).toEqual({ error: "#NUM!", message: "" });
  });
});

describe("PMO.ROLLUP", () => {
  it("spills a header and one row per group, sorted, blanks as (none)", () => {
    const groups = [["Beta"], ["alpha"], ["Beta"], [""], ["Alpha 2"]];
    const statuses = [["G"], ["Red"], ["Amber"], [""], ["Green"]];
    const budgets = [[100], [200], ["£50"], [10], [5]];
    expect(ROLLUP(groups, statuses, budgets)).toEqual([
      ["Group", "Projects", "Green", "Amber", "Red", "Grey", "Worst", "Total"],
      ["alpha", 1, 0, 0, 1, 0, "Red", 200],
      ["Alpha 2", 1, 1, 0, 0, 0, "Green", 5],
      ["Beta", 2, 1, 1, 0, 0, "Amber", 150],
      ["(none)", 1, 0, 0, 0, 1, "Grey", 10],
    ]);
  });

  it("skips empty rows and leaves Total blank without values", () => {
    expect(ROLLUP([["A"], [""]], [["Red"], [""]])).toEqual([
      ["Group", "Projects", "Green", "Amber", "Red", "Grey", "Worst", "Total"],
      ["A", 1, 0, 0, 1, 0, "Red", ""],
    ]);
  });

  it.each([null, "", 0])("ignores blank rows given as %p below the projects", (blank) => {
    expect(ROLLUP([["A"], ["A"], [blank], [blank]], [["Red"], ["G"], [blank], [blank]], [[5], [7], [blank], [blank]])).toEqual([
      ["Group", "Projects", "Green", "Amber", "Red", "Grey", "Worst", "Total"],
      ["A", 2, 1, 0, 1, 0, "Red", 12],
    ]);
  });

  it("names the cell with a bad status", () => {
    expect(cellError(() => ROLLUP([["A"], ["B"]], [["Red"], ["Blue"]]))).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/^statuses cell 2 "Blue"/) });
    expect(cellError(() => ROLLUP([["A"]], [["Red"], ["Green"]]))).toMatchObject({ error: "#VALUE!" });
    expect(cellError(() => ROLLUP([[""]], [[""]]))).toMatchObject({ error: "#N/A" });
  });
});

describe("PMO.ROLLUP group names", () => {
  it("puts one group together however it is capitalised or spaced, shown as first seen", () => {
    expect(ROLLUP([["DoH"], ["DOH"], ["doh "], ["Estates"]], [["G"], ["R"], ["A"], ["G"]])).toEqual([
      ["Group", "Projects", "Green", "Amber", "Red", "Grey", "Worst", "Total"],
      ["DoH", 3, 1, 1, 1, 0, "Red", ""],
      ["Estates", 1, 1, 0, 0, 0, "Green", ""],
    ]);
  });
});
