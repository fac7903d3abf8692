/**
 * The reporting month, as YYYY-MM: one for the whole pane (every page's field shows and sets the
 * same month). An empty or impossible month is said here, beside the field, and the page's action
 * waits for a month rather than failing.
 */
import { Field, Input, makeStyles } from "@fluentui/react-components";
import { usePaneSettings } from "../pane-state";

const useStyles = makeStyles({
  // A month input is wider than a narrow column by default; it takes the column's width instead.
  input: { width: "100%", minWidth: 0 },
});

export function MonthField() {
  const styles = useStyles();
  const { month, setMonth, monthIsValid } = usePaneSettings();
  return (
    <Field label="Month" hint="Figures as of its last day" validationMessage={monthIsValid ? undefined : "Choose a month to work on, such as 2026-11."}>
      <Input className={styles.input} type="month" value={month} onChange={(_, data) => setMonth(data.value)} />
    </Field>
  );
}
