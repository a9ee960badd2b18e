import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorPanel } from './error-panel';
import { Skeleton } from './skeleton';

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  skeleton?: ReactNode;
  errorTitle?: string;
  children: (data: T) => ReactNode;
}

/** Loading -> skeleton, error -> message with retry, data -> children. */
export function QueryState<T>({ query, skeleton, errorTitle, children }: QueryStateProps<T>) {
  if (query.isPending) return <>{skeleton ?? <Skeleton />}</>;
  if (query.isError) return <ErrorPanel title={errorTitle} error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
