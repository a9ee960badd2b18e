import { useEffect } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../lib/i18n/format';
import { markChartRendered } from '../../lib/perf';
import { PALETTE } from './palette';

export interface MetricTrendRow {
  label: string;
  value: number | null;
  lastYear: number | null;
  target: number | null;
}

/** A metric's months in the period against last year's same months and the monthly target. */
export function MetricTrendChart({ rows, unit }: { rows: readonly MetricTrendRow[]; unit: string }) {
  useEffect(() => markChartRendered('metric-trend'), []);
  const format = (v: unknown) => (typeof v === 'number' ? `${formatNumber(Math.round(v))} ${unit}` : '—');
  const dots = rows.length <= 60;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={rows as MetricTrendRow[]} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke={PALETTE.grid} vertical={false} />
        <XAxis dataKey="label" tickLine={false} fontSize={12} interval="preserveStartEnd" />
        <YAxis width={56} tickFormatter={(v: number) => formatNumber(v)} fontSize={12} />
        <Tooltip formatter={format} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Line dataKey="value" name="本期" stroke={PALETTE.primary} strokeWidth={2.5} dot={dots} isAnimationActive={false} />
        <Line dataKey="lastYear" name="去年同期" stroke={PALETTE.muted} strokeWidth={2} dot={dots} isAnimationActive={false} />
        <Line dataKey="target" name="月度目标" stroke={PALETTE.target} strokeDasharray="6 4" strokeWidth={2} dot={false} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
