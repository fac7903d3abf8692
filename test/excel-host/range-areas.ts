/** RangeAreas: several rectangles of one sheet (worksheet.getRanges("A1:B2,D4")), formatted together. */
import { Bounds, formatBounds, sheetPrefix } from "./address";
import { HostObject } from "./host-object";
import { WorkbookModel } from "./model";
import { RangeFormatObject } from "./range-format";

export class RangeAreasObject extends HostObject {
  readonly kind = "RangeAreas";
  constructor(model: WorkbookModel, sheetId: string, areas: readonly Bounds[]) {
    super(model);
    const prefix = () => sheetPrefix(model.sheetById(sheetId).name);
    this.properties = {
      Address: { get: () => areas.map((b) => `${prefix()}!${formatBounds(b)}`).join(",") },
      AreaCount: { get: () => areas.length },
    };
    this.navigations = { Format: () => new RangeFormatObject(model, sheetId, areas) };
  }
}
