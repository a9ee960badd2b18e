import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { periodFromSearch } from '../../domain/period';
import { metaOptions, metricsOptions } from '../../lib/api/queries';
import { prefetchOverview } from '../../lib/api/overview';

/**
 * Starts the overview's data requests once meta and the catalogue are in, without waiting for
 * the page to render. Never throws: a failed request shows in its own panel, with a retry.
 */
export function overviewLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    try {
      const [meta, catalogue] = await Promise.all([queryClient.ensureQueryData(metaOptions()), queryClient.ensureQueryData(metricsOptions())]);
      const { period } = periodFromSearch(new URL(request.url).searchParams, meta);
      prefetchOverview(queryClient, catalogue, period);
    } catch {
      // the shell and the panels report it
    }
    return null;
  };
}
