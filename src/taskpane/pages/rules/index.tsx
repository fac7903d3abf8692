/** Rules: thresholds, bands and weights, saved to PMO Config (SPEC 8). */
import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { PmoConfig } from "../../../engine/config";
import { DEFAULT_RULES, RULE_DESCRIPTIONS, RULE_KEYS, RuleKey, RuleSet } from "../../../engine/rules";
import { readRules, saveRules } from "../../../workbook/routine";
import { TaskStatus } from "../../components/TaskStatus";
import { usePort } from "../../port-context";
import { useTask } from "../../use-task";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

type Draft = Record<RuleKey, string>;

const draftOf = (rules: RuleSet): Draft => Object.fromEntries(RULE_KEYS.map((key) => [key, String(rules[key])])) as Draft;

/** The draft as a rule set, or the first key whose value is not a number of 0 or more. */
function rulesOf(draft: Draft): RuleSet | RuleKey {
  const rules = {} as Record<RuleKey, number>;
  for (const key of RULE_KEYS) {
    const value = Number(draft[key]);
    if (draft[key].trim() === "" || !Number.isFinite(value) || value < 0) return key;
    rules[key] = value;
  }
  return rules;
}

export function RulesPage() {
  const styles = useStyles();
  const port = usePort();
  const [config, setConfig] = useState<PmoConfig>();
  const [draft, setDraft] = useState<Draft>();
  const [saved, setSaved] = useState(false);
  const [state, run] = useTask<void>();
  const load = () =>
    run(async () => {
      const current = await readRules(port);
      setConfig(current);
      setDraft(draftOf(current.rules));
      setSaved(false);
    });
  const parsed = draft ? rulesOf(draft) : undefined;
  const save = () =>
    run(async () => {
      if (!config || typeof parsed !== "object") return;
      await saveRules(port, config, parsed);
      setSaved(true);
    });
  return (
    <section className={styles.page} aria-labelledby="rules-heading">
      <h2 id="rules-heading">Rules</h2>
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
        RULE_KEYS.map((key) => (
          <Field
            key={key}
            label={key}
            hint={`${RULE_DESCRIPTIONS[key]} (default ${DEFAULT_RULES[key]})`}
            validationMessage={parsed === key ? "Enter a number of 0 or more" : undefined}
          >
            <Input value={draft[key]} inputMode="decimal" onChange={(_, data) => setDraft({ ...draft, [key]: data.value })} />
          </Field>
        ))}
      {draft && (
        <div className={styles.actions}>
          <Button appearance="primary" onClick={save} disabled={state.running || typeof parsed !== "object"}>
            Save to PMO Config
          </Button>
          <Button onClick={() => setDraft(draftOf(DEFAULT_RULES))}>Reset to defaults</Button>
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
