import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { ErrorPanel } from '../../components/error-panel';
import { Panel } from '../../components/panel';
import { Skeleton } from '../../components/skeleton';
import type { Community, Metric } from '../../lib/api/contract';
import { communitiesOptions, metricsOptions, seriesOptions } from '../../lib/api/queries';
import { formatNumber, formatPeriod } from '../../lib/i18n/format';
import { NOT_OFFERED } from '../../lib/i18n/strings';
import { usePeriod, usePeriodHref } from '../../lib/use-period';
import { communityStandings } from './lib/standings';

export function CommunityPage() {
  const { communityId } = useParams();
  const communities = useQuery(communitiesOptions());
  const metrics = useQuery(metricsOptions());
  if (communities.isError || metrics.isError) {
    return <ErrorPanel error={communities.error ?? metrics.error} onRetry={() => void Promise.all([communities.refetch(), metrics.refetch()])} />;
  }
  if (!communities.data || !metrics.data) return <Skeleton lines={8} />;
  const community = communities.data.communities.find((c) => c.id === communityId);
  if (!community) return <EmptyState message={`没有社区 “${communityId ?? ''}”`} hint="请从排名中选择社区。" pageHeading />;
  return <CommunityDetail community={community} communities={communities.data.communities} metrics={metrics.data.metrics} />;
}

function CommunityDetail({ community, communities, metrics }: { community: Community; communities: Community[]; metrics: Metric[] }) {
  const { period } = usePeriod();
  const href = usePeriodHref();
  const perCommunity = metrics.filter((m) => m.scope === 'community').map((m) => m.id);
  const series = useQuery(seriesOptions({ metrics: perCommunity, from: period.from, to: period.to, groupBy: 'community' }));
  return (
    <div className="page">
      <h1 className="page__title">
        {community.name} · {formatPeriod(period)}
      </h1>
      <p className="page__lead">共 {formatNumber(community.households)} 户</p>
      <Panel title="各项指标与全街道排名">
        {series.isError ? (
          <ErrorPanel error={series.error} onRetry={() => void series.refetch()} />
        ) : !series.data ? (
          <Skeleton lines={10} />
        ) : (
          <table className="table">
            <caption className="visually-hidden">{`${community.name}${formatPeriod(period)}各项指标`}</caption>
            <thead>
              <tr>
                <th scope="col">指标</th>
                <th scope="col" className="num">
                  数值
                </th>
                <th scope="col" className="num">
                  排名
                </th>
              </tr>
            </thead>
            <tbody>
              {communityStandings(community.id, metrics, communities, series.data.rows).map((s) => (
                <tr key={s.metric.id}>
                  <th scope="row">
                    <Link to={href(`/metrics/${s.metric.id}`)}>{s.metric.name}</Link>
                  </th>
                  <td className="num">
                    {s.value === null ? (
                      <span className="muted">{NOT_OFFERED}</span>
                    ) : (
                      `${formatNumber(s.value)} ${s.metric.unit}`
                    )}
                  </td>
                  <td className="num">{s.rank === null ? '—' : `第 ${s.rank} / ${s.rankedCount} 名`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Panel>
    </div>
  );
}
