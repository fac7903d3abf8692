/** The key figures as a grid of labelled values. */
import type { Report } from "../../../engine/report/report-types";
import { FigureGrid } from "../../components/FigureGrid";
import { countText, indexText, shortMoney } from "../../format";

export function Kpis({ report }: { report: Report }) {
  const { totals } = report.json;
  const figures: [string, string][] = [
    ["Active projects", `${totals.active}`],
    ["Red", `${totals.red}`],
    ["Amber", `${totals.amber}`],
    ["Green", `${totals.green}`],
    ["BAC", shortMoney(totals.bac)],
    ["EAC", shortMoney(totals.eac)],
    ["CPI", indexText(totals.cpi)],
    ["SPI", indexText(totals.spi)],
    ["Open risks", countText(totals.openRisks)],
    ["Critical / High", `${countText(totals.criticalRisks)} / ${countText(totals.highRisks)}`],
    ["Exposure", shortMoney(totals.exposure)],
    ["Findings", `${report.json.governance.errors} errors`],
  ];
  return <FigureGrid label="Key figures" figures={figures} />;
}
