import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { preloadCharts } from '../../components/charts/lazy-charts';
import { loaderInputs } from '../../lib/api/loader-inputs';
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
    loaderInputs(queryClient, request.url)
      .then(({ catalogue, period, range, everyCommunity }) => {
        // Only what the user may see: the deck says why not otherwise.
        if (everyCommunity) return queryClient.prefetchQuery(deckOptions(catalogue, period, range));
      })
      .catch(() => undefined); // the deck itself reports a failure, with a retry
    return null;
  };
}
