/**
 * The roll-up by group in the width the pane has (issue 12, item 4). In a 320-350 px pane, one
 * block per group: its name and size, a stacked status bar and the counts in words, budget and
 * CPI; at 500 px and wider, the full table. "Worst" is left out: in most portfolios every group
 * has a Red project, so it told nothing the bar does not show better.
 */
import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import type { Report } from "../../../engine/report/report-types";
import { indexText, shortMoney } from "../../format";
import { StatusMix } from "./StatusMix";

/** From this width the table fits without wrapping its figures. */
const WIDE = "@media (min-width: 500px)";

const useStyles = makeStyles({
  narrow: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: "none", [WIDE]: { display: "none" } },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  name: { fontWeight: tokens.fontWeightSemibold },
  wide: { display: "none", [WIDE]: { display: "table" } },
  figure: { whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
});

export function Rollup({ report, label }: { report: Report; label: string }) {
  const styles = useStyles();
  const rows = report.json.rollup;
  return (
    <>
      <ul className={styles.narrow} aria-label={`Roll-up by ${label}`}>
        {rows.map((row) => (
          <li key={row.group} className={styles.group}>
            <span className={styles.name}>
              {row.group} ({row.projects})
            </span>
            <StatusMix counts={row} label={row.group} caption={`BAC ${shortMoney(row.bac)}, CPI ${indexText(row.cpi)}`} />
          </li>
        ))}
      </ul>
      <Table aria-label={`Roll-up by ${label}`} size="small" className={styles.wide}>
        <TableHeader>
          <TableRow>
            {[label, "Projects", "Red", "Amber", "Green", "Grey", "BAC", "CPI"].map((header) => (
              <TableHeaderCell key={header}>{header}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.group}>
              <TableCell>{row.group}</TableCell>
              {[row.projects, row.red, row.amber, row.green, row.grey, shortMoney(row.bac), indexText(row.cpi)].map((figure, index) => (
                <TableCell key={index} className={styles.figure}>
                  {figure}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
