import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { preloadCharts } from '../../components/charts/lazy-charts';
import { periodFromSearch } from '../../domain/period';
import { metaOptions, metricsOptions } from '../../lib/api/queries';
import { deckOptions } from './lib/deck-data';

/**
 * Asks for the deck's chart code at once and its data as soon as meta and the catalogue are in,
 * while the page still reads the saved snapshot (a fresh answer is never overwritten by it:
 * hydrating keeps newer data). Returns at once: the deck opens without waiting for the network
 * (offline, from the snapshot).
 */
export function presentLoader(queryClient: QueryClient) {
  return ({ request }: LoaderFunctionArgs) => {
    void preloadCharts('deck');
    const params = new URL(request.url).searchParams;
    Promise.all([queryClient.ensureQueryData(metaOptions()), queryClient.ensureQueryData(metricsOptions())])
      .then(([meta, catalogue]) => {
        const range = { firstMonth: meta.firstMonth, latestMonth: meta.latestMonth };
        return queryClient.prefetchQuery(deckOptions(catalogue, periodFromSearch(params, range).period, range));
      })
      .catch(() => undefined); // the deck itself reports a failure, with a retry
    return null;
  };
}
