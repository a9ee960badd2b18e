// What a page's route loader starts from, read the way the page itself will read it, so the
// requests a loader starts are the ones the page's panels then ask for (same query keys).
import type { QueryClient } from '@tanstack/react-query';
import { periodFromSearch, type DataRange } from '../../domain/period';
import type { MetaResponse } from './contract';
import { metaOptions, metricsOptions } from './queries';

/** The months the data covers, from meta. */
export function dataRangeOf(meta: Pick<MetaResponse, 'firstMonth' | 'latestMonth'>): DataRange {
  return { firstMonth: meta.firstMonth, latestMonth: meta.latestMonth };
}

/** Meta, the catalogue, and the period `url` asks for (as `usePeriod` reads it), once both are in. */
export async function loaderInputs(queryClient: QueryClient, url: string) {
  const [meta, catalogue] = await Promise.all([queryClient.ensureQueryData(metaOptions()), queryClient.ensureQueryData(metricsOptions())]);
  const range = dataRangeOf(meta);
  return { meta, catalogue, range, period: periodFromSearch(new URL(url).searchParams, range).period };
}
