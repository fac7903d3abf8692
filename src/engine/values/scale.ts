/**
 * The 1-5 scales of SPEC 3.2 and 3.5, the RAG words, yes/no.
 */
import { DCA_HALF, PROBABILITY_BAND_FRACTIONS, PROBABILITY_BAND_LIMITS, RAG, RagStatus, ReportedRag, SCALE_LABELS } from "../constants";
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

const PERCENT_RANGE = /^(\d+(?:\.\d+)?)\s*%?\s*(?:-|\u2013|\u2014|to)\s*(\d+(?:\.\d+)?)\s*%$/i;
const PERCENT_BOUND = /^(<=?|\u2264|>=?|\u2265)\s*(\d+(?:\.\d+)?)\s*%$/;

/**
 * A probability band written as a range of percentages ("75% to 100%", "50-75%", "<10%", ">90%"):
 * the range's midpoint as a fraction, which stands for the band when computing exposure.
 */
function fractionOfPercentRange(text: string): number | undefined {
  const range = PERCENT_RANGE.exec(text);
  if (range) {
    const low = Number(range[1]);
    const high = Number(range[2]);
    return low < high && high <= 100 ? (low + high) / 200 : undefined;
  }
  const bound = PERCENT_BOUND.exec(text);
  if (!bound) return undefined;
  const limit = Number(bound[2]);
  const below = bound[1].startsWith("<") || bound[1] === "\u2264";
  return below ? limit / 200 : (limit + 100) / 200;
}

/**
 * Probability: a 1-5 band, a label, a fraction strictly between 0 and 1 ("45%" is 0.45), or a
 * range of percentages read at its midpoint ("50-75%" is 0.625, band 4).
 */
export function parseProbability(value: unknown): Parsed<Probability> {
  const failure = blankOrError(value);
  if (failure) return failure;
  const { number, label, percent } = numberOrLabel(value);
  const band = label ?? number;
  if (band !== undefined && Number.isInteger(band) && band >= 1 && band <= 5) {
    return ok({ band, fraction: PROBABILITY_BAND_FRACTIONS[band - 1] });
  }
  const fraction = percent ?? number ?? (typeof value === "string" ? fractionOfPercentRange(value.trim()) : undefined);
  if (fraction !== undefined && fraction > 0 && fraction < 1) return ok({ band: bandOfFraction(fraction), fraction });
  return fail("invalid", `${describeValue(value)} is not 1-5, a label (Very Low ... Very High) or a fraction between 0 and 1`);
}

/**
 * Every word a register writes for a RAG or Delivery Confidence status, normalised. "Delayed" is
 * Red: in the On Track / At Risk / Delayed scheme it is the worst of three.
 */
export const RAG_WORDS: Readonly<Record<string, ReportedRag>> = {
  green: RAG.green,
  g: RAG.green,
  ontrack: RAG.green,
  amber: RAG.amber,
  a: RAG.amber,
  yellow: RAG.amber,
  atrisk: RAG.amber,
  red: RAG.red,
  r: RAG.red,
  offtrack: RAG.red,
  delayed: RAG.red,
  grey: RAG.grey,
  gray: RAG.grey,
  ambergreen: DCA_HALF.amberGreen,
  ag: DCA_HALF.amberGreen,
  amberred: DCA_HALF.amberRed,
  ar: DCA_HALF.amberRed,
};

/**
 * A DCA half level on the 3-level RAG scale: rounded to the worse side (Amber/Green is Amber,
 * Amber/Red is Red), so that an override never shows a project better than its own report did.
 */
const RAG_OF_HALF: Readonly<Record<ReportedRag, RagStatus>> = {
  Green: RAG.green,
  Amber: RAG.amber,
  Red: RAG.red,
  Grey: RAG.grey,
  "Amber/Green": RAG.amber,
  "Amber/Red": RAG.red,
};

/** A status as reported, keeping the DCA's half levels: Amber/Green, A/G, Amber-Red, On Track ... */
export function parseReportedRag(value: unknown): Parsed<ReportedRag> {
  const failure = blankOrError(value);
  if (failure) return failure;
  const status = typeof value === "string" ? RAG_WORDS[normaliseWord(value)] : undefined;
  return status ? ok(status) : fail("invalid", `${describeValue(value)} is not Green, Amber/Green, Amber, Amber/Red, Red or Grey`);
}

/** A RAG word: Green/Amber/Red/Grey, G/A/R, On Track/At Risk/Off Track, any case; DCA half levels rounded worse. */
export function parseRag(value: unknown): Parsed<RagStatus> {
  const parsed = parseReportedRag(value);
  return parsed.ok ? ok(RAG_OF_HALF[parsed.value]) : parsed;
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
