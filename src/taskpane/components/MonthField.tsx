/** The reporting month, as YYYY-MM. */
import { Field, Input } from "@fluentui/react-components";

export function MonthField({ value, onChange }: { value: string; onChange: (month: string) => void }) {
  return (
    <Field label="Month" hint="The as-of date is the month's last day">
      <Input type="month" value={value} onChange={(_, data) => onChange(data.value)} />
    </Field>
  );
}
