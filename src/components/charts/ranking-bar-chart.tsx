import { useLayoutEffect, useMemo, useRef } from 'react';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { FILL_BOX } from './fill-box';
import { usePhone } from '../../lib/use-match-media';
import { BAR_AXIS_EMS, barAxisLabel, barText, barValueAt } from './bar-label';
import { ChartTip } from './chart-tip';
import { PALETTE } from './palette';
import { ReferenceMark, valueTicks as roundTicks, type Reference } from './chart-marks';

import { NO_GRID_LINES, NotedBar, PlainTick, type BarShapeProps } from './plain-text';

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
  /** The value as written inside the bar's end (the chart fills it in with its format). */
  valueText?: string;
}

interface RankingBarChartProps {
  rows: readonly RankingBarRow[];
  format: (value: number) => string;
  /** A reference line (the average) with its label. */
  reference?: Reference | null;
  /** Bars of completion: the 序时 100% line (lib/i18n PACE_REFERENCE), drawn first, in the target's colour. */
  paceLine?: Reference | null;
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
export function RankingBarChart({ rows, format, reference, paceLine = null, onSelect, fontSize = 12, valueName = '数值' }: RankingBarChartProps) {
  // The latest handler, read on click (a new closure each render would undo the memo).
  const select = useRef(onSelect);
  useLayoutEffect(() => {
    select.current = onSelect;
  });
  const selectable = onSelect !== undefined;
  // A phone's narrow plot has room for three labels on the value axis ("100.0%" each), not five.
  const valueTicks = usePhone() ? 3 : 5;
  // The lines drawn: the 序时 100% line, and the other reference unless it is that same line.
  const referenceValue = reference?.value;
  const referenceLabel = reference?.label;
  const marks = useMemo(() => {
    const lines: Reference[] = paceLine ? [paceLine] : [];
    if (referenceValue !== undefined && referenceLabel !== undefined && referenceValue !== paceLine?.value) lines.push({ value: referenceValue, label: referenceLabel });
    return lines;
  }, [paceLine, referenceValue, referenceLabel]);
  // The value axis reaches every bar and line, so 100% shows even when every bar falls short of it.
  const highest = Math.max(0, ...marks.map((m) => m.value), ...rows.map((r) => r.value));
  const ticks = useMemo(() => roundTicks(highest, valueTicks), [highest, valueTicks]);
  const parts = useMemo(
    () => (
      <>
        <CartesianGrid stroke={PALETTE.grid} horizontal={false} horizontalCoordinatesGenerator={NO_GRID_LINES} />
        <XAxis type="number" tickFormatter={(v: number) => format(v)} fontSize={fontSize} domain={[0, ticks[ticks.length - 1]]} ticks={ticks} interval={0} tick={PlainTick} />
        <YAxis type="category" dataKey="axisLabel" width={fontSize * BAR_AXIS_EMS} fontSize={fontSize} interval={0} tick={PlainTick} />
        <ChartTip label={barText} series={[{ key: 'value', name: valueName, color: PALETTE.primary }]} format={format} />
        <Bar
          dataKey="value"
          name={valueName}
          fill={PALETTE.primary}
          isAnimationActive={false}
          minPointSize={2}
          shape={(bar: BarShapeProps<RankingBarRow>) => <NotedBar {...bar} fontSize={fontSize} valueAt={barValueAt} />}
          onClick={(d: { payload?: RankingBarRow }) => d.payload && select.current?.(d.payload.id)}
          cursor={selectable ? 'pointer' : undefined}
        />
      </>
    ),
    [format, fontSize, ticks, selectable, valueName],
  );
  // Each bar's axis label, its rank always shown: written once per new set of rows.
  const data = useMemo(() => rows.map((row) => ({ ...row, axisLabel: barAxisLabel(row), valueText: format(row.value) })), [rows, format]);
  const referenceLines = useMemo(
    () => marks.map((m, i) => <ReferenceMark key={m.label} value={m.value} label={m.label} axis="x" fontSize={fontSize} color={m === paceLine ? PALETTE.target : PALETTE.muted} row={i} />),
    [marks, fontSize, paceLine],
  );
  return (
    <BarChart {...FILL_BOX} data={data} layout="vertical" margin={{ top: (fontSize + 2) * Math.max(1, marks.length) + 6, right: fontSize * 7, bottom: 0, left: 8 }} accessibilityLayer={false}>
      {parts}
      {referenceLines}
    </BarChart>
  );
}
