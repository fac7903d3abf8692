/**
 * `npm run bench`: the performance figures of DESIGN.md "Bars", measured on this machine.
 * Figures, not assertions: the test suite never times anything.
 */
import { benchCustomFunctions } from "./bench/custom-functions";
import { printTable } from "./bench/timing";

console.log(`PMO Portfolio benchmark, Node ${process.version}, ${new Date().toISOString()}`);
console.log("\nCustom functions (evaluations per second, best of 5 runs of 1,000,000 calls)");
printTable(benchCustomFunctions());
