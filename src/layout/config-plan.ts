/** `PMO Config` as a sheet plan: the rule set with what each rule means, then sheet names and mapping. */
import { configRows, PmoConfig } from "../engine/config";
import { RULE_DESCRIPTIONS } from "../engine/rules";
import { CONFIG_SHEET_NAME } from "../engine/schema/fields";
import { PlanBuilder } from "./plan-builder";
import { SheetPlan } from "./sheet-plan";
import { BRAND_COLOR } from "./styles";

export function configPlan(config: Pick<PmoConfig, "rules" | "mapping" | "sheetNames">): SheetPlan {
  const builder = new PlanBuilder(CONFIG_SHEET_NAME, [26, 24, 70]);
  const [header, ...rows] = configRows(config, RULE_DESCRIPTIONS);
  builder.table(header.map(String), rows, ["text", (value) => (typeof value === "number" ? undefined : "text"), "note"]);
  builder.freeze(2, 1);
  return builder.build({ landscape: false }, BRAND_COLOR);
}
