/**
 * The worksheet readers' figures alone (scripts/bench/sheet-scan.ts), until they join `npm run
 * bench`: esbuild scripts/bench-scan.ts --bundle --platform=node --outfile=out/bench/bench-scan.js
 * && node --expose-gc out/bench/bench-scan.js
 */
import { benchSheetScan } from "./bench/sheet-scan";
import { printTable } from "./bench/timing";

console.log(`Worksheet readers, Node ${process.version}`);
printTable(benchSheetScan());
