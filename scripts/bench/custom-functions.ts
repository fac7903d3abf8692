/**
 * Custom-function evaluations per second, through the same wrappers Excel calls (argument parsing,
 * the engine, error mapping), on varied inputs so that nothing is constant-folded.
 */
import "./custom-functions-runtime";
import { estimateAtCompletionFunction } from "../../src/functions/evm-functions";
import { ragFunction, ragReasonFunction } from "../../src/functions/rag-functions";
import { riskScoreFunction } from "../../src/functions/risk-functions";
import { bestTime, Measurement, perSecond } from "./timing";

const CALLS = 1_000_000;
const TARGET = "> 1,000,000 /s";

function inputs<T>(make: (index: number) => T): T[] {
  return Array.from({ length: 1024 }, (_, index) => make(index));
}

function measure(name: string, call: (index: number) => unknown): Measurement {
  let sink = 0;
  const ms = bestTime(() => {
    for (let index = 0; index < CALLS; index += 1) sink += (call(index & 1023) as string | number).toString().length;
  });
  if (sink === 0) throw new Error("nothing was computed");
  return { name, figure: perSecond(CALLS, ms), target: TARGET };
}

export function benchCustomFunctions(): Measurement[] {
  const labels = ["VL", "L", "M", "H", "VH"];
  const risk = inputs((i) => [i % 2 === 0 ? (i % 5) + 1 : labels[i % 5], (i % 5) + 1]);
  const indices = inputs((i) => [0.8 + (i % 40) / 100, 0.82 + (i % 37) / 100, (i % 25) + 1, (i % 45) - 5]);
  const money = inputs((i) => [100000 + i, 40000 + (i % 100) * 10, 35000 + (i % 77) * 20]);
  return [
    measure("PMO.RISKSCORE", (i) => riskScoreFunction(risk[i][0], risk[i][1])),
    measure("PMO.RAG", (i) => ragFunction(indices[i][0], indices[i][1], indices[i][2], indices[i][3])),
    measure("PMO.RAGREASON", (i) => ragReasonFunction(indices[i][0], indices[i][1], indices[i][2], indices[i][3])),
    measure("PMO.EAC", (i) => estimateAtCompletionFunction(money[i][0], money[i][1], money[i][2])),
  ];
}
