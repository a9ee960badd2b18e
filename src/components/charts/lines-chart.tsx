import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useChartInteraction } from './chart-interaction';
import { WithLegend } from './chart-legend';
import { PALETTE } from './palette';
import { NO_GRID_LINES, PlainTick } from './plain-text';

export interface LineSeries {
  key: string;
  name: string;
  color: string;
  dashed?: boolean;
  /** Dots on the line (off above 60 points regardless). */
  dots?: boolean;
}

export interface LinesChartProps<Row> {
  rows: readonly Row[];
  /** The x-axis label key of each row. */
  xKey: string;
  series: readonly LineSeries[];
  format: (value: number) => string;
  /** A horizontal reference (e.g. 100% = on pace). */
  reference?: { value: number; label: string } | null;
}

/** Lines over months: each series a line; a missing value is a gap, never a zero. */
export function LinesChart<Row>({ rows, xKey, series, format, reference }: LinesChartProps<Row>) {
  const interaction = useChartInteraction();
  const dotsAllowed = rows.length <= 60;
  return (
    <WithLegend items={series.map((s) => ({ name: s.name, color: s.color, mark: s.dashed ? 'dashed' : 'line' }))} fontSize={12}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows as Row[]} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke={PALETTE.grid} vertical={false} verticalCoordinatesGenerator={NO_GRID_LINES} />
          <XAxis dataKey={xKey as string} tickLine={false} fontSize={12} interval={rows.length <= 24 ? 0 : 'preserveStartEnd'} tick={PlainTick} />
          <YAxis width={56} interval={0} tickFormatter={(v: number) => format(v)} fontSize={12} tick={PlainTick} />
          {!interaction.off && <Tooltip trigger={interaction.trigger} active={interaction.active} separator="：" formatter={(v: unknown) => (typeof v === 'number' ? format(v) : '—')} />}
          {reference && <ReferenceLine y={reference.value} stroke={PALETTE.target} strokeDasharray="6 4" label={{ value: reference.label, position: 'insideTopRight', fontSize: 12 }} />}
          {series.map((s) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stroke={s.color}
              strokeWidth={s.dashed ? 2 : 2.5}
              strokeDasharray={s.dashed ? '6 4' : undefined}
              dot={dotsAllowed && (s.dots ?? true)}
              isAnimationActive={false}
              connectNulls={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </WithLegend>
  );
}
