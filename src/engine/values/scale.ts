/**
 * The 1-5 scales of SPEC 3.2 and 3.5, the RAG words, yes/no.
 */
import { PROBABILITY_BAND_FRACTIONS, PROBABILITY_BAND_LIMITS, RAG, RagStatus, SCALE_LABELS } from "../constants";
import { blankOrError, describeValue, fail, ok, Parsed } from "./cell";
import { numberFromText } from "./number";

/** Letters only, lower case: "Very High" and "very-high" both become "veryhigh". */
export function normaliseWord(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** A label's band, a plain number, or a percentage (text ending in %) as a fraction. */
function numberOrLabel(value: unknown): { number?: number; label?: number; percent?: number } {
  if (typeof value === "number") return { number: value };
  if (typeof value !== "string") return {};
  const label = SCALE_LABELS[normaliseWord(value)];
  if (label !== undefined) return { label };
  const text = value.trim();
  if (text.endsWith("%")) {
    const percent = numberFromText(text.slice(0, -1));
    return percent === undefined ? {} : { percent: percent / 100 };
  }
  const number = numberFromText(text);
  return number === undefined ? {} : { number };
}

/** Impact, or any 1-5 score: a whole number 1-5 or a label (Very Low/VL ... Very High/VH). */
export function parseScale(value: unknown): Parsed<number> {
  const failure = blankOrError(value);
  if (failure) return failure;
  const { number, label } = numberOrLabel(value);
  if (label !== undefined) return ok(label);
  if (number !== undefined && Number.isInteger(number) && number >= 1 && number <= 5) return ok(number);
  return fail("invalid", `${describeValue(value)} is not 1-5 or a label (Very Low, Low, Medium, High, Very High)`);
}

export interface Probability {
  /** The 1-5 band. */
  band: number;
  /** The probability as a fraction: as given, or the band's stand-in (0.1, 0.3 ... 0.9). */
  fraction: number;
}

/** Band of a fraction strictly between 0 and 1 (SPEC 3.2). */
export function bandOfFraction(fraction: number): number {
  let band = 1;
  for (const limit of PROBABILITY_BAND_LIMITS) {
    if (fraction <= limit) return band;
    band += 1;
  }
  return band;
}

/** Probability: a 1-5 band, a label, or a fraction strictly between 0 and 1 ("45%" is 0.45). */
export function parseProbability(value: unknown): Parsed<Probability> {
  const failure = blankOrError(value);
  if (failure) return failure;
  const { number, label, percent } = numberOrLabel(value);
  const band = label ?? number;
  if (band !== undefined && Number.isInteger(band) && band >= 1 && band <= 5) {
    return ok({ band, fraction: PROBABILITY_BAND_FRACTIONS[band - 1] });
  }
  const fraction = percent ?? number;
  if (fraction !== undefined && fraction > 0 && fraction < 1) return ok({ band: bandOfFraction(fraction), fraction });
  return fail("invalid", `${describeValue(value)} is not 1-5, a label (Very Low ... Very High) or a fraction between 0 and 1`);
}

const RAG_WORDS: Readonly<Record<string, RagStatus>> = {
  green: RAG.green,
  g: RAG.green,
  amber: RAG.amber,
  a: RAG.amber,
  yellow: RAG.amber,
  red: RAG.red,
  r: RAG.red,
  grey: RAG.grey,
  gray: RAG.grey,
};

/** A RAG word: Green/Amber/Red/Grey, or G/A/R, any case. */
export function parseRag(value: unknown): Parsed<RagStatus> {
  const failure = blankOrError(value);
  if (failure) return failure;
  const status = typeof value === "string" ? RAG_WORDS[normaliseWord(value)] : undefined;
  return status ? ok(status) : fail("invalid", `${describeValue(value)} is not Green, Amber, Red or Grey`);
}

const YES = new Set(["yes", "y", "true", "1", "x"]);
const NO = new Set(["no", "n", "false", "0"]);

/** Yes/no: TRUE/FALSE, yes/no, y/n, 1/0, x. */
export function parseYesNo(value: unknown): Parsed<boolean> {
  if (typeof value === "boolean") return ok(value);
  const failure = blankOrError(value);
  if (failure) return failure;
  const word = normaliseWord(String(value));
  if (YES.has(word)) return ok(true);
  if (NO.has(word)) return ok(false);
  return fail("invalid", `${describeValue(value)} is not yes or no`);
}

/** One of a list of words (status, stage, type), matched ignoring case and punctuation. */
export function parseChoice<T extends string>(value: unknown, choices: readonly T[]): Parsed<T> {
  const failure = blankOrError(value);
  if (failure) return failure;
  const word = typeof value === "string" ? normaliseWord(value) : "";
  const match = choices.find((choice) => normaliseWord(choice) === word);
  return match ? ok(match) : fail("invalid", `${describeValue(value)} is not one of ${choices.join(", ")}`);
}
