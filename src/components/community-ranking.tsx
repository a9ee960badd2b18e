import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { communityMetricRows, type CommunityMetricRow } from '../domain/community-rows';
import type { Period } from '../domain/period';
import { valuesByCommunity } from '../domain/series';
import { indexTargets } from '../domain/targets';
import type { CommunitiesResponse, Metric, SeriesResponse, TargetsResponse } from '../lib/api/contract';
import { sessionOptions } from '../lib/api/queries';
import { formatPeriod } from '../lib/i18n/format';
import { valueRankingSentence } from '../lib/i18n/sentences';
import { usePeriodHref } from '../lib/use-url-state';
import { ChartFrame } from './chart-frame';
import { communityColumns, notOfferedNote, type CommunityColumnKey } from './community-columns';

/** A community-figures bundle's data (lib/api/queries.ts), with last year's series where 同比 is shown. */
export interface CommunityRankingFigures {
  input: { period: Period };
  communities: CommunitiesResponse;
  series: SeriesResponse;
  targets: TargetsResponse;
  /** Last year's values for 同比; null or absent when that period is not (fully) in the data. */
  lastYear?: SeriesResponse | null;
}

/** Every community on one metric, ranked, as one sortable table with exports; the signed-in secretary's own row marked. */
export function CommunityRanking({ metric, figures, keys }: { metric: Metric; figures: CommunityRankingFigures; keys: readonly CommunityColumnKey[] }) {
  const hrefFor = usePeriodHref();
  const ownId = useQuery(sessionOptions()).data?.user.communityId;
  const rows = useMemo(
    () =>
      communityMetricRows({
        metric,
        communities: figures.communities.communities,
        values: valuesByCommunity(figures.series.rows, metric.id),
        lastYearValues: figures.lastYear ? valuesByCommunity(figures.lastYear.rows, metric.id) : null,
        targets: indexTargets(figures.targets.targets),
        period: figures.input.period,
      }),
    [metric, figures],
  );
  const columns = useMemo(() => communityColumns<CommunityMetricRow>(metric, { keys, hrefFor, ownId }), [metric, keys, hrefFor, ownId]);
  const periodLabel = formatPeriod(figures.input.period);
  return (
    <ChartFrame
      title={`各社区${metric.name}排名`}
      periodLabel={periodLabel}
      unit={metric.unit}
      summary={valueRankingSentence(periodLabel, metric.name)}
      rows={rows}
      columns={columns}
      rowKey={(r) => r.community.id}
      rowClassName={(r) => (r.community.id === ownId ? 'is-highlighted' : undefined)}
      note={notOfferedNote}
      initialSort={{ key: 'rank', direction: 'ascending' }}
    />
  );
}
