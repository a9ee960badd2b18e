import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { preloadCharts } from '../../components/charts/lazy-charts';
import { communityColumns } from '../../components/community-columns';
import { EmptyState } from '../../components/empty-state';
import { MetricSelect } from '../../components/metric-select';
import { Panel } from '../../components/panel';
import { QueryState } from '../../components/query-state';
import { RankingFrame } from '../../components/ranking-frame';
import type { MetricCommunitiesView, MetricMonthlyView } from '../../domain/metric-views';
import type { RankingRow } from '../../domain/ranking-subject';
import { rankedByCount } from '../../domain/standings';
import type { Catalogue, Metric } from '../../lib/api/contract';
import { formatPercent, formatPeriod } from '../../lib/i18n/format';
import { progressSentence, rankingRule, rankingSentence } from '../../lib/i18n/sentences';
import { usePeriodHref } from '../../lib/use-url-state';
import { MetricSummary } from './components/metric-summary';
import { MetricTrend, TREND_CHART_HEIGHT } from './components/metric-trend';
import { metricCommunitiesQuery, metricMonthlyQuery, useMetricInputs, type MetricInputs } from './api';
export { metricLoader } from './api';
import './metrics.css';
import { useCommunityAccess, useViewer } from '../../lib/use-viewer';
import { ReleaseNotice } from '../../components/release-notice';
import { metricPath } from '../../lib/route-paths';

/** Placeholder heights close to what loads, so the page does not jump. */
const SUMMARY_HEIGHT = 280;
const COMMUNITY_TABLE_HEIGHT = 880;
const RANKING_COLUMNS = ['rank', 'community', 'value', 'target', 'completion', 'pace', 'vsLastYear'] as const;

export function MetricPage() {
  const { catalogue: metrics, inputs } = useMetricInputs();
  useEffect(() => void preloadCharts('metric'), []);
  return (
    <QueryState queries={[metrics]} height={SUMMARY_HEIGHT} errorTitle="无法加载指标目录">
      {() => {
        if (!inputs) return null;
        const { metric } = inputs;
        if (!metric) return <EmptyState message={`没有指标 “${inputs.metricId ?? ''}”`} hint="请从导航中选择指标。" pageHeading />;
        return <MetricDetail metric={metric} inputs={inputs} />;
      }}
    </QueryState>
  );
}

function MetricPicker({ metric, catalogue }: { metric: Metric; catalogue: Catalogue }) {
  const navigate = useNavigate();
  const href = usePeriodHref();
  return <MetricSelect metrics={catalogue.metrics} value={metric.id} onChange={(id) => void navigate(href(metricPath(id)))} />;
}

function MetricDetail({ metric, inputs }: { metric: Metric; inputs: MetricInputs }) {
  const { period, catalogue } = inputs;
  return (
    <div className="page metric-page">
      <div className="metric-page__header">
        <div>
          <h1 className="page__title">{`${metric.name} · ${formatPeriod(period)}`}</h1>
          <p className="page__lead">{metric.definition}</p>
        </div>
        <MetricPicker metric={metric} catalogue={catalogue} />
      </div>
      <SubdistrictPanels metric={metric} inputs={inputs} />
      {metric.scope === 'community' ? <CommunityPanel metric={metric} inputs={inputs} /> : <p className="page__note">该指标由街道行政服务中心统计，不分社区。</p>}
    </div>
  );
}

/** The figures' own sentence: a kept bundle may be the previous metric's or period's. */
function sentenceOf(view: MetricMonthlyView) {
  const { metric, period, progress } = view;
  return progressSentence({ periodLabel: formatPeriod(period), metricName: metric.name, unit: metric.unit, progress });
}

/** The summary and the monthly trend: one `groupBy=month` series over the progress window. */
function SubdistrictPanels({ metric, inputs }: { metric: Metric; inputs: MetricInputs }) {
  const query = useQuery(metricMonthlyQuery(inputs, metric));
  const { period } = inputs;
  return (
    <div className="metric-page__top">
      <Panel title="本期完成情况" subtitle={`全街道 · ${formatPeriod(period)}`}>
        <QueryState queries={[query]} height={SUMMARY_HEIGHT} errorTitle="全街道数据加载失败" isEmpty={([view]) => view?.progress.value == null}>
          {([view]) => view && <MetricSummary metric={view.metric} period={view.period} progress={view.progress} sentence={sentenceOf(view)} />}
        </QueryState>
      </Panel>
      <Panel title="月度趋势" subtitle="本期、去年同期与月度目标（年度目标 ÷ 12）">
        <QueryState queries={[query]} height={TREND_CHART_HEIGHT + 48} errorTitle="全街道数据加载失败">
          {([view]) => view && <MetricTrend metric={view.metric} periodLabel={formatPeriod(view.period)} rows={view.trend} sentence={sentenceOf(view)} />}
        </QueryState>
      </Panel>
    </div>
  );
}

/** Every community's figures for the period, with 同比 from last year's values. */
function CommunityPanel({ metric, inputs }: { metric: Metric; inputs: MetricInputs }) {
  const { period, range } = inputs;
  const access = useCommunityAccess(period, range);
  const query = useQuery(metricCommunitiesQuery(inputs, metric, access.kind === 'allowed'));
  return (
    <Panel title="各社区完成情况" subtitle="点击表头可按任一列排序">
      {access.kind === 'refused' ? (
        <ReleaseNotice period={period} offers={access.offers} role={access.role} />
      ) : (
        <QueryState queries={[query]} height={COMMUNITY_TABLE_HEIGHT} errorTitle="各社区数据加载失败">
          {([view]) => view && <CommunityBody view={view} />}
        </QueryState>
      )}
    </Panel>
  );
}

/** The figures may be the previous metric's while the new ones load: they say which. */
function CommunityBody({ view }: { view: MetricCommunitiesView }) {
  const { metric, rows, closedYear } = view;
  const href = usePeriodHref();
  const viewer = useViewer();
  const columns = useMemo(() => communityColumns<RankingRow>(metric, { keys: RANKING_COLUMNS, hrefFor: href, viewer, closedYear }), [metric, href, viewer, closedYear]);
  const periodLabel = formatPeriod(view.period);
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
      ownId={viewer?.communityId}
    />
  );
}
