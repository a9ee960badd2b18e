import { describeStartupError } from '../lib/i18n/errors';
import { RELOAD, STARTUP_FAILED } from '../lib/i18n/strings';
import { BareShell, Gate } from './bare-shell';

/**
 * The page when the app cannot start (config.json unreadable or wrong): the header index.html
 * painted, what is wrong in plain words, the detail behind 详情, and a reload. Nothing else of
 * the app is running, so it takes nothing from it.
 */
export function StartupError({ error }: { error: unknown }) {
  return (
    <BareShell boot>
      <Gate title={STARTUP_FAILED} described={describeStartupError(error)}>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {RELOAD}
        </button>
      </Gate>
    </BareShell>
  );
}
