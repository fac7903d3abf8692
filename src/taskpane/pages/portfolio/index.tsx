/** Portfolio: live KPIs, the status mix and the roll-up, recomputed on Refresh (SPEC 8). */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Report } from "../../../engine/report/report-types";
import { previewSummary } from "../../../workbook/routine";
import { SettingsRow } from "../../components/SettingsRow";
import { TaskStatus } from "../../components/TaskStatus";
import { usePort } from "../../port-context";
import { useKeptTask, usePaneSettings } from "../../pane-state";
import { BudgetFigures } from "../../components/BudgetFigures";
import { Kpis } from "./Kpis";
import { OptimisticReports } from "./OptimisticReports";
import { Rollup } from "./Rollup";
import { StatusMix } from "./StatusMix";
import { HiddenHeading, SectionHeading } from "../../components/Headings";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** How the workbook was read and what it lacks (SPEC 2), so that a blank figure is never a mystery. */
function ReadingNotes({ notes }: { notes: string[] }) {
  const styles = useStyles();
  if (notes.length === 0) return null;
  return (
    <ul aria-label="How the workbook was read" className={styles.notes}>
      {notes.map((note) => (
        <li key={note}>
          <Caption1>{note}</Caption1>
        </li>
      ))}
    </ul>
  );
}

export function PortfolioPage() {
  const styles = useStyles();
  const port = usePort();
  const { month, groupBy, monthIsValid } = usePaneSettings();
  const [state, run] = useKeptTask<{ report: Report; label: string; notes: string[] }>("portfolio", "month and grouping");
  const refresh = () =>
    run(async (progress) => {
      progress("Reading the workbook");
      const summary = await previewSummary(port, month, groupBy);
      return { report: summary.report, label: summary.groupLabel, notes: summary.readingNotes };
    });
  return (
    <section className={styles.page} aria-labelledby="portfolio-heading">
      <HiddenHeading level={2} id="portfolio-heading">Portfolio</HiddenHeading>
      <SettingsRow grouping />
      <Button appearance="primary" onClick={refresh} disabled={state.running || !monthIsValid}>
        {state.result ? "Refresh" : "Show the portfolio"}
      </Button>
      <TaskStatus state={state} />
      {state.result && (
        <>
          <Caption1>
            As of {state.result.report.json.asOf}; {state.result.report.ruleSet}
          </Caption1>
          <ReadingNotes notes={state.result.notes} />
          <Kpis report={state.result.report} />
          <StatusMix counts={state.result.report.json.totals} label="Status mix" />
          <BudgetFigures budget={state.result.report.json.budget} month={state.result.report.json.month} />
          <SectionHeading>Roll-up by {state.result.label}</SectionHeading>
          <Rollup report={state.result.report} label={state.result.label} />
          <OptimisticReports report={state.result.report} />
        </>
      )}
    </section>
  );
}
