import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { FILL_BOX } from './fill-box';
import { WithLegend } from './chart-legend';
import { ChartTip } from './chart-tip';
import { AxisUnit, ReferenceMark, valueTicks, type Reference } from './chart-marks';
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
  /** A value as the tooltip writes it (with its unit). */
  format: (value: number) => string;
  /** The y-axis' tick text, when the unit is written once above the axis (`unit`); else `format`. */
  axisFormat?: (value: number) => string;
  /** The y-axis' unit ("户"), written once above its ticks. */
  unit?: string;
  /** A horizontal reference (e.g. 100% = on pace), kept in the axis' range. */
  reference?: Reference | null;
}

/** Lines over months: each series a line; a missing value is a gap, never a zero. */
export function LinesChart<Row>({ rows, xKey, series, format, axisFormat = format, unit, reference }: LinesChartProps<Row>) {
  const dotsAllowed = rows.length <= 60;
  // With a reference line: round ticks from 0 that reach it and every point.
  const ticks = reference ? valueTicks(Math.max(reference.value, ...rows.flatMap((row) => series.map((s) => Number((row as Record<string, unknown>)[s.key]) || 0))), 5) : undefined;
  return (
    <WithLegend items={series.map((s) => ({ name: s.name, color: s.color, mark: s.dashed ? 'dashed' : 'line' }))} fontSize={12}>
      <LineChart {...FILL_BOX} data={rows as Row[]} margin={{ top: unit || reference ? 20 : 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke={PALETTE.grid} vertical={false} verticalCoordinatesGenerator={NO_GRID_LINES} />
        <XAxis dataKey={xKey as string} tickLine={false} fontSize={12} interval={rows.length <= 24 ? 0 : 'preserveStartEnd'} tick={PlainTick} />
        <YAxis width={56} interval={0} domain={ticks ? [0, ticks[ticks.length - 1]] : undefined} ticks={ticks} tickFormatter={(v: number) => axisFormat(v)} fontSize={12} tick={PlainTick} />
        <ChartTip label={(row: Row) => String((row as Record<string, unknown>)[xKey])} series={series} format={format} />
        {unit && <AxisUnit unit={unit} fontSize={12} />}
        {reference && <ReferenceMark value={reference.value} label={reference.label} axis="y" fontSize={12} color={PALETTE.target} />}
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
    </WithLegend>
  );
}
