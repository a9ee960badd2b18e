// The period lives in the URL (?from=YYYY-MM&to=YYYY-MM); these hooks read and write it.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { periodFromSearch, withPeriod, type Period } from '../domain/period';
import { metaOptions } from './api/queries';

/** Needs meta to be loaded (the app shell waits for it before rendering pages). */
export function usePeriod(): { period: Period; setPeriod: (period: Period) => void; range: { firstMonth: string; latestMonth: string } } {
  const { data: meta } = useQuery(metaOptions());
  if (!meta) throw new Error('usePeriod: meta is not loaded yet');
  const [params, setParams] = useSearchParams();
  const range = useMemo(() => ({ firstMonth: meta.firstMonth, latestMonth: meta.latestMonth }), [meta.firstMonth, meta.latestMonth]);
  const { period } = periodFromSearch(params, range);
  const setPeriod = useCallback((next: Period) => setParams((current) => withPeriod(current, next)), [setParams]);
  return { period, setPeriod, range };
}

/** `path` with the current period's search params, so every link keeps the period. */
export function usePeriodHref(): (path: string) => string {
  const [params] = useSearchParams();
  const from = params.get('from');
  const to = params.get('to');
  return useCallback(
    (path: string) => {
      const search = new URLSearchParams();
      if (from) search.set('from', from);
      if (to) search.set('to', to);
      const query = search.toString();
      return query ? `${path}?${query}` : path;
    },
    [from, to],
  );
}
