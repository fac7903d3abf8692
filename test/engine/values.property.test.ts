import fc from "fast-check";
import {
  bandOfFraction,
  dayFromParts,
  dayFromSerial,
  isoFromDay,
  parseChoice,
  parseDate,
  parseNumber,
  parsePercent,
  parseProbability,
  parseRag,
  parseScale,
  parseText,
  parseYesNo,
  serialFromDay,
} from "../../src/engine/values";
import { excelScalar } from "../helpers/excel-arbitraries";

const parsers: [string, (value: unknown) => { ok: boolean; value?: unknown; kind?: string; message?: string }][] = [
  ["parseNumber", parseNumber],
  ["parsePercent", parsePercent],
  ["parseDate 1900", (value) => parseDate(value, 1900)],
  ["parseDate 1904", (value) => parseDate(value, 1904)],
  ["parseScale", parseScale],
  ["parseProbability", parseProbability],
  ["parseRag", parseRag],
  ["parseYesNo", parseYesNo],
  ["parseText", parseText],
  ["parseChoice", (value) => parseChoice(value, ["Open", "On Hold"])],
];

describe.each(parsers)("%s with any cell value", (_name, parse) => {
  it("returns a value or says why not, and never throws", () => {
    fc.assert(
      fc.property(excelScalar, (value) => {
        const parsed = parse(value);
        if (parsed.ok) {
          if (typeof parsed.value === "number") expect(Number.isFinite(parsed.value)).toBe(true);
          expect(parsed.value).not.toBeUndefined();
        } else {
          expect(["blank", "error", "invalid"]).toContain(parsed.kind);
          expect(parsed.message).toMatch(/\S/);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("value readers agree with how the values were written", () => {
  it("reads money written with separators, currency and brackets", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom("£", "$", "€", ""), (pence, symbol) => {
        const amount = Math.abs(pence) / 100;
        const written = `${symbol}${amount.toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
        const text = pence < 0 ? `(${written})` : written;
        const parsed = parseNumber(text);
        expect(parsed.ok && parsed.value).toBeCloseTo(pence / 100, 6);
      }),
    );
  });

  it("reads 45, 45% and 0.45 alike", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 100 }), (percent) => {
        const fraction = percent / 100;
        for (const written of [percent, `${percent}%`, fraction]) {
          const parsed = parsePercent(written);
          expect(parsed.ok && parsed.value).toBeCloseTo(fraction, 12);
        }
      }),
    );
  });

  it("round-trips every date Excel can show through serials and ISO text", () => {
    const first = dayFromParts(1900, 3, 1)!;
    const last = dayFromParts(9999, 12, 31)!;
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (day) => {
        expect(dayFromSerial(serialFromDay(day))).toEqual({ ok: true, value: day });
        expect(parseDate(isoFromDay(day))).toEqual({ ok: true, value: day });
        if (day >= dayFromParts(1904, 1, 1)!) {
          expect(serialFromDay(day) - serialFromDay(day, 1904)).toBe(1462);
          expect(dayFromSerial(serialFromDay(day, 1904), 1904)).toEqual({ ok: true, value: day });
        }
      }),
    );
  });

  it("puts higher probabilities in the same or a higher band", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.0001, max: 0.9999, noNaN: true }), fc.double({ min: 0.0001, max: 0.9999, noNaN: true }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(bandOfFraction(low)).toBeLessThanOrEqual(bandOfFraction(high));
        const parsed = parseProbability(a);
        expect(parsed.ok && parsed.value.fraction).toBe(a);
      }),
    );
  });

  it("accepts exactly the whole numbers 1-5 as a scale", () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), (value) => {
        expect(parseScale(value).ok).toBe(Number.isInteger(value) && value >= 1 && value <= 5);
      }),
    );
  });
});
