import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { metaOptions } from '../lib/api/queries';
import { formatMonth } from '../lib/i18n/format';
import { NO_DATA } from '../lib/i18n/strings';
import { useInView } from '../lib/use-in-view';
import { TOUCH_QUERY, useMatchMedia } from '../lib/use-match-media';
import { ChartInteractionContext } from './charts/chart-interaction';
import { ChartPlaceholder } from './charts/lazy-charts';
import { DataTable, nextSort, sortRows, type Column, type LimitWords, type SortState } from './data-table';
import { EmptyState } from './empty-state';
import { ExportMenu } from './export-menu';
import { hasFigures, toExportTable } from './export-table';
import { Skeleton } from './skeleton';

interface ChartFrameProps<Row> {
  /** Names the figures: the accessible label, the table caption, the export's title and file name. */
  title: string;
  /** The period the figures cover ("2021年1—6月"): in the export's header line and file name. */
  periodLabel: string;
  /** One sentence generated from the same figures. */
  summary: string;
  rows: readonly Row[];
  columns: ReadonlyArray<Column<Row>>;
  rowKey: (row: Row) => string;
  rowClassName?: (row: Row) => string | undefined;
  /** A note for a row without figures (e.g. 未开通): the CSV's 备注 column. */
  note?: (row: Row) => string | null;
  /** The figures' unit, for the export's header line. */
  unit?: string;
  initialSort?: SortState | null;
  /** The chart, drawn from the same rows; omitted, the frame is a table with exports. */
  chart?: ReactNode;
  /** Fixed chart height, so loading and switching never move the layout. */
  height?: number;
  emptyMessage?: string;
  /** 'img' (default) for a picture of the figures; 'group' for a chart with its own links (a tile map). */
  chartRole?: 'img' | 'group';
  /** What shows first when there is a chart (a ranking reads best as its table). */
  initialView?: 'chart' | 'table';
  /** A long table lists this many rows (and the pinned ones) until asked for all (see DataTable). */
  rowLimit?: number;
  pinnedRow?: (row: Row) => boolean;
  rowLimitWords?: LimitWords;
}

/**
 * Every chart and breakdown table: the summary sentence, a 图表/表格 switch, one sortable table
 * built from the rows and column specs, an empty state, and exports of exactly those rows.
 */
export function ChartFrame<Row>(props: ChartFrameProps<Row>) {
  const { title, periodLabel, summary, rows, columns, rowKey, rowClassName, note, unit, initialSort = null, chart, height = 320, emptyMessage = NO_DATA, chartRole = 'img', initialView = 'chart', rowLimit, pinnedRow, rowLimitWords } = props;
  const [view, setView] = useState<'chart' | 'table'>(chart ? initialView : 'table');
  const [sort, setSort] = useState<SortState | null>(initialSort);
  const id = useId();
  const [chartRef, inView] = useInView<HTMLDivElement>();
  const chartBox = useRef<HTMLDivElement | null>(null);
  // One callback for the life of the frame: a new one each render would hand the element over again.
  const setChartBox = useCallback(
    (element: HTMLDivElement | null) => {
      chartRef(element);
      chartBox.current = element;
    },
    [chartRef],
  );
  const meta = useQuery(metaOptions()).data;
  // With a finger: tooltips open on tap, and a tap anywhere else closes them.
  const touch = useMatchMedia(TOUCH_QUERY);
  const [tappedAway, setTappedAway] = useState(false);
  useEffect(() => {
    if (!touch) return;
    const onDown = (event: PointerEvent) => setTappedAway(!chartBox.current?.contains(event.target as Node));
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [touch]);
  const interaction = useMemo(() => ({ trigger: touch ? ('click' as const) : ('hover' as const), active: touch && tappedAway ? (false as const) : undefined }), [touch, tappedAway]);
  const sorted = useMemo(() => sortRows(rows, columns, sort), [rows, columns, sort]);
  const empty = !hasFigures(rows, columns);
  const asOf = meta ? formatMonth(meta.latestMonth) : undefined;

  const exportMenu = (
    <ExportMenu
      label={title}
      disabledReason={empty ? '没有可导出的数据' : null}
      pngReason={!chart ? '此表没有图表' : view !== 'chart' ? '切换到“图表”后可下载图片' : null}
      table={() => toExportTable(sorted, columns, { title, periodLabel, unit, asOf }, note)}
      png={() =>
        chartBox.current && {
          container: chartBox.current,
          title,
          periodLabel,
          summary,
          source: `${meta?.subdistrict.name ?? ''}工作进度${asOf ? ` · 数据截至 ${asOf}` : ''}`,
        }
      }
    />
  );

  return (
    <figure className="chart-frame" aria-labelledby={`${id}-summary`}>
      <div className="chart-frame__bar">
        <figcaption id={`${id}-summary`} className="chart-frame__summary">
          {summary}
        </figcaption>
        <div className="chart-frame__tools">
          {chart && (
            <div className="chart-frame__switch" role="group" aria-label={`${title}：显示方式`}>
              <button type="button" className="chip chip--small" aria-pressed={view === 'chart'} onClick={() => setView('chart')}>
                图表
              </button>
              <button type="button" className="chip chip--small" aria-pressed={view === 'table'} onClick={() => setView('table')}>
                表格
              </button>
            </div>
          )}
          {exportMenu}
        </div>
      </div>
      {empty ? (
        <EmptyState message={emptyMessage} />
      ) : view === 'chart' && chart ? (
        <div
          ref={setChartBox}
          className="chart-frame__chart"
          style={{ height }}
          role={chartRole}
          aria-label={`${title}：${summary}`}
          data-drawn={inView}
        >
          {inView && (
            <ChartInteractionContext.Provider value={interaction}>
              <ChartPlaceholder.Provider value={<Skeleton lines={1} height={`${height - 8}px`} label="正在加载图表" />}>{chart}</ChartPlaceholder.Provider>
            </ChartInteractionContext.Provider>
          )}
        </div>
      ) : (
        <div className="chart-frame__table" style={chart ? { minHeight: height } : undefined}>
          <DataTable caption={`${periodLabel}${title}`} columns={columns} rows={sorted} rowKey={rowKey} rowClassName={rowClassName} sort={sort} onSort={(key) => setSort((s) => nextSort(s, key))} limit={rowLimit} pinned={pinnedRow} limitWords={rowLimitWords} />
        </div>
      )}
    </figure>
  );
}
