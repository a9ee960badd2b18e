// Axis ticks and bar-end labels as plain SVG text. Recharts' own <Text> measures every label in
// the DOM (to wrap words and to space ticks), one forced layout per string: on a 20-bar ranking
// that was most of its first draw. Our labels are short and their space is reserved, so nothing
// needs measuring.
import { textOn } from './palette';

/**
 * For a grid direction that is switched off: recharts still works out that direction's lines (and
 * measures every label of its axis for them) unless it is handed a generator that returns none.
 */
export const NO_GRID_LINES = (): number[] => [];

/** What recharts hands a custom tick (CartesianAxis' tick props). */
interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  index?: number;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor?: 'start' | 'middle' | 'end';
  fill?: string;
  fontSize?: number | string;
  className?: string;
  tickFormatter?: (value: never, index: number) => string;
}

/** The baseline shift recharts' <Text> uses for each vertical anchor. */
const DY = { start: '0.71em', middle: '0.355em', end: '0' } as const;

export function PlainTick({ x = 0, y = 0, payload, index = 0, textAnchor = 'middle', verticalAnchor = 'end', fill, fontSize, className, tickFormatter }: TickProps) {
  const value = payload?.value;
  const label = tickFormatter ? tickFormatter(value as never, index) : String(value ?? '');
  return (
    <text x={x} y={y} dy={DY[verticalAnchor]} textAnchor={textAnchor} fill={fill} fontSize={fontSize} className={className}>
      {label}
    </text>
  );
}

/** What recharts hands a Bar's custom shape: the bar's box and its row. */
export interface BarShapeProps<Row> {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  payload?: Row;
}

/**
 * A horizontal bar in its row's colour with its value inside its end where it fits (bar-label.ts
 * barValueAt) and a note just past its end, centred on it: one SVG group per bar, in place of
 * recharts' rectangle, a <Cell> and a <LabelList> label each (on a period change every one of
 * those re-renders twice, through the chart's store).
 */
export function NotedBar<Row extends { color: string; note: string; valueText?: string }>({
  x = 0,
  y = 0,
  width = 0,
  height = 0,
  payload,
  fontSize,
  valueAt,
}: BarShapeProps<Row> & {
  fontSize: number;
  /** Where the value's text ends inside the bar, or null where it does not fit (bar-label.ts barValueAt). */
  valueAt: (text: string, barStart: number, barLength: number, barThickness: number, fontSize: number) => number | null;
}) {
  const [bx, by, bw, bh] = [Number(x), Number(y), Number(width), Number(height)];
  const valueText = payload?.valueText ?? '';
  const valueEnd = valueAt(valueText, bx, bw, bh, fontSize);
  return (
    <g>
      {/* A path like recharts' own rectangle, so the chart's DOM is the same as with its default shape. */}
      <path className="recharts-rectangle" d={`M${bx},${by}h${Math.max(bw, 0)}v${Math.max(bh, 0)}h${-Math.max(bw, 0)}Z`} fill={payload?.color} />
      {payload && valueEnd !== null && (
        <text x={valueEnd} y={by + bh / 2} dy={DY.middle} textAnchor="end" fontSize={fontSize} fill={textOn(payload.color)} className="bar-value">
          {valueText}
        </text>
      )}
      {payload?.note && (
        <text x={bx + bw + 5} y={by + bh / 2} dy={DY.middle} textAnchor="start" fontSize={fontSize} fill="currentColor" className="recharts-label">
          {payload.note}
        </text>
      )}
    </g>
  );
}
