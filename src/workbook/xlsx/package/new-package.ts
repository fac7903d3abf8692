/**
 * A new workbook built from sheet plans alone, with no spreadsheet library: a minimal package with
 * one placeholder sheet, into which the plans are spliced (the first replaces the placeholder).
 * Runs in a browser too, which is how preview mode makes its sample workbook.
 */
import { SheetPlan } from "../../../layout/sheet-plan";
import { splicePackage } from "./splice";
import { MINIMAL_STYLES_XML } from "./styles-merge";
import { PackageParts, setPartText } from "./zip";

const XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function emptyPackage(firstSheet: string): PackageParts {
  const name = firstSheet.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  const parts: Record<string, string> = {
    "[Content_Types].xml":
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `</Types>`,
    "_rels/.rels": `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `${XML}<workbook xmlns="${MAIN}" xmlns:r="${OFFICE_RELS}"><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels":
      `${XML}<Relationships xmlns="${RELS}">` +
      `<Relationship Id="rId1" Type="${OFFICE_RELS}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${OFFICE_RELS}/styles" Target="styles.xml"/>` +
      `</Relationships>`,
    "xl/worksheets/sheet1.xml": `${XML}<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`,
    "xl/styles.xml": MINIMAL_STYLES_XML,
  };
  const created = PackageParts.empty();
  for (const [path, text] of Object.entries(parts)) setPartText(created, path, text);
  return created;
}

/** A workbook holding exactly these sheets, in this order. */
export function packageFromPlans(plans: readonly SheetPlan[]): Uint8Array {
  if (plans.length === 0) throw new Error("A workbook needs at least one sheet");
  const parts = emptyPackage(plans[0].name);
  splicePackage(parts, plans);
  return parts.toBytes();
}
