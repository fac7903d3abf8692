import { Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";

const FUNCTION_GROUPS: ReadonlyArray<{ title: string; names: readonly string[]; summary: string }> = [
  {
    title: "Risk",
    names: ["RISKSCORE", "RISKRATING", "RISKEXPOSURE", "HEATMAP", "CONTINGENCY"],
    summary: "Score and rate risks, expected exposure, a 5 x 5 heat map and a Monte Carlo reserve.",
  },
  {
    title: "Earned value",
    names: ["SCHEDULEVARIANCE", "COSTVARIANCE", "SPI", "CPI", "EAC", "ETC", "VAC", "TCPI", "PLANNEDVALUE", "SLIPPAGE"],
    summary: "Schedule and cost performance, forecasts at completion and slippage in days.",
  },
  {
    title: "Status",
    names: ["RAG", "RAGREASON", "RAGWORST", "RAGCOUNT", "ROLLUP"],
    summary: "Green, Amber, Red or Grey by the portfolio rules, the reasons in words, and roll-ups that spill.",
  },
  {
    title: "Prioritisation",
    names: ["PRIORITY", "WSJF"],
    summary: "Weighted priority scores and weighted shortest job first.",
  },
  {
    title: "Budget",
    names: ["FISCALYEAR", "FISCALPERIOD", "PHASE", "FYTD"],
    summary: "Fiscal years and periods, an amount phased over its months to the cent, and fiscal-year-to-date sums.",
  },
];

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalS },
  names: { fontFamily: tokens.fontFamilyMonospace, display: "block" },
});

export function FunctionList() {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {FUNCTION_GROUPS.map((group) => (
        <li key={group.title} className={styles.item}>
          <Subtitle2 as="h3">{group.title}</Subtitle2>
          <Caption1 className={styles.names}>{group.names.map((name) => `PMO.${name}`).join(", ")}</Caption1>
          <Caption1>{group.summary}</Caption1>
        </li>
      ))}
    </ul>
  );
}
