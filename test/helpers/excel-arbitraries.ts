/**
 * fast-check generators for what Excel can pass to a custom function or a reader: numbers of any
 * size (NaN and infinities included, which Excel never sends but a bug upstream might), text of
 * every kind, the words and labels the engine looks for, booleans, blanks, Excel error values, and
 * ranges of any shape.
 */
import fc from "fast-check";
import { EXCEL_ERROR_VALUES } from "../../src/engine/values";

const WORDS = [
  "Green", "Amber", "Red", "Grey", "G", "A", "R", "gray", "Purple",
  "Very Low", "VL", "Low", "L", "Medium", "M", "High", "H", "Very High", "VH",
  "Open", "Mitigating", "Closed", "Occurred", "Threat", "Opportunity",
  "CPI", "BUDGET", "CPI*SPI", "spi.amber", "cpi.red", "risk.redScore",
  "45%", "0%", "100%", "-5%", "1,200", "£1,200.50", "(300)", "1e308", "-1e308", "2026-03-31", "31 Mar 2026", "2026-02-30",
  "=HYPERLINK(\"x\")", "@cmd", "+1", " ", "",
];

export const excelNumber = fc.oneof(
  fc.integer({ min: -10, max: 30 }),
  fc.double(),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.constantFrom(0, 1, 5, 25, 60, 46112, 2958465, 2958466, -1, 1e308, -1e308, Number.MAX_SAFE_INTEGER, Number.NaN, Number.POSITIVE_INFINITY),
);

export const excelScalar: fc.Arbitrary<unknown> = fc.oneof(
  excelNumber,
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom(...WORDS),
  fc.boolean(),
  fc.constantFrom(null, undefined, ""),
  fc.constantFrom(...EXCEL_ERROR_VALUES),
  fc.constantFrom(...EXCEL_ERROR_VALUES).map((error) => ({ error })),
  fc.date({ noInvalidDate: false }),
);

export const excelRange: fc.Arbitrary<unknown[][]> = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 4 }))
  .chain(([rows, columns]) => fc.array(fc.array(excelScalar, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }));

/** A key/value range such as PMO Config holds, with good and bad rows. */
export const keyValueRange: fc.Arbitrary<unknown[][]> = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...WORDS), fc.string()), excelScalar), { maxLength: 6 });

/** Any argument: a single value or a range. */
export const excelArgument: fc.Arbitrary<unknown> = fc.oneof({ weight: 3, arbitrary: excelScalar }, { weight: 1, arbitrary: excelRange }, { weight: 1, arbitrary: keyValueRange });
