/**
 * Headings in the pane's own type ramp (issue 12, item 12). Office already shows the add-in's name
 * in the pane's title bar and the tab shows the page's, so the page title and the page heading are
 * there for screen readers and the document outline only: visually hidden, not removed. Sections
 * within a page get Fluent's Subtitle 2.
 */
import { makeStyles, Subtitle2 } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  // The usual visually-hidden pattern: out of sight, still in the accessibility tree.
  hidden: { position: "absolute", width: "1px", height: "1px", margin: "-1px", padding: 0, overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap", border: 0 },
  section: { display: "block", margin: 0 },
});

export function HiddenHeading({ level, id, children }: { level: 1 | 2; id?: string; children: ReactNode }) {
  const styles = useStyles();
  const Tag = level === 1 ? "h1" : "h2";
  return (
    <Tag id={id} className={styles.hidden}>
      {children}
    </Tag>
  );
}

export function SectionHeading({ children }: { children: ReactNode }) {
  const styles = useStyles();
  return (
    <Subtitle2 as="h3" className={styles.section}>
      {children}
    </Subtitle2>
  );
}
