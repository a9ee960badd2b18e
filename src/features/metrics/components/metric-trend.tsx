import { ChartFrame } from '../../../components/chart-frame';
import { MetricTrendChart } from '../../../components/charts/lazy-charts';
import type { Column } from '../../../components/data-table';
import type { Metric } from '../../../lib/api/contract';
import { formatMonth } from '../../../lib/i18n/format';
import type { MetricTrendTableRow } from '../lib/metric-trend-rows';

export const TREND_CHART_HEIGHT = 320;

function trendColumns(unit: string): Column<MetricTrendTableRow>[] {
  return [
    { key: 'month', header: '月份', rowHeader: true, value: (r) => r.month, format: (v) => formatMonth(String(v)) },
    { key: 'value', header: '本期', unit, value: (r) => r.value },
    { key: 'lastYear', header: '去年同期', unit, value: (r) => r.lastYear },
    { key: 'target', header: '月度目标', unit, reference: true, value: (r) => r.target },
  ];
}

/** Each month of the period against last year's same month and the monthly target; chart or table. */
export function MetricTrend({ metric, periodLabel, rows, sentence }: { metric: Metric; periodLabel: string; rows: readonly MetricTrendTableRow[]; sentence: string }) {
  return (
    <ChartFrame
      title={`${metric.name}月度趋势`}
      periodLabel={periodLabel}
      unit={metric.unit}
      summary={sentence}
      rows={rows}
      columns={trendColumns(metric.unit)}
      rowKey={(r) => r.month}
      height={TREND_CHART_HEIGHT}
      emptyMessage="该时段暂无月度数据"
      chart={<MetricTrendChart rows={rows} unit={metric.unit} />}
    />
  );
}
