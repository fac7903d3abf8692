/**
 * The simulated Excel host in the browser, run by the page before the pane's scripts (served in
 * place of office.js, after the real excel-web-16.00.debug.js): the host with the sample portfolio
 * (the preview's project count, this month by the page's clock) answers the real client's
 * requests; office.ts stands in for office.js; `window.excelHost` lets the tests read the workbook.
 */
import { SimulatedExcel } from "../../excel-host/host";
import { sampleSheets } from "../../excel-host/sample";
import { PREVIEW_SAMPLE_PROJECTS } from "../../../src/workbook/preview/sample-workbook";
import { thisMonth } from "../../../src/workbook/routine";
import { ExcelHostInPage, inspect } from "./inspect";
import { standInForOfficeJs } from "./office";

const host = new SimulatedExcel().install();
sampleSheets(host, PREVIEW_SAMPLE_PROJECTS, thisMonth());
const associations = standInForOfficeJs();
(globalThis as unknown as { excelHost: ExcelHostInPage }).excelHost = inspect(host, associations);
