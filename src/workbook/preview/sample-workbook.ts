/**
 * The bundled sample as .xlsx bytes, made in the browser from the same generator as
 * `pmo init --sample` and written by the package writer (no spreadsheet library needed).
 */
import { defaultConfig } from "../../engine/config";
import { CREATED_KINDS } from "../../engine/schema/fields";
import { configPlan } from "../../layout/config-plan";
import { governedSheetPlan } from "../../layout/governed-plan";
import { generateSamplePortfolio } from "../../sample";
import { packageFromPlans } from "../xlsx/package/new-package";

export const SAMPLE_FILE_NAME = "sample-portfolio.xlsx";
export const PREVIEW_SAMPLE_PROJECTS = 500;

export function sampleWorkbook(month: string, projects = PREVIEW_SAMPLE_PROJECTS): Uint8Array {
  const sample = generateSamplePortfolio({ projects, seed: 1, month });
  const plans = CREATED_KINDS.map((kind) => governedSheetPlan(kind, sample[kind]?.rows ?? []));
  return packageFromPlans([...plans, configPlan(defaultConfig())]);
}
