import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ChartFrame } from '../../../components/chart-frame';
import { LinesChart } from '../../../components/charts/lazy-charts';
import { PACE_REFERENCE } from '../../../lib/i18n/strings';
import { PALETTE } from '../../../components/charts/palette';
import type { Column } from '../../../components/data-table';
import { MetricSelect } from '../../../components/metric-select';
import { Panel } from '../../../components/panel';
import { QueryState } from '../../../components/query-state';
import { TREND_MONTHS, monthsAtOrAbove, type CommunityHome, type CompletionTrendRow } from '../../../domain/community-home';
import type { CompletionTrendView } from '../../../domain/home-views';
import type { Period } from '../../../domain/period';
import type { Catalogue, Community } from '../../../lib/api/contract';
import { completionTrendQuery } from '../api';
import { formatMonth, formatPercent, formatPeriod } from '../../../lib/i18n/format';
import { trendComparisonSentence } from '../../../lib/i18n/sentences';
import { useMetricParam } from '../../../lib/use-url-state';

const TREND_HEIGHT = 300;

/** The twelve months ending with the period: monthly completion of the community against the subdistrict, for one metric (the weakest by default). */
export function CompletionTrendPanel({ home, community, catalogue, period }: { home: CommunityHome; community: Community; catalogue: Catalogue; period: Period }) {
  const choices = useMemo(() => home.metrics.map((m) => m.metric), [home]);
  const [metric, setMetric] = useMetricParam(choices, home.weakest?.metric.id);
  const query = useQuery(completionTrendQuery(catalogue, metric?.id, community.id, period));
  if (!metric) return null;
  return (
    <Panel title={`近 ${TREND_MONTHS} 个月序时完成率`} subtitle="各月末的序时完成率：当年 1 月起累计完成值 ÷（年度目标 × 已过月数 ÷ 12）；本社区与全街道对比" actions={<MetricSelect metrics={choices} value={metric.id} onChange={setMetric} />}>
      <QueryState queries={[query]} height={TREND_HEIGHT + 48} errorTitle="月度数据加载失败">
        {([view]) => view && <TrendBody view={view} community={community} />}
      </QueryState>
    </Panel>
  );
}

const SERIES = [
  { key: 'own', name: '本社区', color: PALETTE.primary },
  { key: 'subdistrict', name: '全街道', color: PALETTE.secondary },
];

function TrendBody({ view, community }: { view: CompletionTrendView; community: Community }) {
  const { metric, rows } = view;
  const columns = useMemo<Column<CompletionTrendRow>[]>(
    () => [
      { key: 'month', header: '月份', rowHeader: true, value: (r) => r.month, format: (v) => formatMonth(String(v)) },
      { key: 'own', header: community.name, percent: true, value: (r) => r.own },
      { key: 'subdistrict', header: '全街道', percent: true, value: (r) => r.subdistrict },
    ],
    [community.name],
  );
  const periodLabel = formatPeriod({ from: rows[0]?.month ?? view.window.from, to: view.window.to });
  return (
    <ChartFrame
      title={`${community.name}${metric.name}序时完成率`}
      periodLabel={periodLabel}
      summary={trendComparisonSentence(`${periodLabel}${community.name}${metric.name}序时完成率`, monthsAtOrAbove(rows))}
      rows={rows}
      columns={columns}
      rowKey={(r) => r.month}
      height={TREND_HEIGHT}
      chart={<LinesChart rows={rows} xKey="label" series={SERIES} format={formatPercent} reference={PACE_REFERENCE} />}
    />
  );
}
