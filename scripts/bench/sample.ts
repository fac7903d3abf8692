/**
 * Sample generation for `pmo init --sample --projects N`: N goes up to 100,000, so generating
 * 50,000 projects (about 250,000 risks and 150,000 milestones) must take well under 5 s.
 */
import { generateSamplePortfolio } from "../../src/sample";
import { bestTime, Measurement } from "./timing";

const PROJECTS = 50_000;

export function benchSampleGeneration(): Measurement[] {
  let risks = 0;
  let milestones = 0;
  const ms = bestTime(() => {
    const sample = generateSamplePortfolio({ projects: PROJECTS, seed: 1, month: "2026-03" });
    risks = sample.risks.rows.length;
    milestones = sample.milestones.rows.length;
  }, 3);
  return [
    {
      name: `Sample of ${PROJECTS.toLocaleString("en-GB")} projects, ${risks.toLocaleString("en-GB")} risks, ${milestones.toLocaleString("en-GB")} milestones`,
      figure: `${Math.round(ms).toLocaleString("en-GB")} ms`,
      target: "< 5,000 ms",
    },
  ];
}
