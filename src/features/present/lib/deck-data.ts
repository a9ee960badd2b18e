// The deck's data: one snapshot, taken when the deck opens, kept (no refetch while presenting)
// and saved for offline use; 刷新数据 takes a new one on purpose.
import { areaWindow } from '../../../domain/area-trend';
import { communityMetrics, leadAreas, metricIdsOf } from '../../../domain/catalogue';
import { historyPeriods } from '../../../domain/history';
import { yearsOf, type DataRange, type Period } from '../../../domain/period';
import { bundleOptions, type QueryData } from '../../../lib/api/bundle';
import type { Catalogue } from '../../../lib/api/contract';
import { communitiesOptions, seriesOptions, targetsOptions } from '../../../lib/api/queries';

/** Marks the queries the offline store keeps (lib/offline/persist.ts). */
export const PERSIST = { persist: true } as const;

export function deckOptions(catalogue: Catalogue, period: Period, range: DataRange) {
  const window = areaWindow(period);
  const periods = historyPeriods(period, range, 2);
  const perCommunity = metricIdsOf(communityMetrics(catalogue.metrics));
  return {
    ...bundleOptions(
      'deck',
      { period: { from: period.from, to: period.to }, periods: periods.map((p) => ({ from: p.from, to: p.to })) },
      {
        communities: communitiesOptions(),
        // Every metric of an area with a slide: its lead is charted, the others are the figures beside it.
        monthly: seriesOptions({ metrics: leadAreas(catalogue).flatMap((g) => metricIdsOf(g.metrics)), from: window.from, to: window.to, groupBy: 'month' }),
        subdistrictTargets: targetsOptions({ years: yearsOf(window), level: 'subdistrict' }),
        periods: periods.map((p) => seriesOptions({ metrics: perCommunity, from: p.from, to: p.to, groupBy: 'community' })),
        communityTargets: targetsOptions({ years: [...new Set(periods.flatMap(yearsOf))], level: 'community' }),
      },
    ),
    // Frozen while presenting: the numbers on the wall do not change under the speaker.
    staleTime: Infinity,
    gcTime: Infinity,
    meta: PERSIST,
  };
}

export type DeckData = QueryData<ReturnType<typeof deckOptions>>;
