/** The status mix as one stacked bar, with the counts written out for screen readers. */
import { makeStyles } from "@fluentui/react-components";
import { RAG } from "../../../engine/constants";
import type { ReportTotals } from "../../../engine/report/report-types";
import { STATUS_COLORS } from "../../../layout/styles";

const useStyles = makeStyles({
  bar: { display: "flex", height: "18px", borderRadius: "4px", overflow: "hidden" },
});

export function StatusMix({ totals }: { totals: ReportTotals }) {
  const styles = useStyles();
  const parts = [
    [RAG.green, totals.green],
    [RAG.amber, totals.amber],
    [RAG.red, totals.red],
    [RAG.grey, totals.grey],
  ] as const;
  const total = Math.max(1, totals.active);
  const description = parts.map(([status, count]) => `${status} ${count}`).join(", ");
  return (
    <figure style={{ margin: 0 }}>
      <div className={styles.bar} role="img" aria-label={`Status mix: ${description}`}>
        {parts.map(([status, count]) => (
          <span key={status} style={{ width: `${(count / total) * 100}%`, backgroundColor: `#${STATUS_COLORS[status].font}` }} />
        ))}
      </div>
      <figcaption>{description}</figcaption>
    </figure>
  );
}
