/**
 * Portfolio totals and the roll-up by group (SPEC 3.6): sums over active projects; CPI and SPI
 * as ratios of sums over the projects that have both figures.
 */
import { RAG, RISK_RATING } from "../constants";
import { ProjectStatus } from "../project-status";
import { worstStatus } from "../rag";
import { compareGroupNames } from "../status-rollup";
import { countRated, HIGH_OR_CRITICAL, RiskFigures } from "./risk-figures";
import { ProjectLine, ReportTotals, RollupRow, StatusCounts, ValueFigures } from "./report-types";

export function sumFigures(statuses: readonly ProjectStatus[]): ValueFigures {
  let bac = 0;
  let ac = 0;
  let ev = 0;
  let pv = 0;
  let eac = 0;
  let cpiEv = 0;
  let cpiAc = 0;
  let spiEv = 0;
  let spiPv = 0;
  for (const status of statuses) {
    const project = status.project;
    bac += project.bac ?? 0;
    ac += project.ac ?? 0;
    ev += status.ev ?? 0;
    pv += status.pv ?? 0;
    eac += status.eac ?? 0;
    if (status.ev !== null && project.ac !== undefined) {
      cpiEv += status.ev;
      cpiAc += project.ac;
    }
    if (status.ev !== null && status.pv !== null) {
      spiEv += status.ev;
      spiPv += status.pv;
    }
  }
  return { bac, ac, ev, pv, eac, cpi: cpiAc === 0 ? null : cpiEv / cpiAc, spi: spiPv === 0 ? null : spiEv / spiPv };
}

function countStatuses(lines: readonly { rag: string }[]): StatusCounts {
  const count = { green: 0, amber: 0, red: 0, grey: 0 };
  for (const line of lines) {
    if (line.rag === RAG.green) count.green += 1;
    else if (line.rag === RAG.amber) count.amber += 1;
    else if (line.rag === RAG.red) count.red += 1;
    else count.grey += 1;
  }
  return count;
}

export function buildTotals(projectRows: number, statuses: readonly ProjectStatus[], risks: RiskFigures): ReportTotals {
  const counts = countStatuses(statuses.map((status) => ({ rag: status.assessment.status })));
  return {
    projects: projectRows,
    active: statuses.length,
    ...counts,
    ...sumFigures(statuses),
    openRisks: risks.openThreats,
    criticalRisks: countRated(risks.ratedThreats, RISK_RATING.critical),
    highRisks: countRated(risks.ratedThreats, RISK_RATING.high),
    exposure: risks.exposure,
  };
}

/** One row per group, sorted by name; `highRisks` counts open threats rated High or Critical. */
export function buildRollup(statuses: readonly ProjectStatus[], lines: readonly ProjectLine[], risks: RiskFigures): RollupRow[] {
  const groups = new Map<string, number[]>();
  lines.forEach((line, index) => {
    const members = groups.get(line.group);
    if (members) members.push(index);
    else groups.set(line.group, [index]);
  });
  const highByGroup = new Map<string, number>();
  for (const threat of risks.ratedThreats) {
    if (HIGH_OR_CRITICAL.includes(threat.rating)) highByGroup.set(threat.group, (highByGroup.get(threat.group) ?? 0) + 1);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareGroupNames(a, b))
    .map(([group, members]) => {
      const memberLines = members.map((index) => lines[index]);
      return {
        group,
        projects: members.length,
        ...countStatuses(memberLines),
        worst: worstStatus(memberLines.map((line) => line.rag)),
        ...sumFigures(members.map((index) => statuses[index])),
        openRisks: risks.openThreatsByGroup.get(group) ?? 0,
        highRisks: highByGroup.get(group) ?? 0,
      };
    });
}
