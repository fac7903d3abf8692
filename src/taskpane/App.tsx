import {
  Body1,
  Caption1,
  FluentProvider,
  Link,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  Title2,
  makeStyles,
  tokens,
  type Theme,
} from "@fluentui/react-components";
import { FunctionList } from "./FunctionList";

const UPCOMING_PAGES: ReadonlyArray<[string, string]> = [
  ["Portfolio", "live KPIs, status mix and the roll-up by programme"],
  ["Check", "governance findings grouped by rule; select a finding to go to its cell"],
  ["Report", "generate the monthly PMO Summary sheet"],
  ["Setup", "create the governed sheets or map the columns of existing ones"],
  ["Rules", "edit thresholds and weights, saved to PMO Config"],
];

const useStyles = makeStyles({
  root: { minHeight: "100vh", boxSizing: "border-box" },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface AppProps {
  theme: Theme;
  /** True outside Office (a plain browser): nothing is read from or written to a workbook. */
  previewMode: boolean;
}

export function App({ theme, previewMode }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={theme} className={styles.root}>
      <main className={styles.main}>
        <Title2 as="h1">PMO Portfolio</Title2>
        {previewMode && (
          <MessageBar intent="info">
            <MessageBarBody>Preview mode: running outside Excel, so no workbook is connected.</MessageBarBody>
          </MessageBar>
        )}
        <Body1>
          A governed project portfolio in Excel: risk, earned value and RAG status computed the same way in
          cells, in this pane and in the monthly summary. Your data stays in the workbook.
        </Body1>
        <Subtitle1 as="h2">Functions</Subtitle1>
        <Body1>Type =PMO. in any cell; the formula bar shows help for every argument.</Body1>
        <FunctionList />
        <Subtitle1 as="h2">Coming to this pane</Subtitle1>
        <ul className={styles.list}>
          {UPCOMING_PAGES.map(([page, purpose]) => (
            <li key={page}>
              <Body1>
                <strong>{page}</strong>: {purpose}
              </Body1>
            </li>
          ))}
        </ul>
        <Caption1>
          <Link href="support.html" target="_blank" rel="noopener">
            Help and support
          </Link>
        </Caption1>
      </main>
    </FluentProvider>
  );
}
