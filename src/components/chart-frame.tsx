import { Suspense, useId, useState, type ReactNode } from 'react';
import { useInView } from '../lib/use-in-view';
import { Skeleton } from './skeleton';

interface ChartFrameProps {
  /** One sentence generated from the chart's data. */
  summary: string;
  chart: ReactNode;
  table: ReactNode;
  /** Fixed height, so loading and switching never move the layout. */
  height: number;
  label: string;
}

/** A chart with its summary sentence and a switch to the data table of the same numbers. */
export function ChartFrame({ summary, chart, table, height, label }: ChartFrameProps) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const id = useId();
  const [chartRef, inView] = useInView<HTMLDivElement>();
  return (
    <figure className="chart-frame" aria-labelledby={`${id}-summary`}>
      <div className="chart-frame__bar">
        <figcaption id={`${id}-summary`} className="chart-frame__summary">
          {summary}
        </figcaption>
        <div className="chart-frame__switch" role="group" aria-label={`${label}：显示方式`}>
          <button type="button" className="chip chip--small" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
            图表
          </button>
          <button type="button" className="chip chip--small" aria-pressed={view === 'table'} onClick={() => setView('table')}>
            表格
          </button>
        </div>
      </div>
      {view === 'chart' ? (
        <div ref={chartRef} className="chart-frame__chart" style={{ height }} role="img" aria-label={`${label}：${summary}`} data-drawn={inView}>
          {inView && <Suspense fallback={<Skeleton lines={1} height={`${height - 8}px`} label="正在加载图表" />}>{chart}</Suspense>}
        </div>
      ) : (
        <div className="chart-frame__table" style={{ minHeight: height }}>
          {table}
        </div>
      )}
    </figure>
  );
}
