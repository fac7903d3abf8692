/**
 * The rule set: every threshold and weight of SPEC 3, with its default, as the key/value rows
 * that `PMO Config` and the RAG function's `thresholds` range hold. Keys match case-insensitively.
 */
import { parseNumber } from "./values";

export const DEFAULT_RULES = {
  "spi.amber": 0.95,
  "spi.red": 0.9,
  "cpi.amber": 0.95,
  "cpi.red": 0.9,
  "slip.amberDays": 15,
  "slip.redDays": 30,
  "milestone.redDays": 30,
  "risk.amberScore": 10,
  "risk.redScore": 17,
  "stale.days": 45,
  "weight.strategicFit": 3,
  "weight.value": 3,
  "weight.urgency": 2,
  "weight.riskReduction": 2,
  "fy.startMonth": 1,
  "budget.amberPct": 5,
  "budget.redPct": 10,
  "budget.minVariance": 0,
} as const;

export type RuleKey = keyof typeof DEFAULT_RULES;
export type RuleSet = Readonly<Record<RuleKey, number>>;

export const RULE_KEYS = Object.keys(DEFAULT_RULES) as RuleKey[];

/** Name stated on reports produced with the defaults. */
export const DEFAULT_RULE_SET_NAME = "Default rules";

const RULE_KEY_BY_LOWER: ReadonlyMap<string, RuleKey> = new Map(RULE_KEYS.map((key) => [key.toLowerCase(), key]));

/** What each key means, for the Rules page and the help text. */
export const RULE_DESCRIPTIONS: Readonly<Record<RuleKey, string>> = {
  "spi.amber": "Schedule is Amber when SPI is below this",
  "spi.red": "Schedule is Red when SPI is below this",
  "cpi.amber": "Cost is Amber when CPI is below this",
  "cpi.red": "Cost is Red when CPI is below this",
  "slip.amberDays": "Schedule is Amber when the finish slips by at least this many days",
  "slip.redDays": "Schedule is Red when the finish slips by at least this many days",
  "milestone.redDays": "Schedule is Red when a milestone is overdue by at least this many days",
  "risk.amberScore": "Risk is Amber when an open threat scores at least this (High)",
  "risk.redScore": "Risk is Red when an open threat scores at least this (Critical)",
  "stale.days": "Warn when a project was last updated more than this many days ago",
  "weight.strategicFit": "Priority weight of strategic fit",
  "weight.value": "Priority weight of value",
  "weight.urgency": "Priority weight of urgency",
  "weight.riskReduction": "Priority weight of risk reduction",
  "fy.startMonth": "The month the financial year starts in (1 = January, 4 = April)",
  "budget.amberPct": "Budget is Amber when the YTD or outturn variance is at least this % of budget, over or under",
  "budget.redPct": "Budget is Red when the YTD or outturn variance is at least this % of budget, over or under",
  "budget.minVariance": "A budget variance smaller than this amount is never flagged",
};

/** The values a rule can sensibly take; outside them it is a mistake (1e308, a negative weight). */
const RULE_LIMITS: Readonly<Record<RuleKey, readonly [number, number]>> = {
  "spi.amber": [0, 2],
  "spi.red": [0, 2],
  "cpi.amber": [0, 2],
  "cpi.red": [0, 2],
  "slip.amberDays": [0, 3650],
  "slip.redDays": [0, 3650],
  "milestone.redDays": [0, 3650],
  "risk.amberScore": [1, 25],
  "risk.redScore": [1, 25],
  "stale.days": [1, 3650],
  "weight.strategicFit": [0, 100],
  "weight.value": [0, 100],
  "weight.urgency": [0, 100],
  "weight.riskReduction": [0, 100],
  "fy.startMonth": [1, 12],
  "budget.amberPct": [0, 1000],
  "budget.redPct": [0, 1000],
  "budget.minVariance": [0, 1e12],
};

/** Rules that only a whole number makes sense for: a financial year starts in month 4, not 4.5. */
const WHOLE_NUMBER_RULES: ReadonlySet<RuleKey> = new Set(["fy.startMonth"]);

/**
 * Amber and Red thresholds that belong together: for an index Red is below Amber (lower is worse),
 * for days and scores Red is above it. An inverted pair would make Amber unreachable or everything
 * Red, so both fall back to their defaults.
 */
interface ThresholdPair {
  amber: RuleKey;
  red: RuleKey;
  redIs: "lower" | "higher";
}

const THRESHOLD_PAIRS: readonly ThresholdPair[] = [
  { amber: "spi.amber", red: "spi.red", redIs: "lower" },
  { amber: "cpi.amber", red: "cpi.red", redIs: "lower" },
  { amber: "slip.amberDays", red: "slip.redDays", redIs: "higher" },
  { amber: "risk.amberScore", red: "risk.redScore", redIs: "higher" },
  { amber: "budget.amberPct", red: "budget.redPct", redIs: "higher" },
];

const isInverted = (pair: ThresholdPair, rules: RuleSet) => (pair.redIs === "lower" ? rules[pair.red] > rules[pair.amber] : rules[pair.red] < rules[pair.amber]);
const redMustBe = (pair: ThresholdPair) => (pair.redIs === "lower" ? "at or below" : "at or above");

/** The priority weights' keys (SPEC 3.5). */
export const WEIGHT_KEYS = RULE_KEYS.filter((key) => key.startsWith("weight."));

/** The rules in groups, each named in words (the Rules page; the key stays visible as a hint). */
export const RULE_GROUPS: readonly { title: string; rules: readonly { key: RuleKey; label: string }[] }[] = [
  {
    title: "Schedule",
    rules: [
      { key: "spi.amber", label: "Amber below SPI" },
      { key: "spi.red", label: "Red below SPI" },
      { key: "slip.amberDays", label: "Amber at days of slippage" },
      { key: "slip.redDays", label: "Red at days of slippage" },
      { key: "milestone.redDays", label: "Red at days a milestone is overdue" },
    ],
  },
  { title: "Cost", rules: [{ key: "cpi.amber", label: "Amber below CPI" }, { key: "cpi.red", label: "Red below CPI" }] },
  { title: "Risk", rules: [{ key: "risk.amberScore", label: "Amber at threat score" }, { key: "risk.redScore", label: "Red at threat score" }] },
  {
    title: "Budget",
    rules: [
      { key: "fy.startMonth", label: "Financial year starts in month (1-12)" },
      { key: "budget.amberPct", label: "Amber at % variance from budget" },
      { key: "budget.redPct", label: "Red at % variance from budget" },
      { key: "budget.minVariance", label: "Never flag a variance smaller than" },
    ],
  },
  { title: "Updates", rules: [{ key: "stale.days", label: "Stale after days without an update" }] },
  {
    title: "Priority weights",
    rules: [
      { key: "weight.strategicFit", label: "Strategic fit" },
      { key: "weight.value", label: "Value" },
      { key: "weight.urgency", label: "Urgency" },
      { key: "weight.riskReduction", label: "Risk reduction" },
    ],
  },
];

const namesBy = (name: (title: string, label: string) => string) =>
  Object.fromEntries(RULE_GROUPS.flatMap((group) => group.rules.map((rule) => [rule.key, name(group.title, rule.label)]))) as Readonly<Record<RuleKey, string>>;
/** "Amber below SPI": a rule named in words within its group. */
export const RULE_LABELS = namesBy((_, label) => label);
/** "Schedule: Amber below SPI": a rule named in words, with its group. */
export const RULE_NAMES = namesBy((title, label) => `${title}: ${label}`);

export interface RuleProblem {
  key: RuleKey;
  message: string;
}

/**
 * What makes a rule set unfit to save, in words, for the Rules page: a value outside what the rule
 * can sensibly take, an Amber and Red pair the wrong way round (nothing could be Amber on it), or
 * every priority weight 0 (no project would get a priority score). `format` writes a number the way
 * the user reads them (the Rules page passes the user's locale: 0,95).
 */
export function ruleProblems(rules: RuleSet, format: (value: number) => string = String): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const key of RULE_KEYS) {
    const [min, max] = RULE_LIMITS[key];
    if (!(rules[key] >= min && rules[key] <= max)) problems.push({ key, message: `${RULE_NAMES[key]} must be from ${format(min)} to ${format(max)}.` });
    else if (WHOLE_NUMBER_RULES.has(key) && !Number.isInteger(rules[key])) problems.push({ key, message: `${RULE_NAMES[key]} must be a whole number from ${format(min)} to ${format(max)}.` });
  }
  for (const pair of THRESHOLD_PAIRS) {
    if (problems.some((problem) => problem.key === pair.amber || problem.key === pair.red) || !isInverted(pair, rules)) continue;
    problems.push({
      key: pair.red,
      message: `${RULE_NAMES[pair.red]} (${format(rules[pair.red])}) must be ${redMustBe(pair)} ${RULE_LABELS[pair.amber]} (${format(rules[pair.amber])}), or nothing can be Amber on it.`,
    });
  }
  if (WEIGHT_KEYS.every((key) => rules[key] === 0)) problems.push({ key: WEIGHT_KEYS[0], message: "At least one priority weight must be above 0, or no project gets a priority score." });
  return problems;
}

export function findRuleKey(text: string): RuleKey | undefined {
  return RULE_KEY_BY_LOWER.get(text.trim().toLowerCase());
}

export interface RuleWarning {
  /** 0-based index of the row in the rows given. */
  row: number;
  key: string;
  message: string;
}

export interface ParsedRules {
  rules: RuleSet;
  warnings: RuleWarning[];
}

/**
 * Reads key/value rows (first column key, second value). Blank rows and keys that are not rules
 * are left to the caller's other uses only when `ignoreUnknown` is set; otherwise an unknown key is
 * a warning. A bad value is a warning and the default is kept: never a failure.
 */
export function parseRuleRows(rows: readonly (readonly unknown[])[], options: { ignoreUnknown?: boolean } = {}): ParsedRules {
  const rules: Record<RuleKey, number> = { ...DEFAULT_RULES };
  const warnings: RuleWarning[] = [];
  const rowOf = new Map<RuleKey, number>();
  rows.forEach((row, index) => {
    const rawKey = row[0];
    if (rawKey === null || rawKey === undefined || String(rawKey).trim() === "") return;
    const keyText = String(rawKey).trim();
    const key = findRuleKey(keyText);
    if (!key) {
      if (!options.ignoreUnknown) warnings.push({ row: index, key: keyText, message: `Unknown rule "${keyText}" is ignored.` });
      return;
    }
    const parsed = parseNumber(row[1]);
    const [min, max] = RULE_LIMITS[key];
    const notWhole = parsed.ok && WHOLE_NUMBER_RULES.has(key) && !Number.isInteger(parsed.value);
    if (!parsed.ok || parsed.value < min || parsed.value > max || notWhole) {
      const why = !parsed.ok ? parsed.message : notWhole ? `${parsed.value} is not a whole number` : `${parsed.value} is outside ${min}-${max}`;
      warnings.push({ row: index, key, message: `Rule ${key}: value ${why}; the default ${DEFAULT_RULES[key]} is used.` });
      return;
    }
    if (rowOf.has(key)) {
      warnings.push({ row: index, key, message: `Rule ${key} is given twice; this later value ${parsed.value} is used (the one above is ignored).` });
    }
    rules[key] = parsed.value;
    rowOf.set(key, index);
  });
  for (const pair of THRESHOLD_PAIRS) {
    if (!isInverted(pair, rules)) continue;
    const row = rowOf.get(pair.amber) ?? rowOf.get(pair.red) ?? 0;
    warnings.push({
      row,
      key: pair.amber,
      message: `Rules ${pair.amber} ${rules[pair.amber]} and ${pair.red} ${rules[pair.red]} are inverted (Red must be ${redMustBe(pair)} Amber); the defaults ${DEFAULT_RULES[pair.amber]} and ${DEFAULT_RULES[pair.red]} are used.`,
    });
    rules[pair.amber] = DEFAULT_RULES[pair.amber];
    rules[pair.red] = DEFAULT_RULES[pair.red];
  }
  return { rules, warnings };
}

/** The rule set as key/value rows, in the documented order, for writing to `PMO Config`. */
export function ruleRows(rules: RuleSet): [RuleKey, number][] {
  return RULE_KEYS.map((key) => [key, rules[key]]);
}
