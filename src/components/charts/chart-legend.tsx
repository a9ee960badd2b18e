// A chart's legend as plain HTML under its plot. recharts' <Legend> brings its own code (its
// content, icons and layout) and measures itself after each draw; ours is a list, sized by CSS.
import type { ReactNode } from 'react';

export interface LegendItem {
  name: string;
  color: string;
  /** How the series is drawn: a bar, a line or a dashed line. */
  mark: 'bar' | 'line' | 'dashed';
}

function Mark({ item, size }: { item: LegendItem; size: number }) {
  return (
    <svg width={size * 1.5} height={size} aria-hidden="true" className="chart-legend__mark">
      {item.mark === 'bar' ? (
        <rect x={0} y={size * 0.15} width={size * 1.5} height={size * 0.7} fill={item.color} />
      ) : (
        <line x1={0} x2={size * 1.5} y1={size / 2} y2={size / 2} stroke={item.color} strokeWidth={Math.max(2, size / 6)} strokeDasharray={item.mark === 'dashed' ? `${size / 3} ${size / 5}` : undefined} />
      )}
    </svg>
  );
}

/** The plot (`children`, filling what is left of the height) with its legend under it. */
export function WithLegend({ items, fontSize, children }: { items: readonly LegendItem[]; fontSize: number; children: ReactNode }) {
  return (
    <div className="with-legend">
      <div className="with-legend__plot">{children}</div>
      <ul className="chart-legend" style={{ fontSize }}>
        {items.map((item) => (
          <li key={item.name} className="chart-legend__item" data-color={item.color}>
            <Mark item={item} size={fontSize} />
            {item.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
