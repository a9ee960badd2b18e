import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorPanel } from '../../../components/error-panel';
import { Skeleton } from '../../../components/skeleton';

interface PanelStatusProps {
  /** The queries a panel needs; the first failure is shown, and retry refetches every failed one. */
  queries: ReadonlyArray<UseQueryResult<unknown>>;
  errorTitle: string;
  /** Fixed height of the placeholder, the height of what is loading. */
  skeletonHeight: number;
  skeletonLines: number;
  skeletonLabel?: string;
}

/** Loading or error state of a panel that needs several queries; null when all have data. */
export function panelStatus({ queries, errorTitle, skeletonHeight, skeletonLines, skeletonLabel }: PanelStatusProps): ReactNode | null {
  const failed = queries.filter((q) => q.isError);
  if (failed.length > 0) {
    return <ErrorPanel title={errorTitle} error={failed[0].error} onRetry={() => failed.forEach((q) => void q.refetch())} />;
  }
  if (queries.some((q) => q.data === undefined)) {
    return (
      <div className="metric-skeleton" style={{ height: skeletonHeight }}>
        <Skeleton lines={skeletonLines} label={skeletonLabel} />
      </div>
    );
  }
  return null;
}
