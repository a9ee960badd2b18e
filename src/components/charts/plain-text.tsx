// Axis ticks and bar-end labels as plain SVG text. Recharts' own <Text> measures every label in
// the DOM (to wrap words and to space ticks), one forced layout per string: on a 20-bar ranking
// that was most of its first draw. Our labels are short and their space is reserved, so nothing
// needs measuring.

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

/** What recharts hands a LabelList's custom content (the bar's box and the label's value). */
interface BarLabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
  fontSize?: number | string;
  fill?: string;
}

/** Text just past the end of a horizontal bar, centred on it. */
export function BarEndLabel({ x = 0, y = 0, width = 0, height = 0, value, fontSize, fill }: BarLabelProps) {
  if (value === null || value === undefined || value === '') return null;
  return (
    <text x={Number(x) + Number(width) + 5} y={Number(y) + Number(height) / 2} dy={DY.middle} textAnchor="start" fontSize={fontSize} fill={fill} className="recharts-label">
      {String(value)}
    </text>
  );
}
