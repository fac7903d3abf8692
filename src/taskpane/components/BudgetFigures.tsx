/**
 * The budget review's figures (SPEC 9) on the Portfolio and Report pages: the year to date and
 * the outturn against the FY budget, and the projects that must explain a variance.
 */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { BudgetReview } from "../../engine/budget/budget-types";
import { flaggedBudgetProjects } from "../../engine/budget/flagged-projects";
import { FigureGrid } from "./FigureGrid";
import { SectionHeading } from "./Headings";
import { shortMoney, signedMoney, signedPercent } from "../format";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** The flagged projects the pane lists; the summary sheet lists them all. */
const LISTED = 5;

export function BudgetFigures({ budget, month }: { budget: BudgetReview | null; month: string }) {
  const styles = useStyles();
  if (!budget) return null;
  const flagged = flaggedBudgetProjects(budget);
  const figures: [string, string][] = [
    ["FY budget", shortMoney(budget.fullYear.budget)],
    ["YTD budget", shortMoney(budget.ytd.budget)],
    ["YTD actual", shortMoney(budget.ytd.actual)],
    ["YTD variance", `${signedMoney(budget.ytd.variance)} (${signedPercent(budget.ytd.variancePct)})`],
    ["Outturn", shortMoney(budget.fullYear.outturn)],
    ["Outturn variance", `${signedMoney(budget.fullYear.variance)} (${signedPercent(budget.fullYear.variancePct)})`],
  ];
  return (
    <>
      <SectionHeading>
        Budget review, {budget.fiscalYear} to {month}
      </SectionHeading>
      <FigureGrid label="Budget figures" figures={figures} />
      {flagged.length === 0 ? (
        <Caption1>No project is Red or Amber on budget.</Caption1>
      ) : (
        <>
          <Caption1>
            {flagged.length} {flagged.length === 1 ? "project" : "projects"} to explain a variance{flagged.length > LISTED ? `; the ${LISTED} largest:` : ":"}
          </Caption1>
          <ul className={styles.list} aria-label="Projects to explain a budget variance">
            {flagged.slice(0, LISTED).map((project) => (
              <li key={project.id}>
                <Caption1>
                  {project.status} {project.id} {project.name}: {project.reasons.join("; ")}
                  {project.comment ? ` (${project.comment})` : " (no comment)"}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
