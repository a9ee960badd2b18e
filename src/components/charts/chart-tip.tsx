// Our chart tooltip: the active row's name and each series' "名称：数值", as an HTML box over the
// chart. recharts keeps tracking the pointer without its <Tooltip> (trigger 'hover' by default; a
// tap fires mouse events too) and hands the active row out through hooks; its <Tooltip> (content,
// cursor, bounding box) cost ~6 KB gz. No hover band or cursor line.
import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useActiveTooltipCoordinate, useActiveTooltipDataPoints, useIsTooltipActive } from 'recharts';
import { useChartInteraction } from './chart-interaction';

export interface TipSeries {
  key: string;
  name: string;
  color: string;
}

interface ChartTipProps<Row> {
  /** The row's heading: the month, a community's full name. */
  label: (row: Row) => string;
  series: readonly TipSeries[];
  /** A value as the tooltip writes it, with its unit. */
  format: (value: number) => string;
}

const GAP = 12;

/**
 * A child of a recharts chart: shows on hover (a tap on a phone), gone when the pointer leaves or a
 * tap lands outside the chart (ChartFrame's `active: false`); nothing at all on a slide (`off`).
 * A series with no value at that row is left out (recharts' tooltip did the same).
 */
export function ChartTip<Row>({ label, series, format }: ChartTipProps<Row>) {
  const { off, active } = useChartInteraction();
  const shown = useIsTooltipActive();
  const at = useActiveTooltipCoordinate();
  const row = useActiveTooltipDataPoints<Row>()?.[0];
  // The chart's wrapper (an HTML box, position: relative): the tooltip goes there, over the SVG.
  const [host, setHost] = useState<HTMLElement | null>(null);
  const box = useRef<HTMLDivElement>(null);
  // Beside the pointer, flipped to the other side where it would cross the chart's edge.
  useLayoutEffect(() => {
    const tip = box.current;
    if (!tip || !host || !at) return;
    const x = at.x + GAP + tip.offsetWidth <= host.clientWidth ? at.x + GAP : at.x - GAP - tip.offsetWidth;
    const y = at.y + GAP + tip.offsetHeight <= host.clientHeight ? at.y + GAP : at.y - GAP - tip.offsetHeight;
    tip.style.transform = `translate(${Math.max(0, x)}px,${Math.max(0, y)}px)`;
  });
  if (off) return null;
  return (
    <g ref={(g) => setHost(g?.closest<HTMLElement>('.recharts-wrapper') ?? null)}>
      {host &&
        shown &&
        active !== false &&
        at &&
        row &&
        createPortal(
          <div ref={box} className="chart-tip" role="tooltip">
            <p className="chart-tip__label">{label(row)}</p>
            <ul className="chart-tip__items">
              {series.map((s) => {
                const value = (row as Record<string, unknown>)[s.key];
                return (
                  typeof value === 'number' && (
                    <li key={s.key}>
                      <i style={{ background: s.color }} />
                      {s.name}：{format(value)}
                    </li>
                  )
                );
              })}
            </ul>
          </div>,
          host,
        )}
    </g>
  );
}
