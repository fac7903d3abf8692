/* ExcelJS's streaming reader alone over every row of a workbook: the floor pmo's reading stands on. */
const ExcelJS = require("exceljs");

(async () => {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[2], { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit" });
  let rows = 0;
  for await (const worksheet of reader) for await (const row of worksheet) rows += row.number > 0 ? 1 : 0;
  if (rows === 0) process.exitCode = 1;
})();
