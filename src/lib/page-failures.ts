// What failed on the page, in one place: the failed queries (what 全部重试 and a fresh sign-in
// ask for again, and what holds back background work) and the failed panels (what the user sees,
// and what the page's notice counts).
import { useQueryClient, type Query, type QueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useSyncExternalStore } from 'react';

/** A query whose last fetch failed (with or without figures kept from before). */
const failed = (q: Query) => q.state.status === 'error';

/** A failed query that something on screen reads. */
const failedOnScreen = (q: Query) => failed(q) && q.getObserversCount() > 0;

/**
 * Asks again for every failed query on screen (全部重试, the network back, the window focused
 * again). A bundle asks again only for its parts that failed.
 */
export function retryFailedOnScreen(client: QueryClient): Promise<void> {
  return client.refetchQueries({ predicate: failedOnScreen });
}

/**
 * Forgets every failure, on screen or not (signed in again: each request was refused for want of
 * a session). The queries read now are asked again at once; the others, left without an answer,
 * when a page reads them next, as if never asked: a failed one would not be (retryOnMount: false).
 */
export function forgetFailures(client: QueryClient): Promise<void> {
  const forgotten = new Set(client.getQueryCache().findAll({ predicate: failed }));
  return client.resetQueries({ predicate: (q) => forgotten.has(q) });
}

/**
 * True while a query on screen has failed. Background work that only makes a healthy page
 * quicker (fetching other periods ahead) waits for it: requests sent to a backend that is failing
 * would share parts with the page's own and hold the browser's few connections, so the page's
 * retry would join them or wait behind them.
 */
export function useFailedOnScreen(): boolean {
  const cache = useQueryClient().getQueryCache();
  return useSyncExternalStore(
    useCallback((notify) => cache.subscribe(notify), [cache]),
    () => cache.getAll().some(failedOnScreen),
  );
}

/** What a panel shows instead of (`failed`) or beside (`stale`: the last figures kept) its figures. */
export type PanelFailure = 'failed' | 'stale';
export type PanelFailureCounts = Readonly<Record<PanelFailure, number>>;

/** The panels showing a failure on one page, as they mount and unmount. */
export class PanelFailures {
  #counts: PanelFailureCounts = { failed: 0, stale: 0 };
  readonly #listeners = new Set<() => void>();

  /** Counts one panel showing `kind` until the returned function is called. */
  report(kind: PanelFailure): () => void {
    this.#add(kind, 1);
    return () => this.#add(kind, -1);
  }

  readonly subscribe = (listener: () => void) => {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  };

  readonly counts = (): PanelFailureCounts => this.#counts;

  #add(kind: PanelFailure, by: number) {
    this.#counts = { ...this.#counts, [kind]: this.#counts[kind] + by };
    this.#listeners.forEach((listener) => listener());
  }
}

/** The page's panel failures (provided by the app shell; outside it, nothing counts them). */
export const PanelFailuresContext = createContext<PanelFailures | null>(null);

/** A panel that shows a failure says so while it is on screen. */
export function useReportPanelFailure(kind: PanelFailure) {
  const failures = useContext(PanelFailuresContext);
  useEffect(() => failures?.report(kind), [failures, kind]);
}

const NONE: PanelFailureCounts = { failed: 0, stale: 0 };
const noSubscription = () => () => undefined;

/** How many panels of the page show a failure, and of which kind. */
export function usePanelFailureCounts(): PanelFailureCounts {
  const failures = useContext(PanelFailuresContext);
  return useSyncExternalStore(failures?.subscribe ?? noSubscription, failures?.counts ?? (() => NONE));
}
