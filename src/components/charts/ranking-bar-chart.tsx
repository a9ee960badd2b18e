import { useLayoutEffect, useMemo, useRef } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { usePhone } from '../../lib/use-match-media';
import { BAR_AXIS_EMS, barAxisLabel, barText } from './bar-label';
import { useChartInteraction } from './chart-interaction';
import { PALETTE } from './palette';
import { NO_GRID_LINES, NotedBar, PlainTick, PlainTopLabel, type BarShapeProps } from './plain-text';

export interface RankingBarRow {
  id: string;
  /** Written first on the axis and never cut: the rank (absent where the bars are not a ranking). */
  rank?: number;
  /** The name, whole ("联运社区"): the axis cuts it with … to its room, the tooltip shows it all. */
  label: string;
  /** Written after the name and never cut ("（本社区）"). */
  tag?: string;
  value: number;
  color: string;
  /** Written at the bar's end: the status in an icon and a word ("● 正常", "★ 红榜"). */
  note: string;
}

interface RankingBarChartProps {
  rows: readonly RankingBarRow[];
  format: (value: number) => string;
  /** A reference line (the average) with its label. */
  reference?: { value: number; label: string } | null;
  onSelect?: (id: string) => void;
  /** Tick and label text size: 12 on a page, 22 on a 1080p slide. */
  fontSize?: number;
  /** What the bars measure, named in the tooltip ("完成率：104.8%", never "value : 104.8%"). */
  valueName?: string;
}

/**
 * Communities in rank order as horizontal bars; status written beside each bar, never colour alone.
 *
 * Only the data goes to the chart on every render: its parts are memoised elements, so new rows
 * (a period change) reach them once, through the chart's store, instead of also re-rendering
 * every part before that with the old scales; and the reference line renders only when it moves
 * (recharts registers it in its store again on each render, redrawing the chart for it).
 */
export function RankingBarChart({ rows, format, reference, onSelect, fontSize = 12, valueName = '数值' }: RankingBarChartProps) {
  const interaction = useChartInteraction();
  // The latest handler, read on click (a new closure each render would undo the memo).
  const select = useRef(onSelect);
  useLayoutEffect(() => {
    select.current = onSelect;
  });
  const selectable = onSelect !== undefined;
  // A phone's narrow plot has room for three labels on the value axis ("100.0%" each), not five.
  const valueTicks = usePhone() ? 3 : 5;
  const parts = useMemo(
    () => (
      <>
        <CartesianGrid stroke={PALETTE.grid} horizontal={false} horizontalCoordinatesGenerator={NO_GRID_LINES} />
        <XAxis type="number" tickFormatter={(v: number) => format(v)} fontSize={fontSize} domain={[0, 'auto']} interval={0} tickCount={valueTicks} tick={PlainTick} />
        <YAxis type="category" dataKey="axisLabel" width={fontSize * BAR_AXIS_EMS} fontSize={fontSize} interval={0} tick={PlainTick} />
        {!interaction.off && <Tooltip
          trigger={interaction.trigger}
          active={interaction.active}
          formatter={(v: unknown) => (typeof v === 'number' ? format(v) : '—')}
          labelFormatter={(l, payload) => {
            const row = payload[0]?.payload as RankingBarRow | undefined;
            return row ? barText(row) : String(l);
          }}
          separator="："
        />}
        <Bar
          dataKey="value"
          name={valueName}
          fill={PALETTE.primary}
          isAnimationActive={false}
          minPointSize={2}
          shape={(bar: BarShapeProps<RankingBarRow>) => <NotedBar {...bar} fontSize={fontSize} />}
          onClick={(d: { payload?: RankingBarRow }) => d.payload && select.current?.(d.payload.id)}
          cursor={selectable ? 'pointer' : undefined}
        />
      </>
    ),
    [format, fontSize, valueTicks, interaction.trigger, interaction.active, interaction.off, selectable, valueName],
  );
  // Each bar's axis label, its rank always shown: written once per new set of rows.
  const data = useMemo(() => rows.map((row) => ({ ...row, axisLabel: barAxisLabel(row) })), [rows]);
  const referenceValue = reference?.value;
  const referenceLabel = reference?.label;
  const referenceLine = useMemo(
    () =>
      referenceValue !== undefined && (
        <ReferenceLine x={referenceValue} stroke={PALETTE.muted} strokeDasharray="4 4" label={{ value: referenceLabel, position: 'top', fontSize, fill: PALETTE.muted, content: PlainTopLabel }} />
      ),
    [referenceValue, referenceLabel, fontSize],
  );
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ top: fontSize + 8, right: fontSize * 7, bottom: 0, left: 8 }} accessibilityLayer={false}>
        {parts}
        {referenceLine}
      </BarChart>
    </ResponsiveContainer>
  );
}
