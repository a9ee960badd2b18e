import { Bar, CartesianGrid, ComposedChart, Line, XAxis, YAxis } from 'recharts';
import { FILL_BOX } from './fill-box';
import type { AreaTrendRow } from '../../domain/area-trend';
import { formatNumber } from '../../lib/i18n/format';
import { WithLegend, type LegendItem } from './chart-legend';
import { AxisUnit } from './chart-marks';
import { ChartTip } from './chart-tip';
import { PALETTE } from './palette';
import { NO_GRID_LINES, PlainTick } from './plain-text';

interface AreaTrendChartProps {
  rows: readonly AreaTrendRow[];
  unit: string;
  /** Tick and legend text size: 12 on a page, 22 on a 1080p slide. */
  fontSize?: number;
}

const LEGEND: (LegendItem & { key: keyof AreaTrendRow })[] = [
  { key: 'value', name: '当月', color: PALETTE.primary, mark: 'bar' },
  { key: 'cumulative', name: '累计', color: PALETTE.secondary, mark: 'line' },
  { key: 'target', name: '序时累计目标', color: PALETTE.target, mark: 'dashed' },
];

const monthOf = (row: AreaTrendRow) => row.label;

/**
 * Monthly values (bars) and the cumulative value against the cumulative target (lines), on one
 * y-axis labelled with the unit: the bars at their true size beside the running total (a second
 * axis made a month's bar look as tall as the year's total).
 */
export function AreaTrendChart({ rows, unit, fontSize = 12 }: AreaTrendChartProps) {
  const axisWidth = fontSize * 4.5;
  // Lines thicken with the text, so a projected slide reads from the back of the room.
  const stroke = fontSize > 16 ? 4 : 2;
  const format = (v: number) => `${formatNumber(Math.round(v))} ${unit}`;
  return (
    <WithLegend items={LEGEND} fontSize={fontSize}>
      <ComposedChart {...FILL_BOX} data={rows as AreaTrendRow[]} margin={{ top: fontSize + 10, right: fontSize, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke={PALETTE.grid} vertical={false} verticalCoordinatesGenerator={NO_GRID_LINES} />
        <XAxis dataKey="label" tickLine={false} interval={0} fontSize={fontSize} tick={PlainTick} />
        <YAxis width={axisWidth} interval={0} tickFormatter={(v: number) => formatNumber(v)} fontSize={fontSize} tick={PlainTick} />
        <AxisUnit unit={unit} fontSize={fontSize} />
        <ChartTip label={monthOf} series={LEGEND} format={format} />
        <Bar dataKey="value" name={LEGEND[0].name} fill={PALETTE.primary} isAnimationActive={false} />
        <Line dataKey="cumulative" name={LEGEND[1].name} stroke={PALETTE.secondary} strokeWidth={stroke} dot={false} isAnimationActive={false} connectNulls={false} />
        <Line dataKey="target" name={LEGEND[2].name} stroke={PALETTE.target} strokeDasharray="6 4" strokeWidth={stroke} dot={false} isAnimationActive={false} />
      </ComposedChart>
    </WithLegend>
  );
}
