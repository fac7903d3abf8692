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

/** A sum that is null when nothing was added to it: no data is not the same as zero (SPEC 2). */
class NullableSum {
  private total = 0;
  private terms = 0;
  add(value: number | null | undefined): void {
    if (value === null || value === undefined) return;
    this.total += value;
    this.terms += 1;
  }
  get value(): number | null {
    return this.terms === 0 ? null : this.total;
  }
}

export function sumFigures(statuses: readonly ProjectStatus[]): ValueFigures {
  const bac = new NullableSum();
  const ac = new NullableSum();
  const ev = new NullableSum();
  const pv = new NullableSum();
  const eac = new NullableSum();
  let cpiEv = 0;
  let cpiAc = 0;
  let spiEv = 0;
  let spiPv = 0;
  for (const status of statuses) {
    const project = status.project;
    bac.add(project.bac);
    ac.add(project.ac);
    ev.add(status.ev);
    pv.add(status.pv);
    eac.add(status.eac);
    if (status.ev !== null && project.ac !== undefined) {
      cpiEv += status.ev;
      cpiAc += project.ac;
    }
    if (status.ev !== null && status.pv !== null) {
      spiEv += status.ev;
      spiPv += status.pv;
    }
  }
  return { bac: bac.value, ac: ac.value, ev: ev.value, pv: pv.value, eac: eac.value, cpi: cpiAc === 0 ? null : cpiEv / cpiAc, spi: spiPv === 0 ? null : spiEv / spiPv };
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

/** Which risk figures the registers can give at all: none without a risk register, no ratings without probability and impact. */
export interface RiskData {
  register: boolean;
  ratings: boolean;
}

export function buildTotals(projectRows: number, statuses: readonly ProjectStatus[], risks: RiskFigures, data: RiskData): ReportTotals {
  const counts = countStatuses(statuses.map((status) => ({ rag: status.assessment.status })));
  return {
    projects: projectRows,
    active: statuses.length,
    ...counts,
    ...sumFigures(statuses),
    openRisks: data.register ? risks.openThreats : null,
    criticalRisks: data.ratings ? countRated(risks.ratedThreats, RISK_RATING.critical) : null,
    highRisks: data.ratings ? countRated(risks.ratedThreats, RISK_RATING.high) : null,
    exposure: risks.exposure,
  };
}

/** One row per group, sorted by name; `highRisks` counts open threats rated High or Critical. */
export function buildRollup(statuses: readonly ProjectStatus[], lines: readonly ProjectLine[], risks: RiskFigures, data: RiskData): RollupRow[] {
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
        openRisks: data.register ? (risks.openThreatsByGroup.get(group) ?? 0) : null,
        highRisks: data.ratings ? (highByGroup.get(group) ?? 0) : null,
      };
    });
}
