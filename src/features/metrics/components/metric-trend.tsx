import { ChartFrame } from '../../../components/chart-frame';
import { LinesChart } from '../../../components/charts/lazy-charts';
import { PALETTE } from '../../../components/charts/palette';
import type { Column } from '../../../components/data-table';
import type { Metric } from '../../../lib/api/contract';
import { formatMonth, formatNumber } from '../../../lib/i18n/format';
import type { MetricTrendTableRow } from '../api';

export const TREND_CHART_HEIGHT = 320;

const TREND_SERIES = [
  { key: 'value', name: '本期', color: PALETTE.primary },
  { key: 'lastYear', name: '去年同期', color: PALETTE.muted },
  { key: 'target', name: '月度目标', color: PALETTE.target, dashed: true, dots: false },
];

function trendColumns(unit: string): Column<MetricTrendTableRow>[] {
  return [
    { key: 'month', header: '月份', rowHeader: true, value: (r) => r.month, format: (v) => formatMonth(String(v)) },
    { key: 'value', header: '本期', unit, value: (r) => r.value },
    { key: 'lastYear', header: '去年同期', unit, value: (r) => r.lastYear },
    { key: 'target', header: '月度目标', unit, reference: true, wholeUnits: true, value: (r) => r.target },
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
      chart={<LinesChart rows={rows} xKey="label" series={TREND_SERIES} format={(v) => `${formatNumber(Math.round(v))} ${metric.unit}`} axisFormat={formatNumber} unit={metric.unit} />}
    />
  );
}
