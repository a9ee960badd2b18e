import { Link, useRouteError } from 'react-router';
import { describePageError, ERROR_LABELS } from '../lib/i18n/errors';
import { BACK_TO_OVERVIEW, PAGE_ERROR, RELOAD, RELOAD_UPDATED_PAGE } from '../lib/i18n/strings';
import { usePeriodHref } from '../lib/use-url-state';
import { BareShell, Gate } from './bare-shell';
import { ROUTE_PATHS } from '../lib/route-paths';

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
    <Gate title={outdated ? ERROR_LABELS.outdated : PAGE_ERROR} described={described} className={`route-error route-error--${frame}`}>
      <p className="route-error__actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {outdated ? RELOAD_UPDATED_PAGE : RELOAD}
        </button>
        {frame === 'deck' && <Link to={href(ROUTE_PATHS.overview)}>{BACK_TO_OVERVIEW}</Link>}
      </p>
    </Gate>
  );
  if (frame === 'deck') return <div className="route-error__deck">{body}</div>;
  return frame === 'app' ? <BareShell>{body}</BareShell> : body;
}
