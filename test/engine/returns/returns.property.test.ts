/**
 * Properties of collecting returns (SPEC 10): a return that says what the register says, however
 * it writes it (45 %, 0.45 or 45; a date as ISO text, a serial or a Date; money as "1,200" or
 * "£1,200"; a label for a 1-5 score; words in any case; columns in any order), changes nothing;
 * nor does a return whose cells are blank but for the ids.
 */
import fc from "fast-check";
import { collectReturns, GovernedWorkbook, ProjectReturnInput } from "../../../src/engine/returns";
import { dateFromDay, isoFromDay, serialFromDay } from "../../../src/engine/values";
import { day, MARCH_2026, sheet } from "./returns-fixtures";

const RETURN_DATE = day(2026, 3, 31);
const LABELS = ["VL", "Low", "Medium", "High", "Very High"];

interface ProjectRow {
  name: string;
  manager: string;
  status: string;
  percent: number;
  finish: number;
  bac: number;
  risks: { status: string; probability: number; impact: number; owner: string }[];
}

const projectRow: fc.Arbitrary<ProjectRow> = fc.record({
  name: fc.constantFrom("Alpha", "Beta", "Gamma delivery", "Data platform"),
  manager: fc.constantFrom("Alice", "Bob", "Carol Jones"),
  status: fc.constantFrom("Active", "On Hold", "Closed", ""),
  percent: fc.integer({ min: 0, max: 100 }),
  finish: fc.integer({ min: day(2026, 1, 1), max: day(2028, 12, 31) }),
  bac: fc.integer({ min: 0, max: 5_000_000 }),
  risks: fc.array(
    fc.record({ status: fc.constantFrom("Open", "Mitigating", "Closed"), probability: fc.integer({ min: 1, max: 5 }), impact: fc.integer({ min: 1, max: 5 }), owner: fc.constantFrom("Alice", "Dev Team") }),
    { maxLength: 2 },
  ),
});

/** How the return writes each kind of value: a seed per kind picks one of the spellings. */
const spellings = fc.record({ percent: fc.nat(2), date: fc.nat(2), money: fc.nat(2), label: fc.boolean(), upper: fc.boolean(), reversed: fc.boolean() });
type Spellings = { percent: number; date: number; money: number; label: boolean; upper: boolean; reversed: boolean };

const PROJECT_HEADER = ["Project ID", "Project Name", "Project Manager", "Status", "Forecast Finish", "% Complete", "BAC", "Last Updated"];
// With an owner and a response, a High or Critical open risk is no governance error (SPEC 5).
const RISK_HEADER = ["Risk ID", "Project ID", "Owner", "Response", "Status", "Probability", "Impact"];

function registerOf(rows: readonly ProjectRow[]): GovernedWorkbook {
  return {
    file: "Portfolio.xlsx",
    dateSystem: 1900,
    sheets: {
      projects: sheet("Projects", [PROJECT_HEADER, ...rows.map((row, index) => [`P${index + 1}`, row.name, row.manager, row.status, isoFromDay(row.finish), row.percent / 100, row.bac, isoFromDay(RETURN_DATE)])]),
      risks: sheet("Risks", [RISK_HEADER, ...rows.flatMap((row, index) => row.risks.map((risk, at) => [`R${index + 1}.${at + 1}`, `P${index + 1}`, risk.owner, "Weekly supplier review", risk.status, risk.probability, risk.impact]))]),
    },
  };
}

function spelledPercent(percent: number, how: number): unknown {
  if (how === 0) return `${percent}%`;
  // A number above 1 is a count of per cent; 1 itself is 100 %, so 0 % and 1 % go as fractions.
  if (how === 1 && percent > 1) return percent;
  return percent / 100;
}

function spelledDate(dayNumber: number, how: number): unknown {
  return how === 0 ? serialFromDay(dayNumber) : how === 1 ? dateFromDay(dayNumber) : isoFromDay(dayNumber);
}

function spelledMoney(amount: number, how: number): unknown {
  const grouped = amount.toLocaleString("en-GB");
  return how === 0 ? grouped : how === 1 ? `£${grouped}` : amount;
}

const withOrder = (rows: unknown[][], reversed: boolean) => (reversed ? rows.map((row) => [...row].reverse()) : rows);

function sameReturn(rows: readonly ProjectRow[], how: Spellings): ProjectReturnInput {
  const word = (text: string) => (how.upper ? text.toUpperCase() : text);
  const projects = [PROJECT_HEADER.slice(0, 7), ...rows.map((row, index) => [`P${index + 1}`, row.name, row.manager, word(row.status), spelledDate(row.finish, how.date), spelledPercent(row.percent, how.percent), spelledMoney(row.bac, how.money)])];
  const risks = [RISK_HEADER, ...rows.flatMap((row, index) => row.risks.map((risk, at) => [`R${index + 1}.${at + 1}`, `P${index + 1}`, risk.owner, "Weekly supplier review", word(risk.status), how.label ? LABELS[risk.probability - 1] : risk.probability, risk.impact]))];
  return { file: "same.xlsx", date: RETURN_DATE, dateSystem: 1900, sheets: { projects: sheet("Projects", withOrder(projects, how.reversed)), risks: sheet("Risks", withOrder(risks, how.reversed)) } };
}

function blankReturn(rows: readonly ProjectRow[]): ProjectReturnInput {
  const projects = [PROJECT_HEADER, ...rows.map((row, index) => [`P${index + 1}`, row.name, null, null, null, "", null, null])];
  const risks = [RISK_HEADER, ...rows.flatMap((row, index) => row.risks.map((_, at) => [`R${index + 1}.${at + 1}`, `P${index + 1}`, null, null, " ", null, null]))];
  return { file: "blank.xlsx", date: RETURN_DATE, dateSystem: 1900, sheets: { projects: sheet("Projects", projects), risks: sheet("Risks", risks) } };
}

describe("collecting returns, as properties", () => {
  it("a return identical to the register, however spelled, changes nothing and refuses nothing", () => {
    fc.assert(
      fc.property(fc.array(projectRow, { minLength: 1, maxLength: 5 }), spellings, (rows, how) => {
        const result = collectReturns(registerOf(rows), [sameReturn(rows, how)], { month: MARCH_2026 });
        expect(result.changes).toEqual([]);
        expect(result.refused).toEqual([]);
        expect(result.applied.map((outcome) => outcome.projectId)).toEqual(rows.map((_, index) => `P${index + 1}`));
      }),
      { numRuns: 60 },
    );
  });

  it("a return blank but for its ids (and the required names) changes nothing", () => {
    fc.assert(
      fc.property(fc.array(projectRow, { minLength: 1, maxLength: 5 }), (rows) => {
        const result = collectReturns(registerOf(rows), [blankReturn(rows)], { month: MARCH_2026 });
        expect(result.changes).toEqual([]);
        expect(result.refused).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it("a return that moves one project's % complete changes that one cell and nothing else", () => {
    fc.assert(
      fc.property(fc.array(projectRow, { minLength: 1, maxLength: 5 }), spellings, fc.nat(), (rows, how, pick) => {
        const target = pick % rows.length;
        const moved = rows.map((row, index) => (index === target ? { ...row, percent: (row.percent + 7) % 101 } : row));
        const result = collectReturns(registerOf(rows), [sameReturn(moved, how)], { month: MARCH_2026 });
        expect(result.changes.map(({ rowId, field, cell, oldValue, newValue }) => ({ rowId, field, cell, oldValue, newValue }))).toEqual([
          { rowId: `P${target + 1}`, field: "percentComplete", cell: `F${target + 2}`, oldValue: { kind: "number", value: rows[target].percent / 100 }, newValue: { kind: "number", value: moved[target].percent / 100 } },
        ]);
      }),
      { numRuns: 40 },
    );
  });
});
