import { isClosedYear } from '../../domain/pace';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useNavigate, useParams } from 'react-router';
import { preloadCharts } from '../../components/charts/lazy-charts';
import { communityColumns } from '../../components/community-columns';
import { EmptyState } from '../../components/empty-state';
import { MetricSelect } from '../../components/metric-select';
import { Panel } from '../../components/panel';
import { QueryState } from '../../components/query-state';
import { RankingFrame } from '../../components/ranking-frame';
import { findMetric } from '../../domain/catalogue';
import { communityFiguresOf, metricMonths, monthlyFiguresOf, progressOf, rankMetric } from '../../domain/figures';
import type { DataRange, Period } from '../../domain/period';
import { rankingRows, type RankingRow } from '../../domain/ranking-subject';
import { valuesByCommunity } from '../../domain/series';
import { rankedByCount } from '../../domain/standings';
import type { Catalogue, Metric } from '../../lib/api/contract';
import { metricsOptions, type SubdistrictMonthlyData } from '../../lib/api/queries';
import { formatPercent, formatPeriod } from '../../lib/i18n/format';
import { progressSentence, rankingRule, rankingSentence } from '../../lib/i18n/sentences';
import { usePeriod, usePeriodHref } from '../../lib/use-url-state';
import { MetricSummary } from './components/metric-summary';
import { MetricTrend, TREND_CHART_HEIGHT } from './components/metric-trend';
import { metricTrendRows } from './lib/metric-trend-rows';
import { metricCommunitiesOptions, metricMonthlyOptions, type MetricCommunitiesData } from './lib/metric-queries';
import './metrics.css';
import { useCommunityAccess, useViewer } from '../../lib/use-viewer';
import { ReleaseNotice } from '../../components/release-notice';
import { metricPath } from '../../lib/route-paths';

/** Placeholder heights close to what loads, so the page does not jump. */
const SUMMARY_HEIGHT = 280;
const COMMUNITY_TABLE_HEIGHT = 880;
const RANKING_COLUMNS = ['rank', 'community', 'value', 'target', 'completion', 'pace', 'vsLastYear'] as const;

export function MetricPage() {
  const { metricId } = useParams();
  const metrics = useQuery(metricsOptions());
  useEffect(() => void preloadCharts('metric'), []);
  return (
    <QueryState queries={[metrics]} height={SUMMARY_HEIGHT} errorTitle="无法加载指标目录">
      {([catalogue]) => {
        const metric = findMetric(catalogue, metricId);
        if (!metric) return <EmptyState message={`没有指标 “${metricId ?? ''}”`} hint="请从导航中选择指标。" pageHeading />;
        return <MetricDetail metric={metric} catalogue={catalogue} />;
      }}
    </QueryState>
  );
}

function MetricPicker({ metric, catalogue }: { metric: Metric; catalogue: Catalogue }) {
  const navigate = useNavigate();
  const href = usePeriodHref();
  return <MetricSelect metrics={catalogue.metrics} value={metric.id} onChange={(id) => void navigate(href(metricPath(id)))} />;
}

function MetricDetail({ metric, catalogue }: { metric: Metric; catalogue: Catalogue }) {
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
      <SubdistrictPanels metric={metric} catalogue={catalogue} period={period} />
      {metric.scope === 'community' ? (
        <CommunityPanel metric={metric} catalogue={catalogue} period={period} range={range} />
      ) : (
        <p className="page__note">该指标由街道行政服务中心统计，不分社区。</p>
      )}
    </div>
  );
}

/** The figures a bundle holds are for the metric and period it was asked for (a kept bundle may be the previous one's). */
function subdistrictFigures(data: SubdistrictMonthlyData, catalogue: Catalogue) {
  const metric = findMetric(catalogue, data.input.metricIds[0]);
  if (!metric) return null;
  const { period } = data.input;
  const figures = monthlyFiguresOf(data);
  const monthly = metricMonths(figures, metric.id);
  const { targets } = figures;
  const progress = progressOf(figures, metric, period);
  const periodLabel = formatPeriod(period);
  const sentence = progressSentence({ periodLabel, metricName: metric.name, unit: metric.unit, progress });
  return { metric, period, periodLabel, monthly, targets, progress, sentence };
}

/** The summary and the monthly trend: one `groupBy=month` series over the progress window. */
function SubdistrictPanels({ metric, catalogue, period }: { metric: Metric; catalogue: Catalogue; period: Period }) {
  const query = useQuery(metricMonthlyOptions(metric, period));
  const noValue = ([data]: readonly [SubdistrictMonthlyData]) => subdistrictFigures(data, catalogue)?.progress.value == null;
  return (
    <div className="metric-page__top">
      <Panel title="本期完成情况" subtitle={`全街道 · ${formatPeriod(period)}`}>
        <QueryState queries={[query]} height={SUMMARY_HEIGHT} errorTitle="全街道数据加载失败" isEmpty={noValue}>
          {([data]) => {
            const f = subdistrictFigures(data, catalogue);
            return f && <MetricSummary metric={f.metric} period={f.period} progress={f.progress} sentence={f.sentence} />;
          }}
        </QueryState>
      </Panel>
      <Panel title="月度趋势" subtitle="本期、去年同期与月度目标（年度目标 ÷ 12）">
        <QueryState queries={[query]} height={TREND_CHART_HEIGHT + 48} errorTitle="全街道数据加载失败">
          {([data]) => {
            const f = subdistrictFigures(data, catalogue);
            return f && <MetricTrend metric={f.metric} periodLabel={f.periodLabel} rows={metricTrendRows(f.monthly, f.targets, f.metric.id, f.period)} sentence={f.sentence} />;
          }}
        </QueryState>
      </Panel>
    </div>
  );
}

/** Every community's figures for the period, with 同比 from last year's values. */
function CommunityPanel({ metric, catalogue, period, range }: { metric: Metric; catalogue: Catalogue; period: Period; range: DataRange }) {
  const access = useCommunityAccess(period, range);
  const query = useQuery({ ...metricCommunitiesOptions(metric, period, range), enabled: access.kind === 'allowed' });
  return (
    <Panel title="各社区完成情况" subtitle="点击表头可按任一列排序">
      {access.kind === 'refused' ? (
        <ReleaseNotice period={period} offers={access.offers} role={access.role} />
      ) : (
        <QueryState queries={[query]} height={COMMUNITY_TABLE_HEIGHT} errorTitle="各社区数据加载失败">
          {([data]) => <CommunityBody data={data} catalogue={catalogue} />}
        </QueryState>
      )}
    </Panel>
  );
}

function CommunityBody({ data, catalogue }: { data: MetricCommunitiesData; catalogue: Catalogue }) {
  const href = usePeriodHref();
  const viewer = useViewer();
  const ownId = viewer?.communityId;
  // The figures may be the previous metric's while the new ones load: they say which.
  const metric = findMetric(catalogue, data.input.metricId);
  const rows = useMemo(() => {
    if (!metric) return [];
    const ranking = rankMetric(communityFiguresOf(data), metric);
    return rankingRows(ranking, { lastYear: data.lastYear ? valuesByCommunity(data.lastYear.rows, metric.id) : null });
  }, [data, metric]);
  const columns = useMemo(() => (metric ? communityColumns<RankingRow>(metric, { keys: RANKING_COLUMNS, hrefFor: href, viewer, closedYear: isClosedYear(data.input.period) }) : []), [metric, href, viewer, data.input.period]);
  if (!metric) return null;
  const periodLabel = formatPeriod(data.input.period);
  const title = `各社区${metric.name}排名`;
  return (
    <RankingFrame
      title={title}
      periodLabel={periodLabel}
      unit={metric.unit}
      summary={rankingSentence(`${periodLabel}${title}`, rows, (r) => (r.completion === null ? '—' : formatPercent(r.completion)), null)}
      rule={rankingRule('completion', metric.higherIsBetter, rankedByCount(rows))}
      rows={rows}
      columns={columns}
      ownId={ownId}
    />
  );
}
