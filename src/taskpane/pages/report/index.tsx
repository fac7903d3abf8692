/** Report: month and dimension, generate with progress, open the new sheet (SPEC 8). */
import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { BudgetHeadline, generateSummary, GeneratedSummary } from "../../../workbook/routine";
import { signedMoney, signedPercent } from "../../format";
import { SettingsRow } from "../../components/SettingsRow";
import { TaskStatus } from "../../components/TaskStatus";
import { usePort } from "../../port-context";
import { useKeptTask, usePaneSettings } from "../../pane-state";
import { HiddenHeading } from "../../components/Headings";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** The budget review's headline beside the summary just written (SPEC 9). */
function BudgetHeadlineText({ budget }: { budget: BudgetHeadline }) {
  const flagged = budget.red + budget.amber;
  return (
    <Caption1 data-testid="budget-headline">
      Budget review {budget.fiscalYear}: YTD variance {signedMoney(budget.ytd.variance)} ({signedPercent(budget.ytd.variancePct)}), outturn variance {signedMoney(budget.fullYear.variance)} ({signedPercent(budget.fullYear.variancePct)});{" "}
      {flagged === 0 ? "no project to explain a variance." : `${flagged} ${flagged === 1 ? "project" : "projects"} to explain a variance (${budget.red} Red, ${budget.amber} Amber), listed on the sheet.`}
    </Caption1>
  );
}

export function ReportPage({ onGenerated }: { onGenerated?: () => void }) {
  const styles = useStyles();
  const port = usePort();
  const { month, groupBy, monthIsValid } = usePaneSettings();
  const [state, run, cancel] = useKeptTask<GeneratedSummary>("report", "month and grouping");
  const generate = () =>
    run(async (progress, signal) => {
      const generated = await generateSummary(port, month, groupBy, progress, signal);
      onGenerated?.();
      return generated;
    });
  const totals = state.result?.totals;
  const [opened, setOpened] = useState<string>();
  /** Shows the sheet; preview has no grid to show it in, so it says where the sheet is instead. */
  const openSheet = async (sheet: string) => {
    await port.activateSheet(sheet);
    setOpened(port.kind === "excel" ? `Showing "${sheet}".` : `Preview has no grid to show "${sheet}" in: download the workbook and open it in Excel to see it.`);
  };
  return (
    <section className={styles.page} aria-labelledby="report-heading">
      <HiddenHeading level={2} id="report-heading">Monthly summary</HiddenHeading>
      <SettingsRow grouping />
      <Button appearance="primary" onClick={generate} disabled={state.running || !monthIsValid}>
        Generate summary
      </Button>
      {/* Preview's worker holds a copy of the workbook, so stopping it loses nothing; inside Excel a
          write under way must run to its end, so there is no Cancel. */}
      <TaskStatus state={state} onCancel={port.kind === "preview" && port.generateOffThread ? cancel : undefined} />
      {state.result && totals && (
        <MessageBar intent="success">
          <MessageBarBody>
            Wrote "{state.result.sheetName}" and PMO History, rolled up by {state.result.groupLabel}: {totals.active} active projects, {totals.red} Red, {totals.amber} Amber, {totals.green} Green.
          </MessageBarBody>
        </MessageBar>
      )}
      {state.result?.budget && <BudgetHeadlineText budget={state.result.budget} />}
      {state.result && (
        <Button onClick={() => void openSheet(state.result!.sheetName)}>Open {state.result.sheetName}</Button>
      )}
      {opened && <Caption1 role="status">{opened}</Caption1>}
    </section>
  );
}
