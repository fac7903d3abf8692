/**
 * The reporting month, as YYYY-MM: one for the whole pane (every page's field shows and sets the
 * same month). An empty or impossible month is said here, beside the field, and the page's action
 * waits for a month rather than failing.
 */
import { Field, Input } from "@fluentui/react-components";
import { usePaneSettings } from "../pane-state";

export function MonthField() {
  const { month, setMonth, monthIsValid } = usePaneSettings();
  return (
    <Field label="Month" hint="The as-of date is the month's last day" validationMessage={monthIsValid ? undefined : "Choose a month to work on, such as 2026-11."}>
      <Input type="month" value={month} onChange={(_, data) => setMonth(data.value)} />
    </Field>
  );
}
