/**
 * Numbers as people type them into registers: 1200, "1,200", "£1,200.50", "(300)", "-$4k",
 * "1.2m", "EUR 300". Percentages have their own parser; a "%" here is not a number.
 */
import { blankOrError, describeValue, fail, ok, Parsed } from "./cell";

const CURRENCY_SYMBOLS = /^[£$€¥₹]|[£$€¥₹]$/;
const CURRENCY_CODES = /^(GBP|USD|EUR|AUD|CAD|NZD|CHF|JPY|INR|ZAR|SEK|NOK|DKK)\s*|\s*(GBP|USD|EUR|AUD|CAD|NZD|CHF|JPY|INR|ZAR|SEK|NOK|DKK)$/i;
const MULTIPLIERS: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mm: 1e6, bn: 1e9 };
const PLAIN_NUMBER = /^(\d{1,3}(,\d{3})+|\d*)(\.\d+)?$/;
const SCIENTIFIC = /^\d+(\.\d+)?e[+-]?\d+$/i;

function stripSign(text: string): { negative: boolean; rest: string } {
  if (text.startsWith("-") || text.startsWith("+")) return { negative: text[0] === "-", rest: text.slice(1).trim() };
  return { negative: false, rest: text };
}

/** Reads numeric text; undefined when it is not a number. */
export function numberFromText(raw: string): number | undefined {
  let text = raw.replace(/[\s\u00a0\u2009\u202f]+/g, " ").trim();
  let negative = false;
  if (text.startsWith("(") && text.endsWith(")")) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  let sign = stripSign(text);
  negative = negative !== sign.negative;
  text = sign.rest.replace(CURRENCY_CODES, "").replace(CURRENCY_SYMBOLS, "").trim();
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
  return negative ? -value : value;
}

/** Any finite number: a number cell or numeric text. Booleans and dates are not numbers. */
export function parseNumber(value: unknown): Parsed<number> {
  if (typeof value === "number") return Number.isFinite(value) ? ok(value) : fail("invalid", "is not a finite number");
  const failure = blankOrError(value);
  if (failure) return failure;
  if (typeof value === "string") {
    const number = numberFromText(value);
    if (number !== undefined) return ok(number);
  }
  return fail("invalid", `${describeValue(value)} is not a number`);
}

/** Money: a number, negative allowed (costs may be credits); callers that need >= 0 check it. */
export const parseMoney = parseNumber;

/** A number that must not be negative (budgets, actual cost, earned and planned value). */
export function parseNonNegative(value: unknown): Parsed<number> {
  const parsed = parseNumber(value);
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
