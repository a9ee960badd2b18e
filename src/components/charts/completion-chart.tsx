import { useEffect } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PaceStatus } from '../../domain/pace';
import { formatPercent } from '../../lib/i18n/format';
import { PACE_ICONS, PACE_LABELS } from '../../lib/i18n/strings';
import { markChartRendered } from '../../lib/perf';
import { PACE_COLORS, PALETTE } from './palette';

export interface CompletionRow {
  id: string;
  name: string;
  /** Completion of the prorated target as a ratio (1 = on target). */
  completion: number;
  pace: PaceStatus;
}

interface CompletionChartProps {
  rows: readonly CompletionRow[];
  average: number | null;
  onSelect?: (id: string) => void;
}

/** Communities' completion, sorted, with the average as a reference line; behind pace marked by icon and colour. */
export function CompletionChart({ rows, average, onSelect }: CompletionChartProps) {
  useEffect(() => markChartRendered('completion'), []);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows as CompletionRow[]} layout="vertical" margin={{ top: 20, right: 72, bottom: 0, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke={PALETTE.grid} horizontal={false} />
        <XAxis type="number" tickFormatter={(v: number) => formatPercent(v)} fontSize={12} domain={[0, 'auto']} />
        <YAxis type="category" dataKey="name" width={88} fontSize={12} interval={0} />
        <Tooltip formatter={(v: unknown) => (typeof v === 'number' ? formatPercent(v) : '—')} labelFormatter={(l) => String(l)} />
        {average !== null && (
          <ReferenceLine x={average} stroke={PALETTE.muted} strokeDasharray="4 4" label={{ value: `平均 ${formatPercent(average)}`, position: 'top', fontSize: 12, fill: '#4f5b6e' }} />
        )}
        <Bar dataKey="completion" name="完成率" isAnimationActive={false} onClick={(d: { payload?: CompletionRow }) => d.payload && onSelect?.(d.payload.id)} cursor={onSelect ? 'pointer' : undefined}>
          {rows.map((r) => (
            <Cell key={r.id} fill={PACE_COLORS[r.pace]} />
          ))}
          <LabelList
            dataKey="pace"
            position="right"
            fontSize={12}
            formatter={(p: unknown) => (typeof p === 'string' && p in PACE_LABELS ? `${PACE_ICONS[p as PaceStatus]} ${PACE_LABELS[p as PaceStatus]}` : '')}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
