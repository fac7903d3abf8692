/**
 * The unit a money column's header gives (SPEC 2, "money in thousands or millions when the header
 * says so"): "Budget (£m)", "Budget_kEUR", "Cost $000", "Spend (000s)". The scale is decided once
 * per column from its header and applied to every value in it (see parseNumberInUnits).
 */
import { CURRENCY_CODES, CURRENCY_SIGNS } from "../values";

const CODES = CURRENCY_CODES.map((code) => code.toLowerCase());
const CURRENCY_TOKENS = new Set<string>([...CURRENCY_SIGNS, ...CODES]);

/** Letters that are a scale only beside a currency ("£m", "k€", "$ k"), or alone in brackets ("(m)"). */
const SCALE_LETTERS: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mn: 1e6, mm: 1e6, bn: 1e9 };

/** Words that are a scale wherever they stand, with the codes written fused to a letter ("EURm", "kGBP"). */
const SCALE_WORDS: ReadonlyMap<string, number> = new Map<string, number>([
  ["thousand", 1e3],
  ["thousands", 1e3],
  ["000", 1e3],
  ["000s", 1e3],
  ["million", 1e6],
  ["millions", 1e6],
  ["mln", 1e6],
  ["mio", 1e6],
  ["billion", 1e9],
  ["billions", 1e9],
  ...CODES.flatMap((code) =>
    Object.entries(SCALE_LETTERS).flatMap(([letter, scale]): [string, number][] => [
      [`${code}${letter}`, scale],
      [`${letter}${code}`, scale],
    ]),
  ),
]);

/** Words that say a column is money without giving a scale. */
const MONEY_WORDS = new Set(["money", "monetary"]);

const WORD = new RegExp(`[a-z0-9]+|[${CURRENCY_SIGNS}]`, "gi");
const CURRENCY_SIGN = new RegExp(`[${CURRENCY_SIGNS}]`, "g");
const LETTER_IN_BRACKETS = /\(\s*(k|m|mn|mm|bn)\s*\)/i;

interface Token {
  text: string;
  /** Where the token starts in the prepared header. */
  start: number;
}

/**
 * The header split into words, CamelCase apart ("kEUR" is "k", "EUR") and currency signs as words
 * of their own ("£m" is "£", "m"). The prepared text is returned too, so that a prefix of it can be
 * cut at a token.
 */
function tokens(header: string): { prepared: string; words: Token[] } {
  const prepared = header.replace(/([a-z])([A-Z])/g, "$1 $2").replace(CURRENCY_SIGN, " $& ");
  const words = [...prepared.matchAll(WORD)].map((match) => ({ text: match[0].toLowerCase(), start: match.index ?? 0 }));
  return { prepared, words };
}

/** The scale a word gives at position `index`, or undefined when it gives none. */
function scaleOfWord(words: readonly Token[], index: number): number | undefined {
  const word = words[index].text;
  const fixed = SCALE_WORDS.get(word);
  if (fixed !== undefined) return fixed;
  const letter = SCALE_LETTERS[word];
  const besideCurrency = CURRENCY_TOKENS.has(words[index - 1]?.text ?? "") || CURRENCY_TOKENS.has(words[index + 1]?.text ?? "");
  return letter !== undefined && besideCurrency ? letter : undefined;
}

/**
 * What one unit of a money column's values is worth, from its header: 1,000,000 for "£m", "(£m)",
 * "$m", "€m", "m£", "millions"; 1,000 for "kEUR", "k€", "£k", "$000", "£000", "(000s)",
 * "thousands"; 1 when the header names no scale ("Budget", "Budget (£)").
 */
export function moneyScaleOfHeader(header: string): number {
  const { words } = tokens(header);
  for (let index = 0; index < words.length; index += 1) {
    const scale = scaleOfWord(words, index);
    if (scale !== undefined) return scale;
  }
  const letter = LETTER_IN_BRACKETS.exec(header);
  return letter ? SCALE_LETTERS[letter[1].toLowerCase()] : 1;
}

/** Whether a header says its column is money: a currency, a money scale, "monetary". */
export function headerNamesMoney(header: string): boolean {
  const { words } = tokens(header);
  return words.some((word, index) => CURRENCY_TOKENS.has(word.text) || MONEY_WORDS.has(word.text) || scaleOfWord(words, index) !== undefined) || LETTER_IN_BRACKETS.test(header);
}

/**
 * The header without the money unit at its end ("Budget_kEUR", "Budget in £000s" and "Budget (£m)"
 * are "Budget"), or undefined when it ends in none. What is left may end in an opening bracket,
 * which header matching ignores.
 */
export function withoutMoneyUnit(header: string): string | undefined {
  const { prepared, words } = tokens(header);
  let keep = words.length;
  while (keep > 0 && (CURRENCY_TOKENS.has(words[keep - 1].text) || scaleOfWord(words, keep - 1) !== undefined)) keep -= 1;
  if (keep === words.length || keep === 0) return undefined;
  if (words[keep - 1].text === "in" && keep > 1) keep -= 1;
  return prepared.slice(0, words[keep].start);
}
