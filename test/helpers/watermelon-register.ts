/**
 * A register for the watermelon check (SPEC 2), each project's expectation worked out by hand.
 */
import { emptyMapping } from "../../src/engine/config";
import { readPortfolio } from "../../src/engine/read-portfolio";
import { dayFromParts } from "../../src/engine/values";

/**
 * Cost only (no PV, no dates, no risks, no milestones): CPI = EV / AC decides the computed status;
 * CPI 0.85 is Red (< 0.90), 0.93 and 0.94 Amber (< 0.95), 1.00 Green, no figures Grey.
 */
export const WATERMELON_REGISTER: unknown[][] = [
  ["Portfolio register, November 2026"],
  ["Project ID", "Project Name", "Status", "RAG", "BAC", "Actual Cost", "Earned Value", "RAG Override", "Override Reason"],
  ["W-1", "Depot", "Active", "Green", 1000, 1000, 850], // row 3: 1 vs Red 3: optimistic
  ["W-2", "Bridge", null, "Amber/Green", 1000, 1000, 930], // 1.5 vs Amber 2: not
  ["W-3", "Canal", null, "A/G", 1000, 1000, 850], // row 5: 1.5 vs Red 3: optimistic
  ["W-4", "Dock", null, "Green", 1000, 1000, 940], // row 6: 1 vs Amber 2: optimistic
  ["W-5", "Eyot", null, "Amber/Red", 1000, 1000, 850], // 2.5 vs Red 3: not
  ["W-6", "Ferry", null, "Green"], // Grey: not assessed
  ["W-7", "Gate", "Closed", "Green", 1000, 1000, 500], // not active
  ["W-8", "Harbour", null, "Green", 1000, 1000, 850, "Green", "Recovery plan agreed"], // row 10: overridden Green, computed Red: optimistic
  ["W-9", "Inlet", null, "Red", 1000, 1000, 1000], // worse than Green: not
  ["W-10", "Jetty", null, null, 1000, 1000, 850], // reports nothing
];

export function watermelonPortfolio() {
  return readPortfolio({ projects: { name: "Projects", rows: WATERMELON_REGISTER, firstRow: 1, firstColumn: 1 } }, emptyMapping(), 1900, { asOf: dayFromParts(2026, 11, 30)! });
}
