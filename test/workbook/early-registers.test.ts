/**
 * The CLI reader hands each register over as its sheet is read (loadPortfolio reads it then, so
 * that its raw rows go before the next sheet): the same portfolio, findings and errors as reading
 * every sheet first, on every fixture.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { parseMonth } from "../../src/engine/values";
import { loadPortfolio } from "../../src/workbook/load-portfolio";
import { WorkbookReader } from "../../src/workbook/port";
import { xlsxFileReader } from "../../src/workbook/xlsx/xlsx-reader";

const folders = [path.join(__dirname, "..", "fixtures"), path.join(__dirname, "..", "fixtures", "real-like")];
const files = folders.flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith(".xlsx")).map((name) => path.join(folder, name)));

async function outcome(reader: WorkbookReader, registerRead?: () => void) {
  try {
    return { loaded: await loadPortfolio(reader, { asOf: parseMonth("2026-11")!.last, registerRead }) };
  } catch (error) {
    return { error: error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error) };
  }
}

describe("registers read as their sheets come", () => {
  it.each(files.map((file) => [path.relative(path.join(__dirname, ".."), file), file]))("%s reads the same as with every sheet read first", async (_name, file) => {
    const early = await outcome(xlsxFileReader(file));
    const plain = xlsxFileReader(file);
    const allFirst = await outcome({ workbookName: plain.workbookName, read: (wanted) => plain.read(wanted) });
    expect(early).toEqual(allFirst);
  });

  it("reads the sample's three registers early", async () => {
    let read = 0;
    const result = await outcome(xlsxFileReader(path.join(__dirname, "..", "fixtures", "golden.xlsx")), () => (read += 1));
    expect(result.error).toBeUndefined();
    expect(read).toBe(Object.keys(result.loaded!.sources).length);
  });
});
