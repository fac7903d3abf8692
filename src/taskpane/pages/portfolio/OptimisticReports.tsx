/**
 * The watermelon check on the Portfolio page: projects reporting a status a full level or more
 * better than their figures (SPEC 2), with what they report beside the status shown.
 */
import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import type { Report } from "../../../engine/report/report-types";
import { StatusBadge } from "../../components/StatusBadge";
import { SectionHeading } from "../../components/Headings";

const useStyles = makeStyles({
  table: { fontSize: tokens.fontSizeBase200, tableLayout: "auto" },
});

export function OptimisticReports({ report }: { report: Report }) {
  const styles = useStyles();
  const optimistic = report.json.exceptions.filter((line) => line.optimistic);
  if (optimistic.length === 0) return null;
  return (
    <>
      <SectionHeading>Reported better than the figures</SectionHeading>
      <Table aria-label="Reported better than the figures" size="extra-small" className={styles.table}>
        <TableHeader>
          <TableRow>
            {["Project", "Reported", "Status", "Why"].map((header) => (
              <TableHeaderCell key={header}>{header}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {optimistic.map((line) => (
            <TableRow key={line.id}>
              <TableCell>
                {line.id} {line.name}
              </TableCell>
              <TableCell>{line.reportedRag}</TableCell>
              <TableCell>
                <StatusBadge status={line.rag} />
              </TableCell>
              <TableCell>{line.reasons.join("; ")}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
