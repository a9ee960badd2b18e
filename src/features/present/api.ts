// The deck's data wiring in one place: what the URL asks for (routeInputs), the snapshot's query
// and its view (the slides, as the query's select), the loader, and the one hook the page reads
// its inputs through. The deck's snapshot is taken when the deck opens, kept (no refetch while
// presenting) and saved for offline use; 刷新数据 takes a new one on purpose.
import type { QueryClient } from '@tanstack/react-query';
import { preloadCharts } from '../../components/charts/lazy-charts';
import { canSeeAllCommunities } from '../../domain/access';
import { areaWindow } from '../../domain/area-trend';
import { communityMetrics, leadAreas, metricIdsOf } from '../../domain/catalogue';
import { historyPeriods } from '../../domain/history';
import { oncePer } from '../../domain/once-per';
import { yearsOf, type DataRange, type Period } from '../../domain/period';
import { parseAuto, PARAM, type UrlFixes } from '../../domain/url-params';
import { bundleOptions, type QueryData } from '../../lib/api/bundle';
import type { Catalogue, MetaResponse } from '../../lib/api/contract';
import { routePeriod, startingLoader } from '../../lib/api/loader-inputs';
import { communitiesOptions, seriesOptions, targetsOptions } from '../../lib/api/queries';
import { usePageSearch } from '../../lib/use-url-state';
import { buildSlides, type Slide } from './lib/slides';

export interface PresentInputs extends UrlFixes {
  range: DataRange;
  period: Period;
  /** Seconds per slide when the deck advances by itself (`?auto=`), else null. */
  auto: number | null;
}

/** What the deck's URL asks for (pure: the loader and the page agree). The slide (`?slide=`) is read against the slides (useSlideParam). */
export function routeInputs(search: URLSearchParams, meta: Pick<MetaResponse, 'firstMonth' | 'latestMonth'>): PresentInputs {
  return { ...routePeriod(search, meta), auto: parseAuto(search.get(PARAM.auto)) };
}

/** Marks the queries the offline store keeps (lib/offline/persist.ts). */
const PERSIST = { persist: true } as const;

export function deckOptions(catalogue: Catalogue, { period, range }: Pick<PresentInputs, 'period' | 'range'>) {
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

export interface DeckView {
  /** The period the snapshot is of (kept figures may be an earlier period's). */
  period: Period;
  /** Every slide the snapshot supports, in the default order. */
  slides: Slide[];
}

/** The deck as shown: the snapshot's period and its slides. */
function deckView(data: DeckData, catalogue: Catalogue, meta: MetaResponse): DeckView {
  return { period: data.input.period, slides: buildSlides(data, catalogue, meta) };
}

// One select function per catalogue and meta, so the slides are built once per snapshot.
const deckSelect = oncePer((catalogue: Catalogue) => oncePer((meta: MetaResponse) => (data: DeckData) => deckView(data, catalogue, meta)));

/** The deck's query: the snapshot, viewed as slides. */
export function deckQuery(catalogue: Catalogue, meta: MetaResponse, inputs: Pick<PresentInputs, 'period' | 'range'>) {
  return { ...deckOptions(catalogue, inputs), select: deckSelect(catalogue)(meta) };
}

/**
 * Asks for the deck's chart code at once and its data as soon as meta and the catalogue are in,
 * while the page still reads the saved snapshot (a fresh answer is never overwritten by it:
 * hydrating keeps newer data). Returns at once: the deck opens without waiting for the network
 * (offline, from the snapshot); the deck itself reports a failure, with a retry.
 */
export function presentLoader(queryClient: QueryClient) {
  const load = startingLoader(queryClient, ({ meta, catalogue, user }, search) => {
    const inputs = routeInputs(search, meta);
    // Only what the user may see: the deck says why not otherwise.
    if (canSeeAllCommunities(user, inputs.period, inputs.range)) return queryClient.prefetchQuery(deckOptions(catalogue, inputs));
  });
  return (args: Parameters<typeof load>[0]) => {
    void preloadCharts('deck');
    return load(args);
  };
}

/** The deck's inputs: the URL's period (within the data's range) and auto-advance; null until the catalogue is in. */
export function usePresentInputs(): PresentInputs | null {
  return usePageSearch(routeInputs).inputs;
}
