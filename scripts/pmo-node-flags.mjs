/**
 * The Node flags the `pmo` command runs with: the first line of dist/cli/pmo.js (env -S passes
 * them on Linux and macOS), and what npm run demo runs it with.
 *
 * A young generation of 32 MB semi-spaces: reading a register makes many short-lived objects
 * (cells, parsed values), which die there rather than being promoted and marked. 64 MB (the
 * figure when ExcelJS read the workbooks) costs 60 MB more peak memory on a 50,000-project
 * report for no gain in time; 16 MB no more than 32.
 *
 * --expose-gc: pmo collects its garbage between the phases of a report (src/cli/garbage.ts),
 * which keeps its peak memory within bounds V8's own schedule would let grow by half again.
 */
export const PMO_NODE_FLAGS = ["--max-semi-space-size=32", "--expose-gc"];
