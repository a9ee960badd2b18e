import { Skeleton } from '../components/skeleton';
import { APP_TITLE, LOADING } from '../lib/i18n/strings';

/**
 * What shows while the first route's loader waits for meta and the catalogue: the header and
 * loading line index.html paints before any script (same markup), so React taking over the page
 * neither blanks nor flashes it, then skeletons below.
 */
export function StartingShell() {
  return (
    <div className="boot-shell" role="status">
      <header className="shell__header">
        <div className="shell__brand">
          <span className="shell__title">{APP_TITLE}</span>
          <span className="shell__asof">{LOADING}</span>
        </div>
      </header>
      <div className="boot-shell__body" aria-hidden="true">
        <Skeleton lines={6} />
      </div>
    </div>
  );
}
