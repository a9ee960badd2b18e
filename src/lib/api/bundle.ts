// A panel's data as one query: several requests fetched (and cached) one by one, shown together.
// Why: with `keepPreviousData`, a panel built on two queries whose keys both change with the
// period (a series and its targets) would for a moment show the new series against the old
// targets. One bundle query swaps all of its figures at once, and its data says what it is for.
import { keepPreviousData, queryOptions, type QueryClient, type QueryKey } from '@tanstack/react-query';

/** What a part needs to be: the options `queryOptions()` makes (their data type is read from `queryFn`). */
type Part = { queryKey: QueryKey; queryFn?: unknown; staleTime?: unknown };
type ExecuteOptions = Parameters<QueryClient['query']>[0];
type DataOf<P> = P extends null ? null : P extends { queryFn?: infer F } ? (F extends (...args: never[]) => infer R ? Awaited<R> : never) : never;

/** The data a query-options object's fetcher resolves to. */
export type QueryData<O> = DataOf<O>;

export type BundleData<I, P extends Record<string, Part | null>> = { input: I } & { [K in keyof P]: DataOf<P[K]> };

/** Several requests failed at once: the message names each. */
export class CombinedError extends Error {
  readonly failures: readonly Error[];
  constructor(failures: readonly Error[]) {
    super(failures.map((f) => f.message).join('；'));
    this.name = 'CombinedError';
    this.failures = failures;
  }
}

const asError = (reason: unknown) => (reason instanceof Error ? reason : new Error(String(reason)));

/**
 * One query over named parts, for `input` (plain data: the period, a metric id…; it is in the
 * key and comes back with the data, so a panel showing kept figures knows what they describe).
 * Parts are fetched through the cache with their own options (and retries): refetching a failed
 * bundle asks again only for the parts that failed. While a new input loads, the last figures stay.
 * A null part (not needed for this input) resolves to null.
 */
export function bundleOptions<const I, const P extends Record<string, Part | null>>(name: string, input: I, parts: P) {
  const names = Object.keys(parts);
  return queryOptions({
    queryKey: ['bundle', name, input, names.map((n) => parts[n]?.queryKey ?? null)] as QueryKey,
    queryFn: async ({ client }): Promise<BundleData<I, P>> => {
      const settled = await Promise.allSettled(names.map((n) => {
        const part = parts[n];
        return part ? client.query(part as ExecuteOptions) : null;
      }));
      const failures = settled.flatMap((s) => (s.status === 'rejected' ? [asError(s.reason)] : []));
      if (failures.length === 1) throw failures[0];
      if (failures.length > 1) throw new CombinedError(failures);
      const data: Record<string, unknown> = { input };
      names.forEach((n, i) => (data[n] = (settled[i] as PromiseFulfilledResult<unknown>).value));
      return data as BundleData<I, P>;
    },
    placeholderData: keepPreviousData,
    // Each part has already retried by the client's rules.
    retry: false,
    staleTime: Math.min(...names.map((n) => parts[n]?.staleTime).filter((t): t is number => typeof t === 'number')),
  });
}
