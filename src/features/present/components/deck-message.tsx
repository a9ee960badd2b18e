import { useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { describeError, type DescribedError } from '../../../lib/i18n/errors';
import { SIGN_IN_RETRY, SIGN_IN_TITLE, STILL_LOADING } from '../../../lib/i18n/strings';
import { ErrorDetails, errorAction } from '../../../components/error-details';
import { forgetFailures } from '../../../lib/page-failures';
import { clearSnapshot } from '../../../lib/offline/persist';
import { useSlow } from '../../../lib/use-slow';

/** A full-slide message: loading (saying 仍在加载… once it takes long), or nothing to show. */
export function DeckMessage({ title, detail, busy, children }: { title: string; detail?: string; busy?: boolean; children?: ReactNode }) {
  const slow = useSlow(busy === true);
  return (
    <div className="deck-message" role="status" aria-busy={busy || undefined}>
      <h1 className="deck-message__title">{title}</h1>
      {detail && <p className="deck-message__detail">{detail}</p>}
      {slow && <p className="deck-message__detail">{STILL_LOADING}</p>}
      {children}
    </div>
  );
}

/** The first of these queries' errors that says nobody is signed in (a 401), if any. */
export function signedOutError(queries: ReadonlyArray<{ error: unknown }>): unknown {
  return queries.find((q) => q.error && describeError(q.error).kind === 'unauthorized')?.error;
}

/**
 * A full-slide failure in plain words, as the pages say it (lib/i18n/errors.ts): what failed and
 * why, the technical detail behind 详情, and 重试 (页面已更新，重新加载 when the app was updated since). A 401
 * asks to sign in again instead.
 */
export function DeckError({ title, error, onRetry }: { title: string; error: unknown; onRetry: () => void }) {
  const described = describeError(error);
  if (described.kind === 'unauthorized') return <DeckSignIn error={error} />;
  return <ErrorSlide title={`${title} · ${described.label}`} described={described} action={errorAction(described, onRetry)} />;
}

/**
 * Nobody is signed in: the app shell's 请重新登录, on a slide. The saved snapshot goes (whoever
 * signs in next may be someone else); once signed in, everything that failed is asked for again.
 */
export function DeckSignIn({ error }: { error: unknown }) {
  const client = useQueryClient();
  useEffect(() => {
    void clearSnapshot().catch(() => undefined);
  }, []);
  return <ErrorSlide title={SIGN_IN_TITLE} described={describeError(error)} action={{ label: SIGN_IN_RETRY, run: () => void forgetFailures(client) }} />;
}

function ErrorSlide({ title, described, action }: { title: string; described: DescribedError; action: ReturnType<typeof errorAction> }) {
  return (
    <div className="deck-message" role="alert">
      <h1 className="deck-message__title">{title}</h1>
      <p className="deck-message__detail">{described.message}</p>
      <ErrorDetails described={described} className="deck-message__details" />
      {action && (
        <button type="button" className="deck__button deck__button--primary" onClick={action.run}>
          {action.label}
        </button>
      )}
    </div>
  );
}
