/**
 * `PMO Config`: key/value rows holding the rule set (SPEC 3), the user's column mapping
 * (`map.projects.id` = "Project Code") and sheet names (`sheet.risks` = "RAID Log"). A missing
 * sheet means defaults; a bad row is a warning and its default is used, never a failure.
 */
import { finding, Finding, GOVERNANCE_RULES } from "./findings";
import { DEFAULT_RULES, findRuleKey, parseRuleRows, RuleKey, ruleRows, RuleSet } from "./rules";
import { CONFIG_SHEET_NAME, SHEET_FIELDS, SHEET_KINDS, SheetKind } from "./schema/fields";
import { cellAddress, SheetData } from "./sheet";
import { isBlank, parseText } from "./values";

export type ColumnMapping = Readonly<Record<SheetKind, ReadonlyMap<string, string>>>;

export interface PmoConfig {
  rules: RuleSet;
  /** Rules whose value differs from the default, for the report's "rule set" line. */
  changedRules: RuleKey[];
  /** Per sheet: field -> header. */
  mapping: ColumnMapping;
  /** Per sheet kind: the sheet name to read instead of the default. */
  sheetNames: Partial<Record<SheetKind, string>>;
  warnings: Finding[];
}

export const CONFIG_HEADER = ["Key", "Value", "Description"] as const;

/** PMO Config's mapping with the one given now (`--map`) over it: a field given both ways takes the given header. */
export function mergeMapping(saved: ColumnMapping, given: ColumnMapping | undefined): ColumnMapping {
  const merged = emptyMapping();
  for (const kind of SHEET_KINDS) {
    for (const [field, header] of saved[kind]) merged[kind].set(field, header);
    for (const [field, header] of given?.[kind] ?? []) merged[kind].set(field, header);
  }
  return merged;
}

export function emptyMapping(): Record<SheetKind, Map<string, string>> {
  return { projects: new Map(), risks: new Map(), milestones: new Map(), issues: new Map(), assumptions: new Map(), dependencies: new Map(), financials: new Map() };
}

export function defaultConfig(): PmoConfig {
  return { rules: DEFAULT_RULES, changedRules: [], mapping: emptyMapping(), sheetNames: {}, warnings: [] };
}

function sheetKindOf(text: string): SheetKind | undefined {
  return SHEET_KINDS.find((kind) => kind === text.toLowerCase());
}

/** Reads the config sheet's rows; the first row may be the Key/Value header. */
export function readConfig(sheet: SheetData | undefined): PmoConfig {
  if (!sheet) return defaultConfig();
  const mapping = emptyMapping();
  const sheetNames: Partial<Record<SheetKind, string>> = {};
  const warnings: Finding[] = [];
  const ruleRowsFound: { index: number; row: unknown[] }[] = [];
  const warn = (index: number, message: string) =>
    warnings.push(finding(GOVERNANCE_RULES.configValue, sheet.name, cellAddress(index + sheet.firstRow, sheet.firstColumn), message));

  sheet.rows.forEach((row, index) => {
    const key = parseText(row[0]);
    if (!key.ok || key.value.toLowerCase() === "key") return;
    const parts = key.value.split(".");
    if (parts[0].toLowerCase() === "map" || parts[0].toLowerCase() === "sheet") {
      const kind = sheetKindOf(parts[1] ?? "");
      const value = parseText(row[1]);
      if (!kind || !value.ok) return warn(index, `Config row "${key.value}" is not a known setting or has no value; it is ignored.`);
      if (parts[0].toLowerCase() === "sheet") {
        sheetNames[kind] = value.value;
        return;
      }
      const spec = SHEET_FIELDS[kind].find((field) => field.field.toLowerCase() === (parts[2] ?? "").toLowerCase());
      if (!spec) return warn(index, `Config row "${key.value}": ${kind} has no field "${parts[2] ?? ""}"; it is ignored.`);
      mapping[kind].set(spec.field, value.value);
      return;
    }
    if (!findRuleKey(key.value)) {
      if (!isBlank(row[1])) warn(index, `Unknown setting "${key.value}" is ignored.`);
      return;
    }
    ruleRowsFound.push({ index, row });
  });

  const parsed = parseRuleRows(ruleRowsFound.map((found) => found.row));
  for (const warning of parsed.warnings) warn(ruleRowsFound[warning.row].index, warning.message);
  const changedRules = (Object.keys(DEFAULT_RULES) as RuleKey[]).filter((key) => parsed.rules[key] !== DEFAULT_RULES[key]);
  return { rules: parsed.rules, changedRules, mapping, sheetNames, warnings };
}

/** The config as rows to write: header, rules with descriptions, then sheet names and mapping. */
export function configRows(config: Pick<PmoConfig, "rules" | "mapping" | "sheetNames">, descriptions: Readonly<Record<string, string>>): (string | number)[][] {
  const rows: (string | number)[][] = [[...CONFIG_HEADER]];
  for (const [key, value] of ruleRows(config.rules)) rows.push([key, value, descriptions[key] ?? ""]);
  for (const kind of SHEET_KINDS) {
    const name = config.sheetNames[kind];
    if (name) rows.push([`sheet.${kind}`, name, `Sheet read as ${kind}`]);
    for (const [field, header] of config.mapping[kind]) rows.push([`map.${kind}.${field}`, header, `Column read as ${kind} ${field}`]);
  }
  return rows;
}

/** How a report names its rule set. */
export function ruleSetName(config: Pick<PmoConfig, "changedRules" | "rules">): string {
  if (config.changedRules.length === 0) return `Default rules`;
  return `${CONFIG_SHEET_NAME}: ${config.changedRules.map((key) => `${key} ${config.rules[key]}`).join(", ")}`;
}
