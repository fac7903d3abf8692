/** Per project: what its return would change (old -> new), or why it is refused. */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ProjectOutcome, ReturnsResult } from "../../../engine/returns";
import { changesOf, changeText } from "./change-text";
import { ResultSection } from "./ResultSection";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  changes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalM, overflowWrap: "anywhere" },
});

const projectName = (outcome: ProjectOutcome) => `${outcome.projectId ?? "(no project)"} from ${outcome.file}${outcome.submittedBy ? `, sent by ${outcome.submittedBy}` : ""}`;

export function AppliedProjects({ result }: { result: ReturnsResult }) {
  const styles = useStyles();
  if (result.applied.length === 0) return null;
  return (
    <ResultSection value="applied" title="Changes to apply" count={result.applied.length}>
      <ul className={styles.list}>
        {result.applied.map((outcome) => (
          <li key={`${outcome.file}|${outcome.projectId}`} data-testid="applied-project">
            {projectName(outcome)}
            <ul className={styles.changes}>
              {changesOf(result, outcome).map((change, i) => (
                <li key={i}>
                  <Caption1>{changeText(change)}</Caption1>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </ResultSection>
  );
}

export function RefusedProjects({ result }: { result: ReturnsResult }) {
  const styles = useStyles();
  if (result.refused.length === 0) return null;
  return (
    <ResultSection value="refused" title="Refused" count={result.refused.length}>
      <ul className={styles.list}>
        {result.refused.map((outcome, i) => (
          <li key={i} data-testid="refused-project">
            {projectName(outcome)}
            <ul className={styles.changes}>
              {outcome.reasons.map((reason, j) => (
                <li key={j}>
                  <Caption1>{reason.message}</Caption1>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </ResultSection>
  );
}
