/**
 * Rules: thresholds and weights in groups, named in words with the key as a hint, saved to
 * PMO Config (SPEC 8). A rule set that contradicts itself (Red above Amber, a score no risk can
 * have, every weight 0) is refused with the reason beside the rule; a decimal comma is accepted.
 */
import { Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { PmoConfig } from "../../../engine/config";
import { DEFAULT_RULES, RULE_DESCRIPTIONS, RULE_GROUPS, RULE_KEYS, ruleProblems, RuleKey, RuleSet } from "../../../engine/rules";
import { readRules, saveRules } from "../../../workbook/routine";
import { TaskStatus } from "../../components/TaskStatus";
import { usePort } from "../../port-context";
import { useTask } from "../../use-task";
import { formatRuleValue, paneLocale, parseRuleInput } from "./rule-input";
import { HiddenHeading } from "../../components/Headings";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, border: "none", margin: 0, padding: 0 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

type Draft = Record<RuleKey, string>;

const draftOf = (rules: RuleSet, locale: string | undefined): Draft => Object.fromEntries(RULE_KEYS.map((key) => [key, formatRuleValue(rules[key], locale)])) as Draft;

interface Checked {
  rules?: RuleSet;
  /** Why a rule cannot be saved, by key. */
  problems: Partial<Record<RuleKey, string>>;
}

/** The draft as a rule set, or why each rule that stops it being saved is wrong. */
function check(draft: Draft, locale: string | undefined): Checked {
  const problems: Partial<Record<RuleKey, string>> = {};
  const rules = {} as Record<RuleKey, number>;
  for (const key of RULE_KEYS) {
    const value = parseRuleInput(draft[key]);
    if (value === undefined) problems[key] = `Enter a number, such as ${formatRuleValue(DEFAULT_RULES[key], locale)}.`;
    else rules[key] = value;
  }
  if (Object.keys(problems).length > 0) return { problems };
  for (const problem of ruleProblems(rules, (value) => formatRuleValue(value, locale))) problems[problem.key] ??= problem.message;
  return Object.keys(problems).length > 0 ? { problems } : { rules, problems };
}

export function RulesPage() {
  const styles = useStyles();
  const port = usePort();
  const locale = paneLocale();
  const [config, setConfig] = useState<PmoConfig>();
  const [draft, setDraftState] = useState<Draft>();
  const [saved, setSaved] = useState(false);
  const [state, run] = useTask<void>();
  // The Load button goes once the rules are shown: focus moves to the first rule, not to the page body.
  const firstRule = useRef<HTMLInputElement>(null);
  const loaded = draft !== undefined;
  useEffect(() => {
    if (loaded) firstRule.current?.focus();
  }, [loaded]);
  /** Any change to the draft makes "Saved" untrue. */
  const setDraft = (next: Draft) => {
    setDraftState(next);
    setSaved(false);
  };
  const load = () =>
    run(async () => {
      const current = await readRules(port);
      setConfig(current);
      setDraft(draftOf(current.rules, locale));
    });
  const checked = draft ? check(draft, locale) : undefined;
  const wrong = checked ? Object.keys(checked.problems).length : 0;
  const save = () =>
    run(async () => {
      if (!config || !checked?.rules) return;
      await saveRules(port, config, checked.rules);
      setSaved(true);
    });
  return (
    <section className={styles.page} aria-labelledby="rules-heading">
      <HiddenHeading level={2} id="rules-heading">Rules</HiddenHeading>
      {!draft && (
        <Button appearance="primary" onClick={load} disabled={state.running}>
          Load the rules from PMO Config
        </Button>
      )}
      <TaskStatus state={state} />
      {config && config.warnings.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{config.warnings.map((warning) => warning.message).join(" ")}</MessageBarBody>
        </MessageBar>
      )}
      {draft &&
        RULE_GROUPS.map((group) => (
          <fieldset key={group.title} className={styles.group}>
            <legend>
              <Subtitle2>{group.title}</Subtitle2>
            </legend>
            {group.rules.map(({ key, label }, index) => (
              <Field key={key} label={label} hint={`${RULE_DESCRIPTIONS[key]}. Default ${formatRuleValue(DEFAULT_RULES[key], locale)}; ${key} in PMO Config.`} validationMessage={checked?.problems[key]}>
                <Input ref={group === RULE_GROUPS[0] && index === 0 ? firstRule : undefined} value={draft[key]} inputMode="decimal" onChange={(_, data) => setDraft({ ...draft, [key]: data.value })} />
              </Field>
            ))}
          </fieldset>
        ))}
      {draft && (
        <div className={styles.actions}>
          <Button appearance="primary" onClick={save} disabled={state.running || !checked?.rules}>
            Save to PMO Config
          </Button>
          <Button onClick={() => setDraft(draftOf(DEFAULT_RULES, locale))}>Reset to defaults</Button>
          {wrong > 0 && <Caption1 role="status">{wrong === 1 ? "1 rule needs fixing before saving; the reason is beside it." : `${wrong} rules need fixing before saving; the reasons are beside them.`}</Caption1>}
        </div>
      )}
      {saved && (
        <MessageBar intent="success">
          <MessageBarBody>Saved to PMO Config: the functions' thresholds ranges, the checks and the next summary use them.</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
