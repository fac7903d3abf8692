/** Labelled figures in a grid that fills the pane's width (key figures, budget figures). */
import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(120px, 1fr))", gap: tokens.spacingHorizontalS, margin: 0 },
  item: { display: "flex", flexDirection: "column-reverse" },
  value: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

/** @param figures label and value, in reading order; each value carries `data-kpi` = its label (tests find figures by it). */
export function FigureGrid({ label, figures }: { label: string; figures: readonly (readonly [string, string])[] }) {
  const styles = useStyles();
  return (
    <dl className={styles.grid} aria-label={label}>
      {figures.map(([name, value]) => (
        <div key={name} className={styles.item}>
          <dd className={styles.value} data-kpi={name}>
            {value}
          </dd>
          <dt className={styles.label}>{name}</dt>
        </div>
      ))}
    </dl>
  );
}
