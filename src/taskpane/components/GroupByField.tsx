/** The field projects are rolled up by: one for the whole pane (Portfolio's roll-up and the summary). */
import { Field, Select } from "@fluentui/react-components";
import { GROUP_FIELDS } from "../../layout/monthly-summary";
import { usePaneSettings } from "../pane-state";

export function GroupByField() {
  const { groupBy, setGroupBy } = usePaneSettings();
  return (
    <Field label="Roll up by">
      <Select value={groupBy} onChange={(_, data) => setGroupBy(data.value)}>
        {GROUP_FIELDS.map((field) => (
          <option key={field.field} value={field.field}>
            {field.header}
          </option>
        ))}
      </Select>
    </Field>
  );
}
