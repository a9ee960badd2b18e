// The overview's data wiring in one place: what the URL asks for (routeInputs), the loader that
// starts the first screen's queries from it, and the one hook the page reads its inputs through.
// The queries themselves are in lib/api/overview.ts, beside the contract, because the mock
// backend's GET /overview answers the same list.
import type { QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { LoaderFunctionArgs } from 'react-router';
import { canSeeAllCommunities } from '../../domain/access';
import { communityMetrics } from '../../domain/catalogue';
import { periodFromSearch, type DataRange, type Period } from '../../domain/period';
import type { Catalogue, MetaResponse, Metric } from '../../lib/api/contract';
import { dataRangeOf } from '../../lib/api/loader-inputs';
import { overviewMetricId, prefetchOverview } from '../../lib/api/overview';
import { metaOptions, metricsOptions, sessionOptions } from '../../lib/api/queries';
import { useMetricParam, usePeriod } from '../../lib/use-url-state';

export interface OverviewInputs {
  range: DataRange;
  period: Period;
  /** The completion chart's metric: `?metric=`, else the first per-community metric. */
  metric: Metric | null;
}

/** What the overview's URL asks for, read as the page reads it (pure: the loader and the page agree). */
export function routeInputs(search: URLSearchParams, meta: Pick<MetaResponse, 'firstMonth' | 'latestMonth'>, catalogue: Catalogue): OverviewInputs {
  const range = dataRangeOf(meta);
  const { period } = periodFromSearch(search, range);
  const metricId = overviewMetricId(catalogue, search);
  const metric = catalogue.metrics.find((m) => m.id === metricId) ?? null;
  return { range, period, metric };
}

/**
 * Starts the requests of the overview's first screen once meta and the catalogue are in, without
 * waiting for the page to render. Never throws: a failed request shows in its own panel, with a retry.
 */
export function overviewLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    try {
      const [meta, catalogue, session] = await Promise.all([
        queryClient.ensureQueryData(metaOptions()),
        queryClient.ensureQueryData(metricsOptions()),
        queryClient.ensureQueryData(sessionOptions()),
      ]);
      const { range, period, metric } = routeInputs(new URL(request.url).searchParams, meta, catalogue);
      // The completion chart's figures only where the user may see every community's.
      prefetchOverview(queryClient, catalogue, period, canSeeAllCommunities(session.user, period, range) ? metric?.id : undefined);
    } catch {
      // the shell and the panels report it
    }
    return null;
  };
}

/** The page's inputs, each worked out once: the period (and its setter), the metrics a community is ranked on, the chosen one. */
export function useOverviewInputs(catalogue: Catalogue | undefined) {
  const { period, range, setPeriod } = usePeriod();
  const rankable = useMemo(() => (catalogue ? communityMetrics(catalogue.metrics) : []), [catalogue]);
  const [metric, setMetric] = useMetricParam(rankable);
  return { period, range, setPeriod, rankable, metric, setMetric };
}

export type OverviewPageInputs = ReturnType<typeof useOverviewInputs>;
