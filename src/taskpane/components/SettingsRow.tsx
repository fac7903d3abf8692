/**
 * The month (and, where a page rolls up, the grouping) side by side when the pane is wide enough
 * for both, one above the other when it is not: less of a 700 px pane goes to settings before the
 * content (issue 12, item 12).
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { GroupByField } from "./GroupByField";
import { MonthField } from "./MonthField";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-start", gap: tokens.spacingHorizontalM, "& > *": { flex: "1 1 140px", minWidth: 0 } },
});

export function SettingsRow({ grouping = false }: { grouping?: boolean }) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <MonthField />
      {grouping && <GroupByField />}
    </div>
  );
}
