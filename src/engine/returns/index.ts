/** Collecting project returns (SPEC 10): the pure engine the CLI, the writer and the task pane build on. */
export * from "./returns-types";
export { collectReturns } from "./collect-returns";
export type { CollectOptions } from "./collect-returns";
export { governedSheets } from "./governed-sheets";
export { changesLogRows, returnsLogRows, RETURNS_LOG_HEADER, CHANGES_LOG_HEADER } from "./returns-log-rows";
export type { LogRow } from "./returns-log-rows";
export { describeWrite } from "./typed-values";
