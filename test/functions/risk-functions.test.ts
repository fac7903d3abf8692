import {
  contingencyFunction as CONTINGENCY,
  heatMapFunction as HEATMAP,
  riskExposureFunction as RISKEXPOSURE,
  riskRatingFunction as RISKRATING,
  riskScoreFunction as RISKSCORE,
} from "../../src/functions/risk-functions";
import { cellError } from "../helpers/cell-results";

describe("PMO.RISKSCORE", () => {
  it.each([
    [3, 4, 12],
    [1, 1, 1],
    [5, 5, 25],
    ["H", "VH", 20],
    ["Very Low", "Medium", 3],
    [0.45, 4, 12], // 0.45 is band 3
    ["45%", 2, 6],
    [0.05, 5, 5], // band 1
    [0.71, 1, 5], // band 5
  ])("(%p, %p) = %p", (probability, impact, score) => {
    expect(RISKSCORE(probability, impact)).toBe(score);
  });

  it("names the bad argument", () => {
    expect(cellError(() => RISKSCORE("Likely", 3))).toEqual({ error: "#VALUE!", message: expect.stringMatching(/^probability "Likely" is not 1-5/) });
    expect(cellError(() => RISKSCORE(3, 2.5))).toEqual({ error: "#VALUE!", message: expect.stringMatching(/^impact 2.5 is not 1-5/) });
    expect(cellError(() => RISKSCORE(null, 3))).toEqual({ error: "#N/A", message: "probability is blank" });
    expect(cellError(() => RISKSCORE("#REF!", 3))).toEqual({ error: "#VALUE!", message: "probability holds the Excel error #REF!" });
  });

  it("gives #NUM!, which Excel shows without a message, for a number outside 1-5", () => {
    expect(cellError(() => RISKSCORE(6, 2))).toEqual({ error: "#NUM!", message: "" });
    expect(cellError(() => RISKSCORE(3, 6))).toEqual({ error: "#NUM!", message: "" });
    expect(cellError(() => RISKSCORE(-1, 2))).toEqual({ error: "#NUM!", message: "" });
    expect(cellError(() => RISKSCORE(3, 0.5))).toEqual({ error: "#NUM!", message: "" });
    expect(cellError(() => RISKSCORE("7", 2))).toEqual({ error: "#NUM!", message: "" });
  });

  // Excel desktop passes an empty cell as 0, Excel on the web as null (office-js issue 4702), and a
  // range's empty cells as "" or 0: a 1-5 scale has no 0, so all three are the same blank.
  it.each([null, "", 0])("reads %p as a blank probability or impact", (blank) => {
    expect(cellError(() => RISKSCORE(blank, 2))).toEqual({ error: "#N/A", message: "probability is blank" });
    expect(cellError(() => RISKSCORE(2, blank))).toEqual({ error: "#N/A", message: "impact is blank" });
  });
});

describe("PMO.RISKRATING", () => {
  it.each([
    [1, "Low"],
    [4, "Low"],
    [5, "Medium"],
    [9, "Medium"],
    [10, "High"],
    [16, "High"],
    [17, "Critical"],
    [25, "Critical"],
    ["12", "High"],
  ])("%p is %p", (score, rating) => {
    expect(RISKRATING(score)).toBe(rating);
  });

  it("refuses scores outside 1-25 and text", () => {
    expect(cellError(() => RISKRATING(26))).toEqual({ error: "#NUM!", message: "" });
    expect(cellError(() => RISKRATING(-3))).toEqual({ error: "#NUM!", message: "" });
    expect(cellError(() => RISKRATING("high"))).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/^score/) });
    for (const blank of [null, "", 0]) expect(cellError(() => RISKRATING(blank))).toEqual({ error: "#N/A", message: "score is blank" });
  });
});

describe("PMO.RISKEXPOSURE", () => {
  it.each([
    [3, 10000, undefined, 5000], // band 3 stands for 50 %
    ["45%", 10000, undefined, 4500], // a fraction is used as it is
    [1, "£2,000", null, 200],
    ["VH", 1000, "Opportunity", -900],
    [5, 1000, "threat", 900],
  ])("(%p, %p, %p) = %p", (probability, cost, type, exposure) => {
    expect(RISKEXPOSURE(probability, cost, type)).toBeCloseTo(exposure, 9);
  });

  it("names a bad cost and a bad type", () => {
    expect(cellError(() => RISKEXPOSURE(3, "lots"))).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/^costImpact/) });
    expect(cellError(() => RISKEXPOSURE(3, 100, "Issue"))).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/^type "Issue" is not one of Threat, Opportunity/) });
  });
});

describe("PMO.HEATMAP", () => {
  it("counts open risks, impact 5 at the top, probability 1 at the left", () => {
    const probabilities = [[1], [5], [3], [3], [""]];
    const impacts = [[5], [1], [3], [3], [""]];
    const statuses = [["Open"], ["Mitigating"], ["Closed"], [""], [""]];
    expect(HEATMAP(probabilities, impacts, statuses)).toEqual([
      [1, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 1, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 1],
    ]);
  });

  it("counts every risk when no statuses are given", () => {
    const map = HEATMAP([["H"], ["H"]], [["L"], ["L"]]);
    expect(map[3][3]).toBe(2); // impact 2 is the fourth row from the top; probability 4 the fourth column
    expect(map.flat().reduce((a, b) => a + b, 0)).toBe(2);
  });

  it("needs ranges of one size and valid values", () => {
    expect(cellError(() => HEATMAP([[1], [2]], [[1]]))).toMatchObject({ error: "#VALUE!", message: "impacts has 1 cells but probabilities has 2; they must be the same size" });
    expect(cellError(() => HEATMAP([[1], ["Likely"]], [[1], [1]]))).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/^probabilities cell 2 "Likely"/) });
    expect(cellError(() => HEATMAP([[1], [9]], [[1], [1]]))).toEqual({ error: "#NUM!", message: "" });
  });

  it.each([null, "", 0])("ignores blank rows given as %p, inside and below the risks", (blank) => {
    const map = HEATMAP([[3], [blank], [4], [blank], [blank]], [[2], [blank], [2], [blank], [blank]], [["Open"], [blank], [blank], [blank], [blank]]);
    expect(map[3][2]).toBe(1); // impact 2 is the fourth row; probability 3 the third column
    expect(map[3][3]).toBe(1); // a blank status is Open
    expect(map.flat().reduce((a, b) => a + b, 0)).toBe(2);
  });
});

describe("PMO.CONTINGENCY", () => {
  // One risk of 50 % costing 100: about half the trials cost 0, half 100. So the reserve at 80 %
  // confidence is 100 and at 40 % is 0; with 10,000 trials the share of zeros is 0.5 +- 0.02.
  it("is the cost not exceeded at the confidence", () => {
    expect(CONTINGENCY([[0.5]], [[100]], 0.8)).toBe(100);
    expect(CONTINGENCY([[0.5]], [[100]], 0.4)).toBe(0);
    expect(CONTINGENCY([[0.5]], [[100]], "40%")).toBe(0);
  });

  it("adds independent risks: two certain-ish risks at 99 % confidence cost both", () => {
    expect(CONTINGENCY([[0.99], [0.99]], [[100], [250]], 0.5)).toBe(350);
  });

  it("gives the same answer for the same inputs", () => {
    const probabilities = [[0.2], [0.5], ["H"], [2]];
    const costs = [[1000], [2500], [400], [12000]];
    expect(CONTINGENCY(probabilities, costs)).toBe(CONTINGENCY(probabilities, costs));
  });

  it("uses 80 % and 10,000 trials by default", () => {
    const probabilities = [[0.3], [0.6]];
    const costs = [[1000], [500]];
    expect(CONTINGENCY(probabilities, costs)).toBe(CONTINGENCY(probabilities, costs, 0.8, 10000));
  });

  it("checks confidence and trials", () => {
    expect(cellError(() => CONTINGENCY([[0.5]], [[100]], 1.5))).toEqual({ error: "#NUM!", message: "" });
    expect(cellError(() => CONTINGENCY([[0.5]], [[100]], 0.8, 2.5))).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/^trials/) });
    expect(cellError(() => CONTINGENCY([[0.5]], [[100]], 0.8, -5))).toEqual({ error: "#NUM!", message: "" });
    expect(cellError(() => CONTINGENCY([[0.5]], [[100]], 0.8, 2_000_000))).toEqual({ error: "#NUM!", message: "" });
  });

  it.each([null, "", 0])("takes %p as blank: default confidence and trials, blank rows ignored", (blank) => {
    const withDefaults = CONTINGENCY([[0.3], [0.6]], [[1000], [500]]);
    expect(CONTINGENCY([[0.3], [0.6]], [[1000], [500]], blank, blank)).toBe(withDefaults);
    expect(CONTINGENCY([[0.3], [0.6], [blank], [blank]], [[1000], [500], [blank], [blank]])).toBe(withDefaults);
  });
});
