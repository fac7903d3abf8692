/** The key figures as a grid of labelled values. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Report } from "../../../engine/report/report-types";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(120px, 1fr))", gap: tokens.spacingHorizontalS, margin: 0 },
  item: { display: "flex", flexDirection: "column-reverse" },
  value: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

import { countText, indexText, shortMoney } from "../../format";

export function Kpis({ report }: { report: Report }) {
  const styles = useStyles();
  const { totals } = report.json;
  const figures: [string, string][] = [
    ["Active projects", `${totals.active}`],
    ["Red", `${totals.red}`],
    ["Amber", `${totals.amber}`],
    ["Green", `${totals.green}`],
    ["BAC", shortMoney(totals.bac)],
    ["EAC", shortMoney(totals.eac)],
    ["CPI", indexText(totals.cpi)],
    ["SPI", indexText(totals.spi)],
    ["Open risks", countText(totals.openRisks)],
    ["Critical / High", `${countText(totals.criticalRisks)} / ${countText(totals.highRisks)}`],
    ["Exposure", shortMoney(totals.exposure)],
    ["Findings", `${report.json.governance.errors} errors`],
  ];
  return (
    <dl className={styles.grid} aria-label="Key figures">
      {figures.map(([label, value]) => (
        <div key={label} className={styles.item}>
          <dd className={styles.value} data-kpi={label}>
            {value}
          </dd>
          <dt className={styles.label}>{label}</dt>
        </div>
      ))}
    </dl>
  );
}
