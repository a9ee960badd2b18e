// What every route's loader starts from: meta, the catalogue and who is signed in, asked for once
// (the same query keys the shell and the pages read), and the period the URL asks for, read as
// `usePeriod` reads it, so the requests a loader starts are the ones the page's panels ask for.
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { periodFromSearch, type DataRange, type Period } from '../../domain/period';
import type { Catalogue, MetaResponse, SessionResponse } from './contract';
import { metaOptions, metricsOptions, sessionOptions } from './queries';

/** The months the data covers, from meta. */
export function dataRangeOf(meta: Pick<MetaResponse, 'firstMonth' | 'latestMonth'>): DataRange {
  return { firstMonth: meta.firstMonth, latestMonth: meta.latestMonth };
}

/** The data's range and the period `search` asks for within it. */
export function routePeriod(search: URLSearchParams, meta: Pick<MetaResponse, 'firstMonth' | 'latestMonth'>): { range: DataRange; period: Period } {
  const range = dataRangeOf(meta);
  return { range, period: periodFromSearch(search, range).period };
}

export interface LoaderBase {
  meta: MetaResponse;
  catalogue: Catalogue;
  user: SessionResponse['user'];
}

/** Meta, the catalogue and the signed-in user, once all are in (each from the cache when there). */
export function loaderInputs(queryClient: QueryClient): Promise<LoaderBase> {
  return Promise.all([queryClient.ensureQueryData(metaOptions()), queryClient.ensureQueryData(metricsOptions()), queryClient.ensureQueryData(sessionOptions())]).then(([meta, catalogue, session]) => ({
    meta,
    catalogue,
    user: session.user,
  }));
}

/**
 * A loader that returns at once and, once meta, the catalogue and the user are in, calls `start`
 * with them and the URL's search params (to prefetch the page's queries). A failure is left to
 * the page, which reports it with a retry.
 */
export function startingLoader(queryClient: QueryClient, start: (base: LoaderBase, search: URLSearchParams) => unknown) {
  return ({ request }: LoaderFunctionArgs) => {
    const search = new URL(request.url).searchParams;
    loaderInputs(queryClient)
      .then((base) => start(base, search))
      .catch(() => undefined);
    return null;
  };
}
