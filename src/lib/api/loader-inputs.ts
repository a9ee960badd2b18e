// What a page's route loader starts from, read the way the page itself will read it, so the
// requests a loader starts are the ones the page's panels then ask for (same query keys).
import type { QueryClient } from '@tanstack/react-query';
import { canSeeAllCommunities } from '../../domain/access';
import { periodFromSearch, type DataRange } from '../../domain/period';
import type { MetaResponse } from './contract';
import { metaOptions, metricsOptions, sessionOptions } from './queries';

/** The months the data covers, from meta. */
export function dataRangeOf(meta: Pick<MetaResponse, 'firstMonth' | 'latestMonth'>): DataRange {
  return { firstMonth: meta.firstMonth, latestMonth: meta.latestMonth };
}

/**
 * Meta, the catalogue, who is signed in, and the period `url` asks for (as `usePeriod` reads it),
 * once all are in; `everyCommunity`: whether that user may see every community's figures over it.
 */
export async function loaderInputs(queryClient: QueryClient, url: string) {
  const [meta, catalogue, session] = await Promise.all([
    queryClient.ensureQueryData(metaOptions()),
    queryClient.ensureQueryData(metricsOptions()),
    queryClient.ensureQueryData(sessionOptions()),
  ]);
  const range = dataRangeOf(meta);
  const { period } = periodFromSearch(new URL(url).searchParams, range);
  return { meta, catalogue, range, period, user: session.user, everyCommunity: canSeeAllCommunities(session.user, period, range) };
}
