import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useState } from 'react';
import { ErrorBoundary } from '../../components/error-boundary';
import type { SessionResponse } from '../../lib/api/contract';
import { metaOptions, metricsOptions, sessionOptions } from '../../lib/api/queries';
import { clearSnapshot, restoreSnapshot, sessionAnswer, type Restored } from '../../lib/offline/persist';
import { DeckCanvas } from './components/deck-canvas';
import { Deck } from './components/deck';
import { DeckError, DeckMessage, DeckSignIn, signedOutError } from './components/deck-message';
import { usePresentInputs } from './api';
import './present.css';

export { presentLoader } from './api';

/**
 * /present: the meeting deck, full screen on a 1920×1080 canvas (no app header or period bar).
 * Data saved by an earlier visit is put back once the session says it is this user's, or at once
 * when the server cannot be reached, so the deck also opens offline. Outside the app shell, so
 * it has its own error boundary: a render error is a slide saying so, never a blank page.
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

function DeckForSession() {
  const session = useQuery(sessionOptions());
  const restored = useSavedSnapshot(session);
  const signedOut = signedOutError([session]);
  if (signedOut) return <DeckSignIn error={signedOut} />;
  if (restored === 'pending') return <DeckMessage title="正在准备演示…" busy />;
  return <DeckWithMeta restored={restored} />;
}

/**
 * The saved snapshot, put back in the cache when the session's first answer allows
 * (lib/offline/persist.ts): 'pending' until then, then what was restored, or null. A failed try
 * that will be retried already counts: offline, the deck opens at once from the snapshot. Restored
 * offline and then the session names someone else: dropped, from the cache too.
 */
function useSavedSnapshot(session: UseQueryResult<SessionResponse>): Restored | null | 'pending' {
  const client = useQueryClient();
  const [restored, setRestored] = useState<Restored | null | 'pending'>('pending');
  const answer = sessionAnswer(session.data?.user.id, session.error ?? session.failureReason);
  const answered = answer !== null;
  const restore = useEffectEvent(() => (answer ? restoreSnapshot(client, answer) : Promise.resolve(null)));
  useEffect(() => {
    if (!answered || restored !== 'pending') return;
    let live = true;
    restore()
      .catch(() => null)
      .then((r) => live && setRestored(r));
    return () => {
      live = false;
    };
  }, [answered, restored]);

  // Pending while it goes: not one frame of their figures for someone else.
  const user = session.data?.user.id;
  const stranger = restored !== 'pending' && restored !== null && user !== undefined && user !== restored.user;
  useEffect(() => {
    if (!stranger) return;
    let live = true;
    clearSnapshot(client)
      .catch(() => undefined)
      .then(() => live && setRestored(null));
    return () => {
      live = false;
    };
  }, [stranger, client]);
  return stranger ? 'pending' : restored;
}

function DeckWithMeta({ restored }: { restored: Restored | null }) {
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

function DeckForPeriod({ meta, catalogue, restored }: Omit<Parameters<typeof Deck>[0], 'inputs'>) {
  const inputs = usePresentInputs();
  return inputs && <Deck meta={meta} catalogue={catalogue} inputs={inputs} restored={restored} />;
}
