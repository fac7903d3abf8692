/**
 * Value words of real registers (issue 10, class 5), each read as SPEC 2 means it. Expectations
 * are written by hand.
 */
import { parseFieldValue } from "../../../src/engine/schema/field-values";
import { FieldType } from "../../../src/engine/schema/fields";
import { parseProbability, parseRag, parseReportedRag } from "../../../src/engine/values";

const read = (type: FieldType, value: unknown) => {
  const parsed = parseFieldValue(type, value, 1900);
  return parsed.ok ? parsed.value : undefined;
};

describe("project statuses", () => {
  it.each(["On Track", "At Risk", "Delayed", "Off Track", "Amber/Green", "G", "Planning", "Not Started", "Proposed", "Pipeline"])("%p leaves the project Active", (word) => {
    expect(read("projectStatus", word)).toBe("Active");
  });
});

describe("risk statuses", () => {
  it.each([
    ["Mitigated", "Closed"],
    ["Potential", "Open"],
    ["Monitoring", "Open"],
    ["Escalated", "Open"],
    ["Accepted", "Open"],
    ["Active", "Open"],
    ["Retired", "Closed"],
    ["Resolved", "Closed"],
    ["Realised", "Occurred"],
    ["Materialised", "Occurred"],
    ["Materialized", "Occurred"],
    ["Issue", "Occurred"],
  ])("%p is %p", (word, status) => {
    expect(read("riskStatus", word)).toBe(status);
  });
});

describe("stages", () => {
  it.each([
    ["Construction", "Execution"],
    ["Build", "Execution"],
    ["Implementation", "Execution"],
    ["Delivery", "Execution"],
    ["Scope", "Initiation"],
    ["Scoping", "Initiation"],
    ["Feasibility", "Initiation"],
    ["Discovery", "Initiation"],
    ["Design", "Planning"],
    ["Handover", "Closing"],
    ["Close", "Closing"],
    ["Closure", "Closing"],
  ])("%p is %p", (word, stage) => {
    expect(read("stage", word)).toBe(stage);
  });
});

describe("probability bands written as ranges (SPEC 3.2 bands of the midpoint)", () => {
  it.each([
    ["75% to 100%", 5, 0.875],
    ["50-75%", 4, 0.625],
    ["0-10%", 1, 0.05],
    ["10% - 30%", 2, 0.2],
    ["<10%", 1, 0.05],
    [">90%", 5, 0.95],
  ])("%p is band %p at %p", (text, band, fraction) => {
    const parsed = parseProbability(text);
    expect(parsed.ok && parsed.value.band).toBe(band);
    expect(parsed.ok && parsed.value.fraction).toBeCloseTo(fraction, 10);
  });

  it.each(["75-50%", "0-120%", "<0%", ">100%", "10-%"])("%p is no probability", (text) => {
    expect(parseProbability(text).ok).toBe(false);
  });
});

describe("the 5-point Delivery Confidence Assessment and health words in RAG fields", () => {
  it.each([
    ["Amber/Green", "Amber/Green"],
    ["Amber-Green", "Amber/Green"],
    ["A/G", "Amber/Green"],
    ["Amber/Red", "Amber/Red"],
    ["A/R", "Amber/Red"],
    ["On Track", "Green"],
    ["At Risk", "Amber"],
    ["Off Track", "Red"],
  ])("%p is reported as %p", (word, reported) => {
    expect(parseReportedRag(word)).toEqual({ ok: true, value: reported });
  });

  it.each([
    ["Amber/Green", "Amber"],
    ["A/G", "Amber"],
    ["Amber/Red", "Red"],
    ["A-R", "Red"],
    ["On Track", "Green"],
    ["At Risk", "Amber"],
    ["Off Track", "Red"],
  ])("an override of %p counts as %p", (word, rag) => {
    expect(parseRag(word)).toEqual({ ok: true, value: rag });
    expect(read("rag", word)).toBe(rag);
  });
});
