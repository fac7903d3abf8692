/** Check: governance findings grouped by rule; choosing one selects its cell (SPEC 8). */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { countFindings, Finding, GOVERNANCE_RULES } from "../../../engine/findings";
import { loadWorkbook } from "../../../workbook/routine";
import { MonthField } from "../../components/MonthField";
import { TaskStatus } from "../../components/TaskStatus";
import { usePort } from "../../port-context";
import { useKeptTask, usePaneSettings } from "../../pane-state";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

function titleOf(rule: string): string {
  return Object.values(GOVERNANCE_RULES).find((candidate) => candidate.id === rule)?.title ?? rule;
}

function byRule(findings: readonly Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) groups.set(finding.rule, [...(groups.get(finding.rule) ?? []), finding]);
  return [...groups.entries()];
}

export function CheckPage() {
  const styles = useStyles();
  const port = usePort();
  const { month, monthIsValid } = usePaneSettings();
  const [selected, setSelected] = useState<string>();
  const [state, run] = useKeptTask<Finding[]>("check");
  const check = () => run(async () => (await loadWorkbook(port, month)).findings);
  const goTo = async (finding: Finding) => {
    await port.goToCell(finding.sheet, finding.cell);
    setSelected(`${finding.sheet}!${finding.cell}`);
  };
  const counts = state.result ? countFindings(state.result) : undefined;
  return (
    <section className={styles.page} aria-labelledby="check-heading">
      <h2 id="check-heading">Check</h2>
      <MonthField />
      <Button appearance="primary" onClick={check} disabled={state.running || !monthIsValid}>
        Check governance
      </Button>
      <TaskStatus state={state} />
      {counts && (
        <p aria-live="polite" data-testid="check-summary">
          {state.result!.length === 0 ? "No governance findings." : `${counts.errors} errors, ${counts.warnings} warnings`}
        </p>
      )}
      {selected && <Caption1 aria-live="polite">Selected {selected}</Caption1>}
      {state.result && state.result.length > 0 && (
        <Accordion multiple collapsible>
          {byRule(state.result).map(([rule, findings]) => (
            <AccordionItem key={rule} value={rule}>
              <AccordionHeader>
                {titleOf(rule)} ({findings.length}, {findings[0].severity})
              </AccordionHeader>
              <AccordionPanel>
                <ul className={styles.list}>
                  {findings.map((finding) => (
                    <li key={`${finding.sheet}!${finding.cell}:${finding.message}`}>
                      <Link as="button" onClick={() => void goTo(finding)}>
                        {finding.sheet}!{finding.cell}
                      </Link>{" "}
                      {finding.message}
                    </li>
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </section>
  );
}
