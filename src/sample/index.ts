/** The sample portfolio: a realistic, deterministic PMO register with known governance findings. */
export { generateSamplePortfolio, MAX_SAMPLE_PROJECTS } from "./generate";
export { PLANTED_FINDINGS, plantedFindingsFor } from "./planted-findings";
export type { PlantedFinding, PlantedFindingKey } from "./planted-findings";
export type { SampleCell, SampleOptions, SamplePortfolio, SampleTable } from "./types";
export { plantedFinancialFindings } from "./planted-financial-findings";
export type { PlantedFinancialFinding } from "./planted-financial-findings";
export type { PlantedFinancialKey } from "./plant-financial-findings";
