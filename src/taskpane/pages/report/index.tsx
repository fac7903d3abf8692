/** Report: month and dimension, generate with progress, open the new sheet (SPEC 8). */
import { Button, Field, makeStyles, MessageBar, MessageBarBody, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { generateSummary, GeneratedSummary, thisMonth } from "../../../workbook/routine";
import { GROUP_FIELDS } from "../../../layout/monthly-summary";
import { MonthField } from "../../components/MonthField";
import { TaskStatus } from "../../components/TaskStatus";
import { usePort } from "../../port-context";
import { useTask } from "../../use-task";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function ReportPage({ onGenerated }: { onGenerated?: () => void }) {
  const styles = useStyles();
  const port = usePort();
  const [month, setMonth] = useState(thisMonth());
  const [by, setBy] = useState("program");
  const [state, run] = useTask<GeneratedSummary>();
  const generate = () =>
    run(async (progress) => {
      const generated = await generateSummary(port, month, by, progress);
      onGenerated?.();
      return generated;
    });
  const totals = state.result?.summary.report.json.totals;
  return (
    <section className={styles.page} aria-labelledby="report-heading">
      <h2 id="report-heading">Monthly summary</h2>
      <MonthField value={month} onChange={setMonth} />
      <Field label="Roll up by">
        <Select value={by} onChange={(_, data) => setBy(data.value)}>
          {GROUP_FIELDS.map((field) => (
            <option key={field.field} value={field.field}>
              {field.header}
            </option>
          ))}
        </Select>
      </Field>
      <Button appearance="primary" onClick={generate} disabled={state.running}>
        Generate summary
      </Button>
      <TaskStatus state={state} />
      {state.result && totals && (
        <MessageBar intent="success">
          <MessageBarBody>
            Wrote "{state.result.sheetName}" and PMO History: {totals.active} active projects, {totals.red} Red, {totals.amber} Amber, {totals.green} Green.
          </MessageBarBody>
        </MessageBar>
      )}
      {state.result && (
        <Button onClick={() => void port.activateSheet(state.result!.sheetName)}>Open {state.result.sheetName}</Button>
      )}
    </section>
  );
}
