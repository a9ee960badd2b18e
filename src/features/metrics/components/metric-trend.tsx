import { ChartFrame } from '../../../components/chart-frame';
import { MetricTrendChart } from '../../../components/charts/lazy-charts';
import { DataTable, type Column } from '../../../components/data-table';
import type { Metric } from '../../../lib/api/contract';
import { formatMonth, formatNumber } from '../../../lib/i18n/format';
import type { MetricTrendTableRow } from '../lib/metric-trend-rows';

export const TREND_CHART_HEIGHT = 320;

const figure = (value: number | null) => (value === null ? <span className="muted">—</span> : formatNumber(value));

/** Each month of the period against last year's same month and the monthly target; chart or table. */
export function MetricTrend({ metric, rows, sentence }: { metric: Metric; rows: readonly MetricTrendTableRow[]; sentence: string }) {
  const columns: ReadonlyArray<Column<MetricTrendTableRow>> = [
    { key: 'month', header: '月份', rowHeader: true, render: (r) => formatMonth(r.month) },
    { key: 'value', header: `本期（${metric.unit}）`, numeric: true, render: (r) => figure(r.value) },
    { key: 'lastYear', header: `去年同期（${metric.unit}）`, numeric: true, render: (r) => figure(r.lastYear) },
    { key: 'target', header: `月度目标（${metric.unit}）`, numeric: true, render: (r) => figure(r.target) },
  ];
  return (
    <ChartFrame
      label={`${metric.name}月度趋势`}
      summary={sentence}
      height={TREND_CHART_HEIGHT}
      chart={<MetricTrendChart rows={rows} unit={metric.unit} />}
      table={<DataTable caption={`${metric.name}逐月数值、去年同期与月度目标`} columns={columns} rows={rows} rowKey={(r) => r.month} />}
    />
  );
}
