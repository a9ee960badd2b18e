import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { loaderInputs } from '../../lib/api/loader-inputs';
import { overviewMetricId, prefetchOverview } from '../../lib/api/overview';

/**
 * Starts the requests of the overview's first screen once meta and the catalogue are in, without
 * waiting for the page to render. Never throws: a failed request shows in its own panel, with a retry.
 */
export function overviewLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    try {
      const { catalogue, period, everyCommunity } = await loaderInputs(queryClient, request.url);
      // The completion chart's figures only where the user may see every community's.
      prefetchOverview(queryClient, catalogue, period, everyCommunity ? overviewMetricId(catalogue, new URL(request.url).searchParams) : undefined);
    } catch {
      // the shell and the panels report it
    }
    return null;
  };
}
