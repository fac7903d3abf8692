import { ragCountFunction as RAGCOUNT, ragFunction as RAG, ragReasonFunction as RAGREASON, ragWorstFunction as RAGWORST } from "../../src/functions/rag-functions";
import { cellError } from "../helpers/cell-results";

describe("PMO.RAG thresholds at their boundaries (SPEC 3.4 defaults)", () => {
  it.each([
    // SPI: < 0.95 Amber, < 0.90 Red
    [0.95, 1, undefined, undefined, "Green"],
    [0.9499, 1, undefined, undefined, "Amber"],
    [0.9, 1, undefined, undefined, "Amber"],
    [0.8999, 1, undefined, undefined, "Red"],
    // CPI, the same bands
    [1, 0.95, undefined, undefined, "Green"],
    [1, 0.94, undefined, undefined, "Amber"],
    [1, 0.9, undefined, undefined, "Amber"],
    [1, 0.89, undefined, undefined, "Red"],
    // slippage: >= 15 Amber, >= 30 Red
    [null, null, undefined, 14, "Green"],
    [null, null, undefined, 15, "Amber"],
    [null, null, undefined, 29, "Amber"],
    [null, null, undefined, 30, "Red"],
    [null, null, undefined, -20, "Green"],
    // risk score: High (10-16) Amber, Critical (17-25) Red
    [null, null, 9, undefined, "Green"],
    [null, null, 10, undefined, "Amber"],
    [null, null, 16, undefined, "Amber"],
    [null, null, 17, undefined, "Red"],
    // worst dimension wins; nothing assessed is Grey
    [0.97, 0.85, 12, 3, "Red"],
    [null, null, undefined, undefined, "Grey"],
    ["", "", "", "", "Grey"],
  ])("SPI %p, CPI %p, score %p, slip %p is %p", (spi, cpi, score, slip, status) => {
    expect(RAG(spi, cpi, score, slip)).toBe(status);
  });

  it("takes thresholds from a key/value range, keys in any case, other rows ignored", () => {
    const thresholds = [
      ["Key", "Value"],
      ["SPI.Amber", 0.97],
      ["column.id", "Project ID"],
    ];
    expect(RAG(0.96, 1, null, null, thresholds)).toBe("Amber");
    expect(RAG(0.96, 1)).toBe("Green");
  });

  it("names bad arguments", () => {
    expect(cellError(() => RAG("fast", 1))).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/^spi/) });
    expect(cellError(() => RAG(1, 1, 30))).toEqual({ error: "#NUM!", message: "" });
    expect(cellError(() => RAG(1, 1, null, null, [["spi.amber", "high"]]))).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/^thresholds row 1: Rule spi.amber/) });
    expect(cellError(() => RAG(1, 1, null, null, [["spi.amber"]]))).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/2-column/) });
  });
});

describe("PMO.RAG with blanks", () => {
  it.each([null, "", 0])("reads a riskScore of %p as not given", (blank) => {
    expect(RAG(1, 1, blank)).toBe("Green");
    expect(RAGREASON(0.93, 1, blank, null)).toBe("Schedule Amber: SPI 0.93 < 0.95");
  });

  it("counts an SPI or CPI of 0 as 0, which is how Excel desktop passes an empty cell", () => {
    expect(RAG(0, 1)).toBe("Red");
    expect(RAG(null, 1)).toBe("Green");
  });

  it("ignores blank rows below the thresholds", () => {
    expect(RAG(0.96, 1, null, null, [["spi.amber", 0.97], [0, 0], ["", ""]])).toBe("Amber");
  });
});

describe("PMO.RAGREASON", () => {
  it("gives every non-Green reason in words", () => {
    expect(RAGREASON(0.93, 0.86)).toBe("Schedule Amber: SPI 0.93 < 0.95; Cost Red: CPI 0.86 < 0.90");
    expect(RAGREASON(1, 1, 20, 31)).toBe("Schedule Red: finish slipped 31 days (>= 30); Risk Red: risk score 20 (Critical, >= 17)");
    expect(RAGREASON(1, 1, 12)).toBe("Risk Amber: risk score 12 (High, >= 10)");
  });

  it("shows enough digits to tell an index from its threshold", () => {
    expect(RAGREASON(0.8999, null)).toBe("Schedule Red: SPI 0.8999 < 0.90");
    expect(RAGREASON(0.8949, null)).toBe("Schedule Red: SPI 0.89 < 0.90");
  });

  it("says On track when Green and Not assessed when Grey", () => {
    expect(RAGREASON(1.02, 0.99, 4, 0)).toBe("On track");
    expect(RAGREASON(null, null)).toBe("Not assessed: no schedule, cost or risk data");
  });
});

describe("PMO.RAGWORST and PMO.RAGCOUNT", () => {
  const statuses = [["G"], [""], ["Amber"], ["Grey"], ["green"], [null]];

  it("finds the worst, ignoring blanks", () => {
    expect(RAGWORST(statuses)).toBe("Amber");
    expect(RAGWORST([["Grey"], ["Green"]])).toBe("Green");
    expect(RAGWORST([["Grey"]])).toBe("Grey");
    expect(RAGWORST([["r", "A", "g"]])).toBe("Red");
    expect(cellError(() => RAGWORST([[""], [null]]))).toEqual({ error: "#N/A", message: "statuses holds no status" });
    expect(cellError(() => RAGWORST([["Green"], ["Purple"]]))).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/^statuses cell 2 "Purple"/) });
  });

  it.each([null, "", 0])("ignores blanks given as %p, also in rows below the statuses", (blank) => {
    expect(RAGWORST([["G"], [blank], ["A"], [blank], [blank]])).toBe("Amber");
    expect(RAGCOUNT([["G"], [blank], ["g"], [blank]], "Green")).toBe(2);
    expect(cellError(() => RAGCOUNT([["G"]], blank))).toEqual({ error: "#N/A", message: "status is blank" });
  });

  it("counts a status written either way", () => {
    expect(RAGCOUNT(statuses, "Green")).toBe(2);
    expect(RAGCOUNT(statuses, "a")).toBe(1);
    expect(RAGCOUNT(statuses, "Red")).toBe(0);
    expect(cellError(() => RAGCOUNT(statuses, "Blue"))).toMatchObject({ error: "#VALUE!", message: expect.stringMatching(/^status/) });
  });
});
