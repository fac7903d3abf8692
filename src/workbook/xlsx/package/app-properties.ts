/**
 * `docProps/app.xml` lists the workbook's sheet titles (TitlesOfParts) and how many of them are
 * worksheets (HeadingPairs). Excel rewrites it on save, but other tools show it, so a sheet we add
 * is listed there too. An app.xml of another shape is left as it is: it is only a summary.
 */
import { escapeCellText } from "./xml-text";

const VECTOR = /(<(\w+:)?vector\b[^>]*\bsize=")(\d+)("[^>]*>)([\s\S]*?)(<\/\2?vector>)/;
const WORKSHEET_HEADINGS = new Set(["worksheets", "arbeitsblätter", "feuilles de calcul", "hojas de cálculo", "fogli di lavoro", "werkbladen", "planilhas"]);

/** app.xml with `titles` added to the worksheet titles, or as it was when its shape is not the usual one. */
export function withWorksheetTitles(appXml: string, titles: readonly string[]): string {
  if (titles.length === 0) return appXml;
  const headings = /<(\w+:)?HeadingPairs>[\s\S]*?<\/\1?HeadingPairs>/.exec(appXml);
  const parts = /<(\w+:)?TitlesOfParts>[\s\S]*?<\/\1?TitlesOfParts>/.exec(appXml);
  if (!headings || !parts) return appXml;
  const pairVector = VECTOR.exec(headings[0]);
  const titleVector = VECTOR.exec(parts[0]);
  if (!pairVector || !titleVector) return appXml;
  // Heading pairs alternate a name and a count: Worksheets 4, Named Ranges 2 ...
  const pairs = [...pairVector[5].matchAll(/<(\w+:)?variant>\s*<\1?(lpstr|i4)>([^<]*)<\/\1?\2>\s*<\/\1?variant>/g)].map((m) => m[3]);
  let offset = 0;
  let pairIndex = -1;
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    if (WORKSHEET_HEADINGS.has(pairs[i].trim().toLowerCase())) {
      pairIndex = i;
      break;
    }
    offset += Number(pairs[i + 1]) || 0;
  }
  if (pairIndex < 0) return appXml;
  const count = Number(pairs[pairIndex + 1]);
  const titleItems = [...titleVector[5].matchAll(/<(\w+:)?lpstr>[^<]*<\/\1?lpstr>|<(\w+:)?lpstr\/>/g)];
  if (!Number.isInteger(count) || titleItems.length !== Number(titleVector[3]) || offset + count > titleItems.length) return appXml;

  const prefix = titleVector[2] ?? "";
  const insertAt = offset + count === 0 ? 0 : titleItems[offset + count - 1].index! + titleItems[offset + count - 1][0].length;
  const added = titles.map((title) => `<${prefix}lpstr>${escapeCellText(title)}</${prefix}lpstr>`).join("");
  const newTitles = titleVector[5].slice(0, insertAt) + added + titleVector[5].slice(insertAt);
  const newTitleVector = `${titleVector[1]}${titleItems.length + titles.length}${titleVector[4]}${newTitles}${titleVector[6]}`;

  let seen = 0;
  const newPairs = pairVector[5].replace(/(<(\w+:)?i4>)(\d+)(<\/\2?i4>)/g, (whole, open, _p, digits, close) => {
    const isWorksheetCount = seen === pairIndex / 2;
    seen += 1;
    return isWorksheetCount ? `${open}${Number(digits) + titles.length}${close}` : whole;
  });
  const newHeadings = replaceOnce(headings[0], pairVector[0], `${pairVector[1]}${pairVector[3]}${pairVector[4]}${newPairs}${pairVector[6]}`);
  const newParts = replaceOnce(parts[0], titleVector[0], newTitleVector);
  return replaceOnce(replaceOnce(appXml, headings[0], newHeadings), parts[0], newParts);
}

/** `text` with the first `find` replaced by `replacement` taken literally (no `$` patterns). */
function replaceOnce(text: string, find: string, replacement: string): string {
  const at = text.indexOf(find);
  return at < 0 ? text : text.slice(0, at) + replacement + text.slice(at + find.length);
}
