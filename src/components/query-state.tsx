// The one loading / error / empty / kept-figures state of every panel, for any number of queries.
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { CombinedError } from '../lib/api/bundle';
import { NO_DATA, NO_DATA_HINT, RETRY, STILL_LOADING } from '../lib/i18n/strings';
import { EmptyState } from './empty-state';
import { ErrorPanel } from './error-panel';
import { useReportPanelFailure } from '../lib/page-failures';
import { useSlow } from '../lib/use-slow';
import { Skeleton } from './skeleton';

type Results = readonly UseQueryResult<unknown, Error>[];
type DataOf<Q extends Results> = { [K in keyof Q]: NonNullable<Q[K]['data']> };

export type QueryStatus<Q extends Results> =
  | { kind: 'error'; failed: Q[number][] }
  | { kind: 'pending' }
  | { kind: 'ready'; data: DataOf<Q>; busy: boolean; stale: Q[number][] };

/**
 * Where a set of queries stands: a failure with nothing to show wins (retry asks again for the
 * failed ones only); then loading while any has no data; then ready, busy while any still shows
 * the figures of the previous period or metric (TanStack Query's placeholder data), and `stale`
 * where an update failed but the last figures are still there to show.
 */
export function queryStatus<const Q extends Results>(queries: Q): QueryStatus<Q> {
  const failed = queries.filter((q) => q.isError && q.data === undefined);
  if (failed.length > 0) return { kind: 'error', failed };
  if (queries.some((q) => q.data === undefined)) return { kind: 'pending' };
  return {
    kind: 'ready',
    data: queries.map((q) => q.data) as DataOf<Q>,
    busy: queries.some((q) => q.isPlaceholderData),
    stale: queries.filter((q) => q.isError),
  };
}

interface QueryStateProps<Q extends Results> {
  queries: Q;
  /** Height of the placeholder: about what loads, so nothing moves when it arrives. */
  height: number;
  /** Says what could not be loaded ("各社区数据加载失败"). */
  errorTitle: string;
  /** Decided once here: data with no figures shows `emptyMessage` instead of an empty chart or table. */
  isEmpty?: (data: DataOf<Q>) => boolean;
  emptyMessage?: string;
  emptyHint?: string;
  children: (data: DataOf<Q>) => ReactNode;
}

/**
 * Skeleton of fixed height while nothing is known; an error with 重试 (refetching only what
 * failed); an empty state; or the figures, dimmed and `aria-busy` while newer ones load.
 */
export function QueryState<const Q extends Results>({ queries, height, errorTitle, isEmpty, emptyMessage = NO_DATA, emptyHint = NO_DATA_HINT, children }: QueryStateProps<Q>) {
  const status = queryStatus(queries);
  const slow = useSlow(status.kind === 'pending' || (status.kind === 'ready' && status.busy));
  if (status.kind === 'error') {
    const retry = () => status.failed.forEach((q) => void q.refetch());
    const error = status.failed.length === 1 ? status.failed[0].error : new CombinedError(status.failed.map((q) => q.error as Error));
    return <ErrorPanel title={errorTitle} error={error} onRetry={retry} />;
  }
  if (status.kind === 'pending') {
    return (
      <div className="query-state__skeleton" style={{ height }}>
        {slow && <SlowNotice />}
        <Skeleton lines={Math.max(1, Math.round(height / 40))} />
      </div>
    );
  }
  const empty = isEmpty?.(status.data) ?? false;
  return (
    <div className={`query-state${status.busy ? ' is-updating' : ''}`} aria-busy={status.busy || undefined}>
      {slow && <SlowNotice />}
      {status.stale.length > 0 && <StaleNotice failed={status.stale} />}
      {empty ? <EmptyState message={emptyMessage} hint={emptyHint} /> : children(status.data)}
    </div>
  );
}

/** An update failed, but the last figures are still shown: say so, with a retry, without hiding them. */
function StaleNotice({ failed }: { failed: readonly UseQueryResult<unknown, Error>[] }) {
  useReportPanelFailure('stale');
  return (
    <p className="query-state__stale" role="status">
      <span aria-hidden="true">⚠</span> 未能更新，显示的是上次取得的数据。
      <button type="button" className="button button--small" onClick={() => failed.forEach((q) => void q.refetch())}>
        {RETRY}
      </button>
    </p>
  );
}

function SlowNotice() {
  return (
    <p className="query-state__slow" role="status">
      {STILL_LOADING}
    </p>
  );
}
