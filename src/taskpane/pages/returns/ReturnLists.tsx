/** The returns' findings (file, sheet and cell named), the files that could not be read, and the chasing list. */
import { Caption1, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import type { ReturnsResult } from "../../../engine/returns";
import type { ReturnsPreview } from "./preview-returns";
import { ResultSection } from "./ResultSection";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
});

export function UnreadableReturns({ unreadable }: { unreadable: ReturnsPreview["unreadable"] }) {
  if (unreadable.length === 0) return null;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        {unreadable.map(({ file, message }) => (
          <div key={file} data-testid="unreadable-return">
            Could not read {file}, so it is refused (the other returns are collected): {message}
          </div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}

export function ReturnFindings({ result }: { result: ReturnsResult }) {
  const styles = useStyles();
  if (result.findings.length === 0) return null;
  return (
    <ResultSection value="findings" title="Findings in the returns" count={result.findings.length}>
      <ul className={styles.list}>
        {result.findings.map((finding, i) => (
          <li key={i} data-testid="return-finding">
            <Caption1>
              {finding.file}, {finding.sheet === "" ? "" : `${finding.sheet}!`}
              {finding.cell} ({finding.severity}): {finding.message}
            </Caption1>
          </li>
        ))}
      </ul>
    </ResultSection>
  );
}

export function ChasingList({ result }: { result: ReturnsResult }) {
  const styles = useStyles();
  return (
    <ResultSection value="missing" title="No return yet" count={result.missing.length}>
      {result.missing.length === 0 ? (
        <Caption1>Every active project has a return for {result.month}.</Caption1>
      ) : (
        <ul className={styles.list}>
          {result.missing.map((missing) => (
            <li key={missing.projectId} data-testid="missing-return">
              {missing.projectId} {missing.name}: {missing.manager ?? "no manager named"}
            </li>
          ))}
        </ul>
      )}
    </ResultSection>
  );
}
