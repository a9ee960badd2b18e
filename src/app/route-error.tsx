import { Link, useRouteError } from 'react-router';
import { ErrorDetails } from '../components/error-details';
import { describePageError, ERROR_LABELS } from '../lib/i18n/errors';
import { APP_TITLE, BACK_TO_OVERVIEW, PAGE_ERROR, RELOAD, RELOAD_UPDATED_PAGE } from '../lib/i18n/strings';
import { usePeriodHref } from '../lib/use-url-state';

/**
 * Where the page stands: `page` inside the app shell (its header and navigation stay), `app` in
 * place of the shell itself (the shell failed: a bare header), `deck` full screen (the meeting deck).
 */
type Frame = 'page' | 'app' | 'deck';

/**
 * A route that could not be shown (its code failed to load, or it threw while rendering), in
 * plain Chinese with the detail behind 详情. A page whose code is from an older release (the app
 * was redeployed while this tab was open) offers to reload, which fetches the new release.
 */
export function RouteError({ frame }: { frame: Frame }) {
  const described = describePageError(useRouteError());
  const href = usePeriodHref();
  const outdated = described.kind === 'outdated';
  const body = (
    <section className={`gate route-error route-error--${frame}`} role="alert" aria-labelledby="route-error-title">
      <h1 id="route-error-title">{outdated ? ERROR_LABELS.outdated : PAGE_ERROR}</h1>
      <p>{described.message}</p>
      <ErrorDetails described={described} />
      <p className="route-error__actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {outdated ? RELOAD_UPDATED_PAGE : RELOAD}
        </button>
        {frame === 'deck' && <Link to={href('/overview')}>{BACK_TO_OVERVIEW}</Link>}
      </p>
    </section>
  );
  if (frame !== 'app') return frame === 'deck' ? <div className="route-error__deck">{body}</div> : body;
  return (
    <div className="shell">
      <header className="shell__header">
        <div className="shell__brand">
          <span className="shell__title">{APP_TITLE}</span>
        </div>
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        {body}
      </main>
    </div>
  );
}
