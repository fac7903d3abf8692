/**
 * Reading one cell as the type its field has (SPEC 2): the parser for each field type.
 */
import { COST_TYPE, MEASURE, PROJECT_STAGES, RAID_PRIORITY, RAID_STATUS } from "../constants";
import {
  blankOrError,
  DateSystem,
  describeValue,
  fail,
  normaliseWord,
  ok,
  parseDate,
  parseNonNegative,
  parseNumberInUnits,
  parsePeriod,
  Parsed,
  parsePercent,
  parseProbability,
  parseRag,
  parseReportedRag,
  parseScale,
  parseText,
  parseYesNo,
} from "../values";
import { COST_TYPE_WORDS, MEASURE_WORDS, PROJECT_STATUS_WORDS, RAID_PRIORITY_WORDS, RAID_STATUS_WORDS, RISK_STATUS_WORDS, RISK_TYPE_WORDS, STAGE_WORDS } from "./choices";
import { FieldType } from "./fields";

function parseWord<T extends string>(words: Readonly<Record<string, T>>, expected: readonly string[]): (value: unknown) => Parsed<T> {
  return (value) => {
    const failure = blankOrError(value);
    if (failure) return failure;
    // A whole number (a 1-5 priority typed as a number) is looked up as its digits.
    const text = typeof value === "string" ? value : typeof value === "number" && Number.isInteger(value) ? String(value) : undefined;
    const key = text !== undefined ? normaliseWord(text) : "";
    // Own keys only: "Constructor" is no status, whatever Object.prototype holds.
    const word = Object.prototype.hasOwnProperty.call(words, key) ? words[key] : undefined;
    return word ? ok(word) : fail("invalid", `${describeValue(value)} is not one of ${expected.join(", ")}`);
  };
}

const PARSERS: Readonly<Record<Exclude<FieldType, "date" | "period" | MoneyType>, (value: unknown) => Parsed<unknown>>> = {
  text: parseText,
  projectStatus: parseWord(PROJECT_STATUS_WORDS, ["Active", "On Hold", "Closed", "Cancelled"]),
  stage: parseWord(STAGE_WORDS, PROJECT_STAGES),
  percent: parsePercent,
  rag: parseRag,
  reportedRag: parseReportedRag,
  scale: parseScale,
  riskType: parseWord(RISK_TYPE_WORDS, ["Threat", "Opportunity"]),
  riskStatus: parseWord(RISK_STATUS_WORDS, ["Open", "Mitigating", "Closed", "Occurred"]),
  probability: parseProbability,
  yesNo: parseYesNo,
  raidStatus: parseWord(RAID_STATUS_WORDS, Object.values(RAID_STATUS)),
  priority: parseWord(RAID_PRIORITY_WORDS, [...Object.values(RAID_PRIORITY), "1-5"]),
  costType: parseWord(COST_TYPE_WORDS, Object.values(COST_TYPE)),
  measure: parseWord(MEASURE_WORDS, Object.values(MEASURE)),
};

type MoneyType = "money" | "signedMoney";

export function isMoneyType(type: FieldType): type is MoneyType {
  return type === "money" || type === "signedMoney";
}

/**
 * A cell as its field's type. `moneyScale` is what one unit of a money column is worth, from its
 * header (1,000,000 under "Budget (£m)"); other types ignore it.
 */
export function parseFieldValue(type: FieldType, value: unknown, dateSystem: DateSystem, moneyScale = 1): Parsed<unknown> {
  if (type === "date") return parseDate(value, dateSystem);
  if (type === "period") return parsePeriod(value, dateSystem);
  if (type === "money") return parseNonNegative(value, moneyScale);
  if (type === "signedMoney") return parseNumberInUnits(value, moneyScale);
  return PARSERS[type](value);
}
