/** Report: month and dimension, generate with progress, open the new sheet (SPEC 8). */
import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { generateSummary, GeneratedSummary } from "../../../workbook/routine";
import { GroupByField } from "../../components/GroupByField";
import { MonthField } from "../../components/MonthField";
import { TaskStatus } from "../../components/TaskStatus";
import { usePort } from "../../port-context";
import { useKeptTask, usePaneSettings } from "../../pane-state";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function ReportPage({ onGenerated }: { onGenerated?: () => void }) {
  const styles = useStyles();
  const port = usePort();
  const { month, groupBy, monthIsValid } = usePaneSettings();
  const [state, run] = useKeptTask<GeneratedSummary>("report", "month and grouping");
  const generate = () =>
    run(async (progress) => {
      const generated = await generateSummary(port, month, groupBy, progress);
      onGenerated?.();
      return generated;
    });
  const totals = state.result?.summary.report.json.totals;
  return (
    <section className={styles.page} aria-labelledby="report-heading">
      <h2 id="report-heading">Monthly summary</h2>
      <MonthField />
      <GroupByField />
      <Button appearance="primary" onClick={generate} disabled={state.running || !monthIsValid}>
        Generate summary
      </Button>
      <TaskStatus state={state} />
      {state.result && totals && (
        <MessageBar intent="success">
          <MessageBarBody>
            Wrote "{state.result.sheetName}" and PMO History, rolled up by {state.result.summary.groupLabel}: {totals.active} active projects, {totals.red} Red, {totals.amber} Amber, {totals.green} Green.
          </MessageBarBody>
        </MessageBar>
      )}
      {state.result && (
        <Button onClick={() => void port.activateSheet(state.result!.sheetName)}>Open {state.result.sheetName}</Button>
      )}
    </section>
  );
}
