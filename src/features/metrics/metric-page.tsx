import { useQuery } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { preloadCharts } from '../../components/charts/lazy-charts';
import { useNavigate, useParams } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { MetricSelect } from '../../components/metric-select';
import { Panel } from '../../components/panel';
import { QueryState } from '../../components/query-state';
import { Skeleton } from '../../components/skeleton';
import { samePeriodLastYear } from '../../domain/deltas';
import { monthlyValues } from '../../domain/monthly';
import { coversPeriod, yearsOf, type DataRange, type Period } from '../../domain/period';
import { metricProgress, progressWindow } from '../../domain/progress';
import { valuesByCommunity } from '../../domain/series';
import { progressSentence } from '../../domain/summary';
import { indexTargets } from '../../domain/targets';
import type { Metric } from '../../lib/api/contract';
import { communitiesOptions, metricsOptions, seriesOptions, sessionOptions, targetsOptions } from '../../lib/api/queries';
import { formatPeriod } from '../../lib/i18n/format';
import { usePeriod, usePeriodHref } from '../../lib/use-period';
import { CommunityTable } from './components/community-table';
import { MetricSummary } from './components/metric-summary';
import { MetricTrend, TREND_CHART_HEIGHT } from './components/metric-trend';
import { panelStatus } from './components/panel-status';
import { communityMetricRows, hasCommunityData } from './lib/community-rows';
import { metricTrendRows } from './lib/metric-trend-rows';
import './metrics.css';

const NO_DATA = '该时段暂无数据';
const NO_DATA_HINT = '请选择其他时段。';
/** Placeholder heights close to what loads, so the page does not jump. */
const SUMMARY_HEIGHT = 280;
const COMMUNITY_TABLE_HEIGHT = 880;

export function MetricPage() {
  const { metricId } = useParams();
  const metrics = useQuery(metricsOptions());
  useEffect(() => preloadCharts('metric'), []);
  return (
    <QueryState query={metrics} skeleton={<Skeleton lines={6} />} errorTitle="无法加载指标目录">
      {({ metrics: catalogue }) => {
        const metric = catalogue.find((m) => m.id === metricId);
        if (!metric) return <EmptyState message={`没有指标 “${metricId ?? ''}”`} hint="请从导航中选择指标。" pageHeading />;
        return <MetricDetail metric={metric} catalogue={catalogue} />;
      }}
    </QueryState>
  );
}

function MetricPicker({ metric, catalogue }: { metric: Metric; catalogue: readonly Metric[] }) {
  const navigate = useNavigate();
  const href = usePeriodHref();
  return <MetricSelect metrics={catalogue} value={metric.id} onChange={(id) => void navigate(href(`/metrics/${id}`))} />;
}

function MetricDetail({ metric, catalogue }: { metric: Metric; catalogue: readonly Metric[] }) {
  const { period, range } = usePeriod();
  return (
    <div className="page metric-page">
      <div className="metric-page__header">
        <div>
          <h1 className="page__title">{`${metric.name} · ${formatPeriod(period)}`}</h1>
          <p className="page__lead">{metric.definition}</p>
        </div>
        <MetricPicker metric={metric} catalogue={catalogue} />
      </div>
      <SubdistrictPanels metric={metric} period={period} />
      {metric.scope === 'community' ? (
        <CommunityPanel metric={metric} period={period} range={range} />
      ) : (
        <p className="page__note">该指标由街道行政服务中心统计，不分社区。</p>
      )}
    </div>
  );
}

/** The summary and the monthly trend: one `groupBy=month` series over the progress window. */
function SubdistrictPanels({ metric, period }: { metric: Metric; period: Period }) {
  const window = progressWindow(period);
  const monthly = useQuery(seriesOptions({ metrics: [metric.id], from: window.from, to: window.to, groupBy: 'month' }));
  const targets = useQuery(targetsOptions({ years: yearsOf(period), level: 'subdistrict' }));
  const status = (height: number, lines: number) =>
    panelStatus({ queries: [monthly, targets], errorTitle: '全街道数据加载失败', skeletonHeight: height, skeletonLines: lines });

  let summary: ReactNode = status(SUMMARY_HEIGHT, 6);
  let trend: ReactNode = status(TREND_CHART_HEIGHT + 48, 8);
  if (monthly.data && targets.data && !monthly.isError && !targets.isError) {
    const values = monthlyValues(monthly.data.rows, metric.id);
    const index = indexTargets(targets.data.targets);
    const progress = metricProgress(metric, values, index, period);
    const sentence = progressSentence({ periodLabel: formatPeriod(period), metricName: metric.name, unit: metric.unit, progress });
    if (progress.value === null) {
      summary = <EmptyState message={NO_DATA} hint={NO_DATA_HINT} />;
      trend = <EmptyState message="该时段暂无月度数据" />;
    } else {
      summary = <MetricSummary metric={metric} period={period} progress={progress} sentence={sentence} />;
      trend = <MetricTrend metric={metric} rows={metricTrendRows(values, index, metric.id, period)} sentence={sentence} />;
    }
  }

  return (
    <div className="metric-page__top">
      <Panel title="本期完成情况" subtitle={`全街道 · ${formatPeriod(period)}`}>
        {summary}
      </Panel>
      <Panel title="月度趋势" subtitle="本期、去年同期与月度目标（年度目标 ÷ 12）">
        {trend}
      </Panel>
    </div>
  );
}

/** Every community's figures for the period, with 同比 from a second series for last year. */
function CommunityPanel({ metric, period, range }: { metric: Metric; period: Period; range: DataRange }) {
  const href = usePeriodHref();
  // A secretary sees their own community highlighted.
  const highlightId = useQuery(sessionOptions()).data?.user.communityId;
  const communities = useQuery(communitiesOptions());
  const series = useQuery(seriesOptions({ metrics: [metric.id], from: period.from, to: period.to, groupBy: 'community' }));
  const targets = useQuery(targetsOptions({ years: yearsOf(period), level: 'community' }));
  const lastYear = samePeriodLastYear(period);
  // Before the data starts the server would sum only part of last year's period: no 同比 then.
  const hasLastYear = coversPeriod(range, lastYear);
  const lastYearSeries = useQuery({
    ...seriesOptions({ metrics: [metric.id], from: lastYear.from, to: lastYear.to, groupBy: 'community' }),
    enabled: hasLastYear,
  });

  const status = panelStatus({
    queries: hasLastYear ? [communities, series, targets, lastYearSeries] : [communities, series, targets],
    errorTitle: '各社区数据加载失败',
    skeletonHeight: COMMUNITY_TABLE_HEIGHT,
    skeletonLines: 16,
  });

  let body = status;
  if (!status && communities.data && series.data && targets.data) {
    const rows = communityMetricRows({
      metric,
      communities: communities.data.communities,
      values: valuesByCommunity(series.data.rows, metric.id),
      lastYearValues: hasLastYear && lastYearSeries.data ? valuesByCommunity(lastYearSeries.data.rows, metric.id) : null,
      targets: indexTargets(targets.data.targets),
      period,
    });
    body = hasCommunityData(rows) ? (
      <CommunityTable metric={metric} rows={rows} caption={`${formatPeriod(period)}各社区${metric.name}排名`} hrefFor={href} highlightId={highlightId} />
    ) : (
      <EmptyState message={NO_DATA} hint={NO_DATA_HINT} />
    );
  }

  return (
    <Panel title="各社区完成情况" subtitle="按数值排名；未开通该项服务的社区不参与排名。点击表头排序。">
      {body}
    </Panel>
  );
}
