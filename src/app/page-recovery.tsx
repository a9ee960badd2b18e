import { useQueryClient, type Query } from '@tanstack/react-query';
import { useCallback, useEffect, useSyncExternalStore } from 'react';

/** A query on screen that failed with nothing to show. */
const failedOnScreen = (q: Query) => q.state.status === 'error' && q.getObserversCount() > 0;

/**
 * Recovery for the whole page: when several panels failed (an outage), one 全部重试 asks again for
 * every failed query; and when the network comes back or the window regains focus, failed
 * queries are asked again once.
 */
export function PageRecovery() {
  const client = useQueryClient();
  const cache = client.getQueryCache();
  const failed = useSyncExternalStore(
    useCallback((notify) => cache.subscribe(notify), [cache]),
    () => cache.findAll({ predicate: failedOnScreen }).length,
  );
  const retryAll = useCallback(() => void client.refetchQueries({ predicate: failedOnScreen }), [client]);
  useEffect(() => {
    window.addEventListener('online', retryAll);
    window.addEventListener('focus', retryAll);
    return () => {
      window.removeEventListener('online', retryAll);
      window.removeEventListener('focus', retryAll);
    };
  }, [retryAll]);
  if (failed < 2) return null;
  return (
    <div className="page-recovery" role="alert">
      <p>
        <span aria-hidden="true">⚠</span> 本页有 {failed} 项数据未能取得。网络恢复后会自动重试。
        <button type="button" className="button button--small" onClick={retryAll}>
          全部重试
        </button>
      </p>
    </div>
  );
}
