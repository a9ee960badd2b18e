import { useEffect } from 'react';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../lib/i18n/format';
import { markChartRendered } from '../../lib/perf';
import { PALETTE } from './palette';

export interface AreaTrendRow {
  month: string;
  label: string;
  value: number | null;
  cumulative: number | null;
  target: number | null;
}

interface AreaTrendChartProps {
  rows: readonly AreaTrendRow[];
  unit: string;
}

/** Monthly values (bars) and the cumulative value against the cumulative target (lines). */
export function AreaTrendChart({ rows, unit }: AreaTrendChartProps) {
  useEffect(() => markChartRendered('area-trend'), []);
  const format = (v: unknown) => (typeof v === 'number' ? `${formatNumber(Math.round(v))} ${unit}` : '—');
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={rows as AreaTrendRow[]} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke={PALETTE.grid} vertical={false} />
        <XAxis dataKey="label" tickLine={false} interval="preserveStartEnd" fontSize={12} />
        <YAxis yAxisId="month" width={48} tickFormatter={(v: number) => formatNumber(v)} fontSize={12} />
        <YAxis yAxisId="total" orientation="right" width={56} tickFormatter={(v: number) => formatNumber(v)} fontSize={12} />
        <Tooltip formatter={format} />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
        <Bar yAxisId="month" dataKey="value" name="当月" fill={PALETTE.primary} isAnimationActive={false} />
        <Line yAxisId="total" dataKey="cumulative" name="累计" stroke={PALETTE.secondary} strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} />
        <Line yAxisId="total" dataKey="target" name="序时累计目标" stroke={PALETTE.target} strokeDasharray="6 4" strokeWidth={2} dot={false} isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
