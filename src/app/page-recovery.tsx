import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { pageFailureNotice } from '../lib/i18n/sentences';
import { retryFailedOnScreen, usePanelFailureCounts } from '../lib/page-failures';

/**
 * Recovery for the whole page: when several panels show a failure (an outage), one 全部重试 asks
 * again for every failed query on screen; and when the network comes back or the window regains
 * focus, they are asked again once. The notice counts the panels the user sees failed.
 */
export function PageRecovery() {
  const client = useQueryClient();
  const counts = usePanelFailureCounts();
  const retryAll = useCallback(() => void retryFailedOnScreen(client), [client]);
  useEffect(() => {
    window.addEventListener('online', retryAll);
    window.addEventListener('focus', retryAll);
    return () => {
      window.removeEventListener('online', retryAll);
      window.removeEventListener('focus', retryAll);
    };
  }, [retryAll]);
  if (counts.failed + counts.stale < 2) return null;
  return (
    <div className="page-recovery" role="alert">
      <p>
        <span aria-hidden="true">⚠</span> {pageFailureNotice(counts)}
        <button type="button" className="button button--small" onClick={retryAll}>
          全部重试
        </button>
      </p>
    </div>
  );
}
