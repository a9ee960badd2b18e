import { formatMonth, formatNumber } from '../lib/i18n/format';

interface SparklineProps {
  points: ReadonlyArray<{ month: string; value: number | null }>;
  unit: string;
  label: string;
  width?: number;
  height?: number;
}

/** A 12-month trend in plain SVG (no chart library on the first view); each point has a tooltip. */
export function Sparkline({ points, unit, label, width = 160, height = 36 }: SparklineProps) {
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  if (values.length === 0) return null;
  const max = Math.max(...values);
  const min = Math.min(...values);
  const span = max - min || 1;
  const step = points.length > 1 ? width / (points.length - 1) : 0;
  const xy = points.map((p, i) => (p.value === null ? null : { x: i * step, y: height - 3 - ((p.value - min) / span) * (height - 6), p }));
  const path = xy
    .map((q, i) => (q ? `${i === 0 || !xy[i - 1] ? 'M' : 'L'}${q.x.toFixed(1)},${q.y.toFixed(1)}` : ''))
    .join(' ');
  return (
    <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <path d={path} fill="none" stroke="currentColor" strokeWidth="2" />
      {xy.map((q) =>
        q ? (
          <circle key={q.p.month} cx={q.x} cy={q.y} r={step / 2 || 3} fill="transparent">
            <title>{`${formatMonth(q.p.month)}：${formatNumber(q.p.value as number)} ${unit}`}</title>
          </circle>
        ) : null,
      )}
    </svg>
  );
}
