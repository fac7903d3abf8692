/**
 * Check: governance findings grouped by rule; choosing one selects its cell (SPEC 8). Each group's
 * severity shows with icon and colour; the arrow keys move between the groups; the confirmation
 * that a cell was selected appears beside the finding that was chosen, where the user is looking.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, Link, makeStyles, tokens, useArrowNavigationGroup } from "@fluentui/react-components";
import { useState } from "react";
import { countFindings, Finding, GOVERNANCE_RULES } from "../../../engine/findings";
import { loadWorkbook } from "../../../workbook/routine";
import { HiddenHeading } from "../../components/Headings";
import { MonthField } from "../../components/MonthField";
import { TaskStatus } from "../../components/TaskStatus";
import { useKeptTask, usePaneSettings } from "../../pane-state";
import { usePort } from "../../port-context";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  header: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  // A finding whose link has keyboard focus is ringed, not only underlined twice (Fluent's own
  // link focus style, which its higher-precedence rules keep on the link itself).
  finding: { ":focus-within": { outlineWidth: tokens.strokeWidthThick, outlineStyle: "solid", outlineColor: tokens.colorStrokeFocus2, outlineOffset: "2px", borderRadius: tokens.borderRadiusSmall } },
  selected: { color: tokens.colorPaletteGreenForeground1, marginInlineStart: tokens.spacingHorizontalXS },
});

function titleOf(rule: string): string {
  return Object.values(GOVERNANCE_RULES).find((candidate) => candidate.id === rule)?.title ?? rule;
}

function byRule(findings: readonly Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) groups.set(finding.rule, [...(groups.get(finding.rule) ?? []), finding]);
  return [...groups.entries()];
}

const keyOf = (finding: Finding) => `${finding.sheet}!${finding.cell}:${finding.message}`;

export function CheckPage() {
  const styles = useStyles();
  const port = usePort();
  const arrows = useArrowNavigationGroup({ axis: "vertical", circular: true });
  const { month, monthIsValid } = usePaneSettings();
  const [selected, setSelected] = useState<{ key: string; message: string }>();
  const [state, run] = useKeptTask<Finding[]>("check");
  const check = () => run(async () => (await loadWorkbook(port, month)).findings);
  const goTo = async (finding: Finding) => {
    await port.goToCell(finding.sheet, finding.cell);
    const where = `${finding.sheet}!${finding.cell}`;
    setSelected({ key: keyOf(finding), message: port.kind === "excel" ? `Selected ${where}` : `Selected ${where} (in Excel the sheet would show it; preview has no grid)` });
  };
  const counts = state.result ? countFindings(state.result) : undefined;
  return (
    <section className={styles.page} aria-labelledby="check-heading">
      <HiddenHeading level={2} id="check-heading">
        Check
      </HiddenHeading>
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
      {state.result && state.result.length > 0 && (
        <Accordion multiple collapsible {...arrows}>
          {byRule(state.result).map(([rule, findings]) => (
            <AccordionItem key={rule} value={rule}>
              <AccordionHeader>
                <span className={styles.header}>
                  {titleOf(rule)} <SeverityBadge severity={findings[0].severity} count={findings.length} />
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <ul className={styles.list}>
                  {findings.map((finding) => (
                    <li key={keyOf(finding)} className={styles.finding}>
                      <Link as="button" onClick={() => void goTo(finding)}>
                        {finding.sheet}!{finding.cell}
                      </Link>{" "}
                      {finding.message}
                      {selected?.key === keyOf(finding) && (
                        <Caption1 role="status" className={styles.selected}>
                          {" "}
                          ✓ {selected.message}
                        </Caption1>
                      )}
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
