// A panel's data as one query: several requests fetched (and cached) one by one, shown together.
// Why: with `keepPreviousData`, a panel built on two queries whose keys both change with the
// period (a series and its targets) would for a moment show the new series against the old
// targets. One bundle query swaps all of its figures at once, and its data says what it is for.
import { hashKey, keepPreviousData, queryOptions, type QueryClient, type QueryKey } from '@tanstack/react-query';

/** What a part needs to be: the options `queryOptions()` makes (their data type is read from `queryFn`). */
type Part = { queryKey: QueryKey; queryFn?: unknown; staleTime?: unknown; meta?: Record<string, unknown> };
type ExecuteOptions = Parameters<QueryClient['query']>[0];
type DataOf<P> = P extends null
  ? null
  : P extends readonly (infer E)[]
    ? DataOf<E>[]
    : P extends { queryFn?: infer F }
      ? F extends (...args: never[]) => infer R
        ? Awaited<R>
        : never
      : never;
type Parts = Record<string, Part | null | readonly Part[]>;

/** The data a query-options object's fetcher resolves to. */
export type QueryData<O> = DataOf<O>;

export type BundleData<I, P extends Parts> = { input: I } & { [K in keyof P]: DataOf<P[K]> };

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

/** How many bundles are waiting for each part (by query hash), per client. */
const waiting = new WeakMap<QueryClient, Map<string, number>>();

/**
 * Runs `work` (fetching `parts`); when the bundle is no longer wanted (its period or metric
 * changed before the answer came), the parts no other bundle waits for are cancelled, which
 * aborts their HTTP requests.
 */
async function whileWanted<T>(client: QueryClient, parts: readonly Part[], signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  const counts = waiting.get(client) ?? new Map<string, number>();
  waiting.set(client, counts);
  const hashes = parts.map((p) => hashKey(p.queryKey));
  hashes.forEach((h) => counts.set(h, (counts.get(h) ?? 0) + 1));
  const abandon = () =>
    parts.forEach((p, i) => {
      if ((counts.get(hashes[i]) ?? 0) <= 1) void client.cancelQueries({ queryKey: p.queryKey, exact: true });
    });
  signal.addEventListener('abort', abandon);
  try {
    return await work();
  } finally {
    signal.removeEventListener('abort', abandon);
    hashes.forEach((h) => counts.set(h, (counts.get(h) ?? 1) - 1));
  }
}

/**
 * One query over named parts, for `input` (plain data: the period, a metric id…; it is in the
 * key and comes back with the data, so a panel showing kept figures knows what they describe).
 * Parts are fetched through the cache with their own options (and retries): refetching a failed
 * bundle asks again only for the parts that failed. While a new input loads, the last figures stay.
 * A null part (not needed for this input) resolves to null; a list of parts to a list.
 */
export function bundleOptions<const I, const P extends Parts>(name: string, input: I, parts: P) {
  const names = Object.keys(parts);
  const list = (n: string): readonly Part[] => {
    const part = parts[n];
    return part === null ? [] : Array.isArray(part) ? part : [part as Part];
  };
  const all = names.flatMap(list);
  return queryOptions({
    queryKey: ['bundle', name, input, all.map((p) => p.queryKey)] as QueryKey,
    queryFn: async ({ client, signal }): Promise<BundleData<I, P>> => {
      const settled = await whileWanted(client, all, signal, () => Promise.allSettled(all.map((part) => client.query(part as ExecuteOptions))));
      const failures = settled.flatMap((s) => (s.status === 'rejected' ? [asError(s.reason)] : []));
      if (failures.length === 1) throw failures[0];
      if (failures.length > 1) throw new CombinedError(failures);
      const values = settled.map((s) => (s as PromiseFulfilledResult<unknown>).value);
      const data: Record<string, unknown> = { input };
      let next = 0;
      for (const n of names) {
        const count = list(n).length;
        const mine = values.slice(next, next + count);
        next += count;
        data[n] = parts[n] === null ? null : Array.isArray(parts[n]) ? mine : mine[0];
      }
      return data as BundleData<I, P>;
    },
    // The parts' requests, as data (what an aggregated request must answer for this bundle).
    meta: { requests: all.flatMap((p) => (p.meta?.request ? [p.meta.request] : [])) },
    placeholderData: keepPreviousData,
    // Each part has already retried by the client's rules.
    retry: false,
    staleTime: Math.min(...all.map((p) => p.staleTime).filter((t): t is number => typeof t === 'number')),
  });
}
