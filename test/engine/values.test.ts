import {
  dayFromParts,
  dayFromSerial,
  excelErrorOf,
  isoFromDay,
  localDay,
  parseDate,
  parseMonth,
  parseNumber,
  parsePercent,
  parseProbability,
  parseRag,
  parseScale,
  parseYesNo,
  serialFromDay,
} from "../../src/engine/values";

const valueOf = <T>(parsed: { ok: boolean; value?: T }): T | undefined => (parsed.ok ? parsed.value : undefined);
const dateText = (value: unknown, system: 1900 | 1904 = 1900): string | undefined => {
  const parsed = parseDate(value, system);
  return parsed.ok ? isoFromDay(parsed.value) : undefined;
};

describe("numbers as registers hold them", () => {
  it.each([
    [1200, 1200],
    ["1200", 1200],
    ["1,200", 1200],
    ["£1,200.50", 1200.5],
    ["$ 3,400", 3400],
    ["€99", 99],
    ["1 200", undefined],
    ["(300)", -300],
    ["-£300", -300],
    ["£-300", -300],
    ["GBP 2,500", 2500],
    ["2,500 EUR", 2500],
    ["250k", 250000],
    ["£1.2m", 1200000],
    ["3bn", 3e9],
    ["1e3", 1000],
    ["  42  ", 42],
    ["12,34", undefined],
    ["1,2345", undefined],
    ["45%", undefined],
    ["abc", undefined],
    ["£", undefined],
    [true, undefined],
    [Number.NaN, undefined],
    [Number.POSITIVE_INFINITY, undefined],
  ])("%p reads as %p", (input, expected) => {
    expect(valueOf(parseNumber(input))).toBe(expected);
  });

  it("calls blanks blank and Excel errors errors", () => {
    expect(parseNumber(null)).toMatchObject({ ok: false, kind: "blank" });
    expect(parseNumber("   ")).toMatchObject({ ok: false, kind: "blank" });
    expect(parseNumber("#REF!")).toMatchObject({ ok: false, kind: "error", message: "holds the Excel error #REF!" });
    expect(parseNumber({ error: "#DIV/0!" })).toMatchObject({ ok: false, kind: "error" });
    expect(parseNumber("abc")).toMatchObject({ ok: false, kind: "invalid", message: '"abc" is not a number' });
  });

  it("recognises every Excel error spelling, from text and from ExcelJS objects", () => {
    expect(excelErrorOf("#N/A")).toBe("#N/A");
    expect(excelErrorOf("#name?")).toBe("#NAME?");
    expect(excelErrorOf({ error: "#NUM!" })).toBe("#NUM!");
    expect(excelErrorOf("#HASHTAG")).toBeUndefined();
    expect(excelErrorOf(7)).toBeUndefined();
  });
});

describe("percentages three ways", () => {
  it.each([
    [45, 0.45],
    ["45%", 0.45],
    [0.45, 0.45],
    ["45", 0.45],
    [1, 1],
    [100, 1],
    [0, 0],
    ["0.5%", 0.005],
    [101, undefined],
    [-5, undefined],
    ["lots", undefined],
  ])("%p is %p", (input, expected) => {
    expect(valueOf(parsePercent(input))).toBe(expected);
  });
});

describe("the 1-5 scale and its labels (SPEC 3.2)", () => {
  it.each([
    [1, 1],
    [5, 5],
    ["3", 3],
    ["Very Low", 1],
    ["VL", 1],
    ["low", 2],
    ["L", 2],
    ["Medium", 3],
    ["m", 3],
    ["HIGH", 4],
    ["H", 4],
    ["very high", 5],
    ["Very-High", 5],
    ["VH", 5],
    [0, undefined],
    [6, undefined],
    [2.5, undefined],
    ["Likely", undefined],
    [0.45, undefined],
  ])("impact %p is %p", (input, expected) => {
    expect(valueOf(parseScale(input))).toBe(expected);
  });

  it.each([
    // fraction -> band: p <= 0.1 -> 1, <= 0.3 -> 2, <= 0.5 -> 3, <= 0.7 -> 4, else 5
    [0.05, 1, 0.05],
    [0.1, 1, 0.1],
    [0.11, 2, 0.11],
    [0.3, 2, 0.3],
    [0.5, 3, 0.5],
    ["45%", 3, 0.45],
    [0.7, 4, 0.7],
    [0.71, 5, 0.71],
    [0.99, 5, 0.99],
    // a 1-5 band stands for 0.1, 0.3, 0.5, 0.7, 0.9
    [1, 1, 0.1],
    [3, 3, 0.5],
    ["VH", 5, 0.9],
    ["High", 4, 0.7],
  ])("probability %p is band %p standing for %p", (input, band, fraction) => {
    expect(valueOf(parseProbability(input))).toEqual({ band, fraction });
  });

  it.each([0, 6, 2.5, "text", "100%", "0%", 1.5, -0.2])("probability %p is invalid", (input) => {
    expect(parseProbability(input)).toMatchObject({ ok: false, kind: "invalid" });
  });
});

describe("dates", () => {
  // Serial numbers checked against Excel (1900 system): 1 = 1900-01-01, 59 = 1900-02-28,
  // 61 = 1900-03-01, 25569 = 1970-01-01, 45658 = 2025-01-01, 46112 = 2026-03-31, 2958465 = 9999-12-31.
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [25569, "1970-01-01"],
    [45658, "2025-01-01"],
    [46112, "2026-03-31"],
    [46112.75, "2026-03-31"],
    [2958465, "9999-12-31"],
  ])("1900 serial %p is %p", (serial, iso) => {
    expect(dateText(serial)).toBe(iso);
  });

  it("refuses the phantom 1900-02-29 and serials Excel cannot show", () => {
    expect(parseDate(60)).toMatchObject({ ok: false, message: expect.stringContaining("1900-02-29") });
    expect(parseDate(0)).toMatchObject({ ok: false, kind: "invalid" });
    expect(parseDate(-3)).toMatchObject({ ok: false, kind: "invalid" });
    expect(parseDate(2958466)).toMatchObject({ ok: false, kind: "invalid" });
  });

  // 1904 system: serial 0 = 1904-01-01; the same day is 1462 more in the 1900 system.
  it.each([
    [0, "1904-01-01"],
    [44196, "2025-01-01"],
    [46112 - 1462, "2026-03-31"],
  ])("1904 serial %p is %p", (serial, iso) => {
    expect(dateText(serial, 1904)).toBe(iso);
  });

  it("turns day numbers back into serials in both systems", () => {
    const day = dayFromParts(2026, 3, 31)!;
    expect(serialFromDay(day)).toBe(46112);
    expect(serialFromDay(day, 1904)).toBe(46112 - 1462);
    expect(serialFromDay(dayFromParts(1900, 2, 28)!)).toBe(59);
    expect(serialFromDay(dayFromParts(1900, 3, 1)!)).toBe(61);
    expect(valueOf(dayFromSerial(serialFromDay(day)))).toBe(day);
  });

  it.each([
    ["2026-03-31", "2026-03-31"],
    ["2026-3-5", "2026-03-05"],
    ["2026-03-31T14:00:00Z", "2026-03-31"],
    ["2026-03-31 09:30", "2026-03-31"],
    ["31 Mar 2026", "2026-03-31"],
    ["31-March-2026", "2026-03-31"],
    ["1 Sept 2026", "2026-09-01"],
    [new Date(Date.UTC(2026, 2, 31)), "2026-03-31"],
    ["2026-02-30", undefined],
    ["31/03/2026", undefined],
    ["46112", undefined],
    ["soon", undefined],
    [true, undefined],
  ])("%p is %p", (input, iso) => {
    expect(dateText(input)).toBe(iso);
  });

  it("knows each month's last day, leap years included", () => {
    expect(isoFromDay(parseMonth("2026-02")!.last)).toBe("2026-02-28");
    expect(isoFromDay(parseMonth("2028-02")!.last)).toBe("2028-02-29");
    expect(isoFromDay(parseMonth("2026-12")!.first)).toBe("2026-12-01");
    expect(parseMonth("2026-13")).toBeUndefined();
    expect(parseMonth("March")).toBeUndefined();
  });
});

describe("words", () => {
  it.each([
    ["Green", "Green"],
    ["g", "Green"],
    ["AMBER", "Amber"],
    ["A", "Amber"],
    ["r", "Red"],
    ["Grey", "Grey"],
    ["gray", "Grey"],
    ["Purple", undefined],
    [3, undefined],
  ])("RAG %p is %p", (input, expected) => {
    expect(valueOf(parseRag(input))).toBe(expected);
  });

  it.each([
    [true, true],
    ["Yes", true],
    ["y", true],
    ["x", true],
    [1, true],
    ["No", false],
    [false, false],
    [0, false],
    ["maybe", undefined],
  ])("yes/no %p is %p", (input, expected) => {
    expect(valueOf(parseYesNo(input))).toBe(expected);
  });
});

describe("localDay", () => {
  it("is the calendar day by the machine's own clock, whatever its time zone", () => {
    // Built from local parts, so the day is the same wherever the test runs.
    expect(localDay(new Date(2026, 11, 31, 23, 59))).toBe(dayFromParts(2026, 12, 31));
    expect(localDay(new Date(2026, 0, 1, 0, 0))).toBe(dayFromParts(2026, 1, 1));
    expect(localDay(new Date(Number.NaN))).toBeUndefined();
  });
});
