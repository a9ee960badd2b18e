import { rankWithTies } from './ranking';
import { valuesByCommunity } from './series';
import type { Community, Metric, SeriesRow } from '../lib/api/contract';

export interface Standing {
  metric: Metric;
  value: number | null;
  rank: number | null;
  /** How many communities have a value (and so a rank) for the metric. */
  rankedCount: number;
}

/** One community's value and rank on every per-community metric. */
export function communityStandings(communityId: string, metrics: readonly Metric[], communities: readonly Community[], rows: readonly SeriesRow[]): Standing[] {
  return metrics
    .filter((m) => m.scope === 'community')
    .map((metric) => {
      const values = valuesByCommunity(rows, metric.id);
      const ranked = rankWithTies(communities, (c) => values.get(c.id) ?? null, metric.higherIsBetter);
      const mine = ranked.find((r) => r.item.id === communityId);
      return {
        metric,
        value: mine?.value ?? null,
        rank: mine?.rank ?? null,
        rankedCount: ranked.filter((r) => r.rank !== null).length,
      };
    });
}
