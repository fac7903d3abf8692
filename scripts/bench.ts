/**
 * `npm run bench`: the performance figures of DESIGN.md "Bars", measured on this machine.
 * Figures, not assertions: the test suite never times anything. `npm run bench` builds first, so
 * that the end-to-end `pmo` figures and the bundle sizes are of the code as it is.
 */
import { benchBundleSize } from "./bench/bundle-size";
import { benchCustomFunctions } from "./bench/custom-functions";
import { benchOfficeAdapter } from "./bench/office-adapter";
import { benchReportModel } from "./bench/report-model";
import { benchReturns } from "./bench/returns";
import { benchBudgetModel } from "./bench/budget-model";
import { benchSampleGeneration } from "./bench/sample";
import { benchSheetScan } from "./bench/sheet-scan";
import { benchTaskPane } from "./bench/task-pane";
import { printTable } from "./bench/timing";
import { benchWorkbooks } from "./bench/workbooks";

async function main(): Promise<void> {
  console.log(`PMO Portfolio benchmark, Node ${process.version}, ${new Date().toISOString()}`);
  console.log("\nCustom functions (evaluations per second, best of 5 runs of 1,000,000 calls)");
  printTable(benchCustomFunctions());
  console.log("\nEngine (best of several runs)");
  printTable([...benchSampleGeneration(), ...benchReportModel()]);
  console.log("\nBudget review (a Financials sheet of 36 months per project, long layout)");
  printTable(benchBudgetModel());
  console.log("\nWorksheet readers (streaming scan against the whole-string scan it replaced; growth on uncached formulas)");
  printTable(benchSheetScan());
  console.log("\nOffice adapter (context.sync() calls and real request sizes: the Office.js client on the simulated Excel host)");
  printTable(await benchOfficeAdapter());
  console.log("\nTask pane bundle");
  printTable(benchBundleSize());
  console.log("\nTask pane in headless Chromium (preview mode, 350x700)");
  printTable(await benchTaskPane());
  console.log("\nThe pmo command, end to end (one run each)");
  printTable(await benchWorkbooks());
  console.log("\nCollecting project returns (one run)");
  printTable(await benchReturns());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
