import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ErrorBoundary } from '../../components/error-boundary';
import { getMockUser } from '../../lib/api/mock-user';
import { metaOptions, metricsOptions } from '../../lib/api/queries';
import { restoreSnapshot } from '../../lib/offline/persist';
import { usePeriod } from '../../lib/use-url-state';
import { DeckCanvas } from './components/deck-canvas';
import { Deck } from './components/deck';
import { DeckError, DeckMessage, DeckSignIn, signedOutError } from './components/deck-message';
import './present.css';

export { presentLoader } from './present-loader';

type Restored = Awaited<ReturnType<typeof restoreSnapshot>>;

/**
 * /present: the meeting deck, full screen on a 1920×1080 canvas (no app header or period bar).
 * Outside the app shell, so it has its own error boundary: a render error is a slide saying so,
 * never a blank page.
 */
export function PresentPage() {
  useProjectorTheme();
  return (
    <DeckCanvas>
      <ErrorBoundary fallback={(error, reset) => <DeckError title="演示出错" error={error} onRetry={reset} />}>
        <DeckForSession />
      </ErrorBoundary>
    </DeckCanvas>
  );
}

/** The deck is projected: high contrast by default, whatever the page theme. */
function useProjectorTheme() {
  useEffect(() => {
    const root = document.documentElement;
    const before = root.dataset.theme;
    root.dataset.theme = 'projector';
    root.classList.add('is-deck');
    return () => {
      if (before) root.dataset.theme = before;
      else delete root.dataset.theme;
      root.classList.remove('is-deck');
    };
  }, []);
}

/** Data saved by an earlier visit is put back first, so the deck also opens offline. */
function DeckForSession() {
  const client = useQueryClient();
  const [restored, setRestored] = useState<Restored | 'pending'>('pending');
  useEffect(() => {
    let live = true;
    restoreSnapshot(client, getMockUser())
      .catch(() => null)
      .then((r) => live && setRestored(r));
    return () => {
      live = false;
    };
  }, [client]);
  return restored === 'pending' ? <DeckMessage title="正在准备演示…" busy /> : <DeckWithMeta restored={restored} />;
}

function DeckWithMeta({ restored }: { restored: Restored }) {
  const meta = useQuery(metaOptions());
  const metrics = useQuery(metricsOptions());
  const signedOut = signedOutError([meta, metrics]);
  if (signedOut) return <DeckSignIn error={signedOut} />;
  if (!meta.data || !metrics.data) {
    const failed = [meta, metrics].find((q) => q.isError && !q.data);
    if (failed) return <DeckError title="无法取得演示数据" error={failed.error} onRetry={() => [meta, metrics].forEach((q) => void q.refetch())} />;
    return <DeckMessage title="正在准备演示数据…" busy />;
  }
  return <DeckForPeriod meta={meta.data} catalogue={metrics.data} restored={restored} />;
}

function DeckForPeriod({ meta, catalogue, restored }: Omit<Parameters<typeof Deck>[0], 'period' | 'range'>) {
  const { period, range } = usePeriod();
  return <Deck meta={meta} catalogue={catalogue} period={period} range={range} restored={restored} />;
}
