import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { ErrorPanel } from '../../components/error-panel';
import { Panel } from '../../components/panel';
import { QueryState } from '../../components/query-state';
import { Skeleton } from '../../components/skeleton';
import { totalsByMetric } from '../../domain/series';
import type { Metric } from '../../lib/api/contract';
import { metricsOptions, seriesOptions } from '../../lib/api/queries';
import { formatNumber, formatPeriod } from '../../lib/i18n/format';
import { usePeriod } from '../../lib/use-period';
import { CommunityRanking } from '../rankings/components/community-ranking';

export function MetricPage() {
  const { metricId } = useParams();
  const metrics = useQuery(metricsOptions());
  return (
    <QueryState query={metrics} skeleton={<Skeleton lines={6} />}>
      {({ metrics: catalogue }) => {
        const metric = catalogue.find((m) => m.id === metricId);
        if (!metric) return <EmptyState message={`没有指标 “${metricId ?? ''}”`} hint="请从导航中选择指标。" />;
        return <MetricDetail metric={metric} />;
      }}
    </QueryState>
  );
}

function MetricDetail({ metric }: { metric: Metric }) {
  const { period } = usePeriod();
  const total = useQuery(seriesOptions({ metrics: [metric.id], from: period.from, to: period.to, groupBy: 'none' }));
  const value = total.data ? totalsByMetric(total.data.rows).get(metric.id) ?? null : null;
  return (
    <div className="page">
      <h1 className="page__title">
        {metric.name} · {formatPeriod(period)}
      </h1>
      <p className="page__lead">{metric.definition}</p>
      <Panel title="全街道合计">
        {total.isError ? (
          <ErrorPanel error={total.error} onRetry={() => void total.refetch()} />
        ) : !total.data ? (
          <Skeleton lines={1} height="2.5em" />
        ) : (
          <p className="big-figure">
            {value === null ? '—' : formatNumber(value)}
            <span className="figure__unit">{metric.unit}</span>
          </p>
        )}
      </Panel>
      {metric.scope === 'community' ? (
        <Panel title="各社区排名">
          <CommunityRanking metric={metric} period={period} />
        </Panel>
      ) : (
        <p className="page__note">该指标由街道行政服务中心统计，不分社区。</p>
      )}
    </div>
  );
}
