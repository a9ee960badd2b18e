import { useQuery } from '@tanstack/react-query';
import { ErrorPanel } from '../../../components/error-panel';
import { RankingTable } from '../../../components/ranking-table';
import { Skeleton } from '../../../components/skeleton';
import type { Period } from '../../../domain/period';
import { rankWithTies } from '../../../domain/ranking';
import { valuesByCommunity } from '../../../domain/series';
import type { Metric } from '../../../lib/api/contract';
import { communitiesOptions, seriesOptions, sessionOptions } from '../../../lib/api/queries';
import { formatPeriod } from '../../../lib/i18n/format';
import { usePeriodHref } from '../../../lib/use-period';

/** One metric's per-community ranking for a period. */
export function CommunityRanking({ metric, period }: { metric: Metric; period: Period }) {
  const href = usePeriodHref();
  // A secretary sees their own community highlighted.
  const highlightId = useQuery(sessionOptions()).data?.user.communityId;
  const communities = useQuery(communitiesOptions());
  const series = useQuery(seriesOptions({ metrics: [metric.id], from: period.from, to: period.to, groupBy: 'community' }));
  if (communities.isError || series.isError) {
    return (
      <ErrorPanel
        error={communities.error ?? series.error}
        onRetry={() => {
          if (communities.isError) void communities.refetch();
          if (series.isError) void series.refetch();
        }}
      />
    );
  }
  if (!communities.data || !series.data) return <Skeleton lines={8} />;
  const values = valuesByCommunity(series.data.rows, metric.id);
  const ranked = rankWithTies(communities.data.communities, (c) => values.get(c.id) ?? null, metric.higherIsBetter);
  return (
    <RankingTable
      caption={`${formatPeriod(period)}各社区${metric.name}排名`}
      unit={metric.unit}
      ranked={ranked.map((r) => ({ ...r, item: { id: r.item.id, name: r.item.name } }))}
      hrefFor={href}
      highlightId={highlightId}
    />
  );
}
