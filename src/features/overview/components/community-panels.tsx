import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { ChartFrame } from '../../../components/chart-frame';
import { CompletionChart } from '../../../components/charts/lazy-charts';
import { communityColumns, notOfferedNote } from '../../../components/community-columns';
import { EmptyState } from '../../../components/empty-state';
import { MetricSelect } from '../../../components/metric-select';
import { PaceBadge } from '../../../components/pace-badge';
import { Panel } from '../../../components/panel';
import { QueryState } from '../../../components/query-state';
import { communityMetrics } from '../../../domain/catalogue';
import type { Period } from '../../../domain/period';
import { attentionList, communityProgress, completionStats, meanOf, type CommunityProgress } from '../../../domain/progress';
import { valuesByCommunity } from '../../../domain/series';
import { indexTargets } from '../../../domain/targets';
import type { Catalogue, Metric } from '../../../lib/api/contract';
import type { CommunityFiguresData } from '../../../lib/api/queries';
import { formatPercent, formatPeriod } from '../../../lib/i18n/format';
import { completionSentence } from '../../../lib/i18n/sentences';
import { useMetricParam, usePeriodHref } from '../../../lib/use-url-state';
import { completionChartRows } from '../lib/overview-data';
import { overviewCommunityOptions } from '../lib/overview-queries';

type Figures = CommunityFiguresData;

/** Each community's progress on `metric` from the overview's community figures. */
function useProgress(figures: Figures, metric: Metric): CommunityProgress[] {
  const targets = useMemo(() => indexTargets(figures.targets.targets), [figures.targets]);
  return useMemo(
    () => communityProgress(metric, figures.communities.communities, valuesByCommunity(figures.series.rows, metric.id), targets, figures.input.period),
    [metric, figures, targets],
  );
}

const COMPLETION_HEIGHT_PER_BAR = 24;

export function CommunityCompletion({ catalogue, period }: { catalogue: Catalogue; period: Period }) {
  const rankable = communityMetrics(catalogue.metrics);
  const [metric, setMetric] = useMetricParam(rankable);
  const query = useQuery(overviewCommunityOptions(catalogue, period));
  if (!metric) return null;
  return (
    <Panel
      title="各社区目标完成率"
      subtitle={`${formatPeriod(period)} · 按序时折算的目标`}
      actions={<MetricSelect metrics={rankable} value={metric.id} onChange={setMetric} />}
    >
      <QueryState queries={[query]} height={480} errorTitle="各社区数据加载失败">
        {([figures]) => <CompletionBody figures={figures} metric={metric} />}
      </QueryState>
    </Panel>
  );
}

function CompletionBody({ figures, metric }: { figures: Figures; metric: Metric }) {
  const href = usePeriodHref();
  const navigate = useNavigate();
  const progress = useProgress(figures, metric);
  const chartRows = useMemo(() => completionChartRows(progress), [progress]);
  const columns = useMemo(() => communityColumns<CommunityProgress>(metric, { keys: ['community', 'value', 'target', 'completion', 'pace'], hrefFor: href }), [metric, href]);
  const periodLabel = formatPeriod(figures.input.period);
  const title = `各社区${metric.name}完成率`;
  return (
    <ChartFrame
      title={title}
      periodLabel={periodLabel}
      unit={metric.unit}
      summary={completionSentence(`${periodLabel}${title}`, completionStats(progress), chartRows.length)}
      rows={progress}
      columns={columns}
      rowKey={(r) => r.community.id}
      note={notOfferedNote}
      emptyMessage="该时段暂无可比较的数据"
      height={Math.max(240, chartRows.length * COMPLETION_HEIGHT_PER_BAR + 40)}
      chart={
        chartRows.length > 0 ? (
          <CompletionChart rows={chartRows} average={meanOf(progress.map((p) => p.completion))} onSelect={(id) => void navigate(href(`/communities/${id}`))} />
        ) : undefined
      }
    />
  );
}

export function AttentionList({ catalogue, period }: { catalogue: Catalogue; period: Period }) {
  const query = useQuery(overviewCommunityOptions(catalogue, period));
  return (
    <Panel title="需要关注" subtitle="落后于序时进度最多的社区和指标">
      <QueryState queries={[query]} height={320} errorTitle="各社区数据加载失败">
        {([figures]) => <AttentionBody figures={figures} catalogue={catalogue} />}
      </QueryState>
    </Panel>
  );
}

function AttentionBody({ figures, catalogue }: { figures: Figures; catalogue: Catalogue }) {
  const href = usePeriodHref();
  const items = useMemo(() => {
    const targets = indexTargets(figures.targets.targets);
    const byMetric = communityMetrics(catalogue.metrics).map((metric) => ({
      metric,
      rows: communityProgress(metric, figures.communities.communities, valuesByCommunity(figures.series.rows, metric.id), targets, figures.input.period),
    }));
    return attentionList(byMetric, 8, 2);
  }, [figures, catalogue]);
  if (items.length === 0) return <EmptyState message="所有社区均达到序时进度" />;
  return (
    <ol className="attention">
      {items.map(({ metric, progress }) => (
        <li key={`${metric.id}-${progress.community.id}`} className="attention__item">
          <Link to={href(`/communities/${progress.community.id}`)}>{progress.community.name}</Link>
          <span className="attention__metric">
            <Link to={href(`/metrics/${metric.id}`)}>{metric.name}</Link>
          </span>
          <span className="attention__figure">
            {progress.completion === null ? '—' : formatPercent(progress.completion)} <PaceBadge status={progress.pace} />
          </span>
        </li>
      ))}
    </ol>
  );
}
