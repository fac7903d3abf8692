import { NOT_AVAILABLE } from "../engine/constants";

/** Figures as the pane shows them: money short enough for a narrow pane (55.4m, 820k), indices to 2 places. */
export function shortMoney(value: number | null): string {
  if (value === null) return NOT_AVAILABLE;
  const size = Math.abs(value);
  if (size >= 1e9) return `${(value / 1e9).toFixed(1)}bn`;
  if (size >= 1e6) return `${(value / 1e6).toFixed(1)}m`;
  if (size >= 1e3) return `${Math.round(value / 1e3)}k`;
  return `${Math.round(value)}`;
}

export function indexText(value: number | null): string {
  return value === null ? NOT_AVAILABLE : value.toFixed(2);
}

export function countText(value: number | null): string {
  return value === null ? NOT_AVAILABLE : `${value}`;
}

/** A variance with its sign: +1.2m, -60k, 0. */
export function signedMoney(value: number | null): string {
  if (value === null) return NOT_AVAILABLE;
  return value > 0 ? `+${shortMoney(value)}` : shortMoney(value);
}

/** A variance in per cent (points), one decimal, with its sign: +12.5 %, -6.0 %. */
export function signedPercent(points: number | null): string {
  if (points === null) return NOT_AVAILABLE;
  return `${points > 0 ? "+" : ""}${points.toFixed(1)} %`;
}
