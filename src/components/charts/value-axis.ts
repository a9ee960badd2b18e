// A value axis from 0 that reaches every bar and every reference line (序时 100% included), with
// round steps: recharts rounds its ticks only for a domain it works out itself ('auto'), and
// that one ends at the longest bar, leaving a 100% line beyond the longest bar unseen.

const STEPS = [1, 2, 2.5, 5, 10];

/** Ticks from 0 past `max` in a round step (1, 2, 2.5 or 5 × 10ⁿ), at most `count` of them. */
export function valueTicks(max: number, count: number): number[] {
  const top = Number.isFinite(max) && max > 0 ? max : 1;
  const intervals = Math.max(1, Math.floor(count) - 1);
  const raw = top / intervals;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = (STEPS.find((s) => s * power >= raw * (1 - 1e-9)) ?? 10) * power;
  const n = Math.ceil(top / step - 1e-9);
  // Round away float noise (0.30000000000000004) so labels and tests read the plain figure.
  return Array.from({ length: n + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}
