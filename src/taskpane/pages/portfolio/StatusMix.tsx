/** A status mix as one stacked bar (Red first: what needs attention reads first), with the counts in words. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { RAG } from "../../../engine/constants";
import type { StatusCounts } from "../../../engine/report/report-types";
import { STATUS_COLORS } from "../../../layout/styles";

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  bar: { display: "flex", height: "12px", borderRadius: tokens.borderRadiusMedium, overflow: "hidden", backgroundColor: tokens.colorNeutralBackground3 },
  counts: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export function statusParts(counts: StatusCounts) {
  return [
    [RAG.red, counts.red],
    [RAG.amber, counts.amber],
    [RAG.green, counts.green],
    [RAG.grey, counts.grey],
  ] as const;
}

/** `label` names what the mix is of ("Status mix", "Programme A"); the counts follow in words. */
export function StatusMix({ counts, label, caption }: { counts: StatusCounts; label: string; caption?: string }) {
  const styles = useStyles();
  const parts = statusParts(counts);
  const total = Math.max(1, parts.reduce((sum, [, count]) => sum + count, 0));
  const description = parts
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status}`)
    .join(", ");
  return (
    <figure className={styles.figure}>
      <div className={styles.bar} role="img" aria-label={`${label}: ${description || "no projects"}`}>
        {parts.map(([status, count]) =>
          count > 0 ? <span key={status} style={{ width: `${(count / total) * 100}%`, backgroundColor: `#${STATUS_COLORS[status].font}` }} /> : null,
        )}
      </div>
      <figcaption className={styles.counts}>{caption ? `${description} · ${caption}` : description}</figcaption>
    </figure>
  );
}
