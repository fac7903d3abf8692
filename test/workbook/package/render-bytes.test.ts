/**
 * renderSheetBytes (what the package stores, encoded a batch at a time) gives exactly the UTF-8 of
 * renderSheetXml, on a sheet long enough to take several batches and holding text beyond ASCII.
 */
import { renderSheetBytes, renderSheetXml } from "../../../src/workbook/xlsx/package/sheet-xml";
import { CellStyleName } from "../../../src/layout/styles";
import { PlanCell } from "../../../src/layout/sheet-plan";
import { summaryPlan } from "./plans";

const styleIndex = (name: CellStyleName) => name.length;
const dxfIds = { Green: 4, Amber: 5, Red: 6, Grey: 7 };

test("the bytes are the UTF-8 of the XML, across batches", () => {
  const plan = summaryPlan();
  const words = ["Café crème", "Zürich – Genève", "東京 🚀 plan", "plain text & <tags>", "ß"];
  const extra: PlanCell[][] = [];
  for (let r = 0; r < 30_000; r++) extra.push([{ value: words[r % words.length], style: "text" }, { value: r * 1.5 }, { value: { date: 20_000 + (r % 400) }, style: "date" }]);
  const long = { ...plan, rows: [...plan.rows, ...extra] };
  const bytes = renderSheetBytes(long, styleIndex, dxfIds);
  const xml = renderSheetXml(long, styleIndex, dxfIds);
  expect(xml.length).toBeGreaterThan(2 * 1024 * 1024);
  expect(Buffer.from(bytes).equals(Buffer.from(new TextEncoder().encode(xml)))).toBe(true);
  expect(Buffer.from(renderSheetBytes(plan, styleIndex, dxfIds)).toString("utf8")).toBe(renderSheetXml(plan, styleIndex, dxfIds));
});
