import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ChartFrame } from '../../../components/chart-frame';
import { CompletionChart } from '../../../components/charts/lazy-charts';
import { DataTable } from '../../../components/data-table';
import { EmptyState } from '../../../components/empty-state';
import { ErrorPanel } from '../../../components/error-panel';
import { PaceBadge } from '../../../components/pace-badge';
import { MetricSelect } from '../../../components/metric-select';
import { Panel } from '../../../components/panel';
import { Skeleton } from '../../../components/skeleton';
import type { Period } from '../../../domain/period';
import { attentionList, communityProgress, meanOf, type CommunityProgress } from '../../../domain/progress';
import { valuesByCommunity } from '../../../domain/series';
import { completionSentence } from '../../../domain/summary';
import { indexTargets, type TargetIndex } from '../../../domain/targets';
import type { Community, Metric, SeriesRow } from '../../../lib/api/contract';
import { communitiesOptions } from '../../../lib/api/queries';
import { formatNumber, formatPercent, formatPeriod } from '../../../lib/i18n/format';
import { NOT_OFFERED } from '../../../lib/i18n/strings';
import { useLastReady } from '../../../lib/use-last-ready';
import { usePeriodHref } from '../../../lib/use-period';
import { completionChartRows } from '../lib/overview-data';
import { communitySeriesQuery, communityTargetsQuery } from '../lib/overview-queries';

interface Ready {
  communities: Community[];
  rows: SeriesRow[];
  targets: TargetIndex;
  /** The period these figures are for (the URL's may be newer while they load). */
  period: Period;
}

/** Every community's value on every per-community metric, and their targets (one request each). */
function useCommunityData(metrics: readonly Metric[], period: Period) {
  const communities = useQuery(communitiesOptions());
  const series = useQuery(communitySeriesQuery(metrics, period));
  const targets = useQuery(communityTargetsQuery(period));
  const queries = [communities, series, targets];
  const error = queries.find((q) => q.isError)?.error ?? null;
  const retry = () => queries.filter((q) => q.isError).forEach((q) => void q.refetch());
  const { from, to } = period;
  const fresh = useMemo(
    (): Ready | null =>
      communities.data && series.data && targets.data
        ? { communities: communities.data.communities, rows: series.data.rows, targets: indexTargets(targets.data.targets), period: { from, to } }
        : null,
    [communities.data, series.data, targets.data, from, to],
  );
  const { value: ready, updating } = useLastReady(fresh);
  return { error, retry, ready, updating };
}

function progressFor(metric: Metric, ready: Ready): CommunityProgress[] {
  return communityProgress(metric, ready.communities, valuesByCommunity(ready.rows, metric.id), ready.targets, ready.period);
}

export function CommunityCompletion({ metrics, period }: { metrics: readonly Metric[]; period: Period }) {
  const [params, setParams] = useSearchParams();
  const rankable = metrics.filter((m) => m.scope === 'community');
  const metric = rankable.find((m) => m.id === params.get('metric')) ?? rankable[0];
  const { error, retry, ready, updating } = useCommunityData(metrics, period);
  const title = '各社区目标完成率';
  return (
    <Panel
      title={title}
      busy={updating}
      subtitle={`${formatPeriod(period)} · 按序时折算的目标`}
      actions={
        <MetricSelect
          metrics={rankable}
          value={metric.id}
          onChange={(id) =>
            setParams(
              (current) => {
                const next = new URLSearchParams(current);
                next.set('metric', id);
                return next;
              },
              { replace: true },
            )
          }
        />
      }
    >
      {error ? <ErrorPanel error={error} onRetry={retry} /> : !ready ? <Skeleton lines={1} height="480px" /> : <CompletionBody metric={metric} ready={ready} />}
    </Panel>
  );
}

function CompletionBody({ metric, ready }: { metric: Metric; ready: Ready }) {
  const href = usePeriodHref();
  const navigate = useNavigate();
  const { period } = ready;
  const progress = progressFor(metric, ready);
  const rows = completionChartRows(progress);
  if (rows.length === 0) return <EmptyState message="该时段暂无可比较的数据" />;
  const average = meanOf(progress.map((p) => p.completion));
  const label = `${formatPeriod(period)}各社区${metric.name}完成率`;
  const summary = completionSentence(label, progress, rows.length);
  return (
    <ChartFrame
      label={label}
      summary={summary}
      height={Math.max(240, rows.length * 24 + 40)}
      chart={<CompletionChart rows={rows} average={average} onSelect={(id) => void navigate(href(`/communities/${id}`))} />}
      table={
        <DataTable
          caption={`${label}（${metric.unit}）`}
          rows={progress}
          rowKey={(r) => r.community.id}
          columns={[
            { key: 'name', header: '社区', rowHeader: true, render: (r) => <Link to={href(`/communities/${r.community.id}`)}>{r.community.name}</Link> },
            { key: 'value', header: '完成值', numeric: true, render: (r) => (r.value === null ? <span className="muted">{NOT_OFFERED}</span> : formatNumber(r.value)), sortValue: (r) => r.value },
            { key: 'target', header: '目标', numeric: true, render: (r) => (r.target === null ? '—' : formatNumber(Math.round(r.target))), sortValue: (r) => r.target },
            { key: 'completion', header: '完成率', numeric: true, render: (r) => (r.completion === null ? '—' : formatPercent(r.completion)), sortValue: (r) => r.completion },
            { key: 'pace', header: '序时进度', render: (r) => (r.value === null ? '—' : <PaceBadge status={r.pace} />) },
          ]}
        />
      }
    />
  );
}

export function AttentionList({ metrics, period }: { metrics: readonly Metric[]; period: Period }) {
  const href = usePeriodHref();
  const { error, retry, ready, updating } = useCommunityData(metrics, period);
  return (
    <Panel title="需要关注" subtitle="落后于序时进度最多的社区和指标" busy={updating}>
      {error ? (
        <ErrorPanel error={error} onRetry={retry} />
      ) : !ready ? (
        <Skeleton lines={8} />
      ) : (
        (() => {
          const items = attentionList(
            metrics.filter((m) => m.scope === 'community').map((metric) => ({ metric, rows: progressFor(metric, ready) })),
            8,
            2,
          );
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
                    {formatPercent(progress.completion ?? 0)} <PaceBadge status={progress.pace} />
                  </span>
                </li>
              ))}
            </ol>
          );
        })()
      )}
    </Panel>
  );
}
