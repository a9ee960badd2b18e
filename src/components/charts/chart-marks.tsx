// Marks drawn by us inside a recharts chart, from its scales (recharts 3 renders any child in its
// SVG and hands it the scales through hooks): a reference line with its label, and an axis's unit.
// recharts' ReferenceLine was a chunk of its own (with its Label) for one line and a word.
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { PALETTE } from './palette';

export interface Reference {
  value: number;
  label: string;
}

/**
 * A dashed line across the plot at `value` on the value axis (x for horizontal bars, y for a
 * trend), its label at its top / right end (`row` 1: a line higher, for a second line's label).
 * Nothing when the value is outside the axis' domain.
 */
export function ReferenceMark({ value, label, axis, fontSize, color = PALETTE.muted, row = 0 }: Reference & { axis: 'x' | 'y'; fontSize: number; color?: string; row?: number }) {
  const plot = usePlotArea();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const at = (axis === 'x' ? xScale : yScale)?.(value);
  if (!plot || at === undefined || !Number.isFinite(at)) return null;
  const { x, y, width, height } = plot;
  if (axis === 'x' ? at < x - 0.5 || at > x + width + 0.5 : at < y - 0.5 || at > y + height + 0.5) return null;
  return (
    <g className="chart-reference" data-value={value} aria-hidden="true">
      {axis === 'x' ? <line x1={at} x2={at} y1={y} y2={y + height} stroke={color} strokeDasharray="4 4" strokeWidth={Math.max(1, fontSize / 8)} /> : <line x1={x} x2={x + width} y1={at} y2={at} stroke={color} strokeDasharray="6 4" strokeWidth={Math.max(1, fontSize / 8)} />}
      <text x={axis === 'x' ? at : x + width - 4} y={axis === 'x' ? y - 4 - row * (fontSize + 2) : at - 4} textAnchor={axis === 'x' ? 'middle' : 'end'} fontSize={fontSize} fill={color} className="chart-reference__label">
        {label}
      </text>
    </g>
  );
}

/**
 * The value axis' unit ("户", "%") written once, just above the plot's top-left corner: clear of
 * the top tick (which sits left of the plot, centred on its top edge), in place of a unit on every tick.
 */
export function AxisUnit({ unit, fontSize }: { unit: string; fontSize: number }) {
  const plot = usePlotArea();
  if (!plot || !unit) return null;
  return (
    <text x={plot.x + 4} y={plot.y - 4} textAnchor="start" fontSize={fontSize} fill="currentColor" className="chart-axis-unit">
      {unit}
    </text>
  );
}

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
