/** The 5 x 5 risk heat map (SPEC 4 and 6). */

/** heatmap[impact - 1][probability - 1]: counts of risks, as the report JSON holds it. */
export type HeatMap = number[][];

export function emptyHeatMap(): HeatMap {
  return Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
}

export function addToHeatMap(map: HeatMap, probabilityBand: number, impact: number): void {
  map[impact - 1][probabilityBand - 1] += 1;
}

/** As a sheet shows it: impact 5 at the top down to 1, probability 1 to 5 across. */
export function heatMapForDisplay(map: HeatMap): number[][] {
  return [...map].reverse().map((row) => [...row]);
}
