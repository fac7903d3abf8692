/**
 * Numbers as people type them into registers: 1200, "1,200", "£1,200.50", "(300)", "-$4k",
 * "1.2m", "EUR 300". Percentages have their own parser; a "%" here is not a number.
 */
import { blankOrError, describeValue, fail, ok, Parsed } from "./cell";

/** Currency signs and ISO codes that may stand before or after an amount, or in a money header. */
export const CURRENCY_SIGNS = "£$€¥₹";
export const CURRENCY_CODES = ["GBP", "USD", "EUR", "AUD", "CAD", "NZD", "CHF", "JPY", "INR", "ZAR", "SEK", "NOK", "DKK"] as const;

const CURRENCY_SYMBOLS = new RegExp(`^[${CURRENCY_SIGNS}]|[${CURRENCY_SIGNS}]$`);
const CODES = CURRENCY_CODES.join("|");
const CURRENCY_CODE_AFFIX = new RegExp(`^(${CODES})\\s*|\\s*(${CODES})$`, "i");
const MULTIPLIERS: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mm: 1e6, bn: 1e9 };
const PLAIN_NUMBER = /^(\d{1,3}(,\d{3})+|\d*)(\.\d+)?$/;
const SCIENTIFIC = /^\d+(\.\d+)?e[+-]?\d+$/i;

function stripSign(text: string): { negative: boolean; rest: string } {
  if (text.startsWith("-") || text.startsWith("+")) return { negative: text[0] === "-", rest: text.slice(1).trim() };
  return { negative: false, rest: text };
}

interface NumberText {
  value: number;
  /** Whether the text wrote its own magnitude ("1.2m", "£300k"). */
  ownMagnitude: boolean;
}

function readNumberText(raw: string): NumberText | undefined {
  let text = raw.replace(/[\s\u00a0\u2009\u202f]+/g, " ").trim();
  let negative = false;
  if (text.startsWith("(") && text.endsWith(")")) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  let sign = stripSign(text);
  negative = negative !== sign.negative;
  text = sign.rest.replace(CURRENCY_CODE_AFFIX, "").replace(CURRENCY_SYMBOLS, "").trim();
  sign = stripSign(text);
  negative = negative !== sign.negative;
  text = sign.rest;
  const suffix = /(bn|mm|k|m)$/i.exec(text);
  let multiplier = 1;
  if (suffix) {
    multiplier = MULTIPLIERS[suffix[1].toLowerCase()];
    text = text.slice(0, -suffix[1].length).trim();
  }
  if (!/\d/.test(text)) return undefined;
  let value: number;
  if (PLAIN_NUMBER.test(text)) value = Number(text.replace(/,/g, ""));
  else if (SCIENTIFIC.test(text)) value = Number(text);
  else return undefined;
  value *= multiplier;
  if (!Number.isFinite(value)) return undefined;
  return { value: negative ? -value : value, ownMagnitude: suffix !== null };
}

/** Reads numeric text; undefined when it is not a number. */
export function numberFromText(raw: string): number | undefined {
  return readNumberText(raw)?.value;
}

/** `value` x `scale` without binary noise: 1.15 x 1,000,000 is 1,150,000, not 1,149,999.9999999998. */
function scaled(value: number, scale: number): number {
  return scale === 1 ? value : Number((value * scale).toPrecision(15));
}

/**
 * A number in a column whose header gives its unit ("Budget (£m)" has scale 1,000,000): a number
 * cell or plain text ("1.2", "1,200") is in the header's unit. Text that writes its own magnitude
 * ("1.2m", "£300k") means what it says and is not multiplied again: whoever typed "1.2m" into a
 * £m column meant £1.2m, not a million millions.
 */
export function parseNumberInUnits(value: unknown, scale: number): Parsed<number> {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return fail("invalid", "is not a finite number");
    const result = scaled(value, scale);
    return Number.isFinite(result) ? ok(result) : fail("invalid", `${describeValue(value)} x ${scale} is not a finite number`);
  }
  const failure = blankOrError(value);
  if (failure) return failure;
  if (typeof value === "string") {
    const number = readNumberText(value);
    if (number !== undefined) {
      const result = number.ownMagnitude ? number.value : scaled(number.value, scale);
      if (Number.isFinite(result)) return ok(result);
    }
  }
  return fail("invalid", `${describeValue(value)} is not a number`);
}

/** Any finite number: a number cell or numeric text. Booleans and dates are not numbers. */
export function parseNumber(value: unknown): Parsed<number> {
  return parseNumberInUnits(value, 1);
}

/** Money: a number, negative allowed (costs may be credits); callers that need >= 0 check it. */
export const parseMoney = parseNumber;

/** A number that must not be negative (budgets, actual cost, earned and planned value). */
export function parseNonNegative(value: unknown, scale = 1): Parsed<number> {
  const parsed = parseNumberInUnits(value, scale);
  if (parsed.ok && parsed.value < 0) return fail("invalid", `${describeValue(value)} is negative`);
  return parsed;
}

/**
 * A percentage as a fraction 0-1: "45%" and 45 and 0.45 all mean 45 %. A number above 1 is read
 * as a count of per cent; 1 itself is 100 % (a cell formatted as a percentage holds 1).
 */
export function parsePercent(value: unknown): Parsed<number> {
  let fraction: number | undefined;
  if (typeof value === "string" && value.trim().endsWith("%")) {
    const number = numberFromText(value.trim().slice(0, -1));
    if (number === undefined) return fail("invalid", `${describeValue(value)} is not a percentage`);
    fraction = number / 100;
  } else {
    const parsed = parseNumber(value);
    if (!parsed.ok) return parsed.kind === "invalid" ? fail("invalid", `${describeValue(value)} is not a percentage`) : parsed;
    fraction = parsed.value > 1 ? parsed.value / 100 : parsed.value;
  }
  if (fraction < 0 || fraction > 1) return fail("invalid", `${describeValue(value)} is outside 0-100 %`);
  return ok(fraction);
}

/** A fraction 0-1 given as a number or percentage text ("80%"), with no per-cent reading of 80. */
export function parseFraction(value: unknown): Parsed<number> {
  if (typeof value === "string" && value.trim().endsWith("%")) return parsePercent(value);
  return parseNumber(value);
}
