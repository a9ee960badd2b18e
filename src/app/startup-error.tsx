import { describeStartupError } from '../lib/i18n/errors';
import { ErrorDetails } from '../components/error-details';
import { APP_TITLE, RELOAD, STARTUP_FAILED } from '../lib/i18n/strings';

/**
 * The page when the app cannot start (config.json unreadable or wrong): the header index.html
 * painted (same markup as StartingShell), what is wrong in plain words, the detail behind 详情,
 * and a reload. Nothing else of the app is running, so it takes nothing from it.
 */
export function StartupError({ error }: { error: unknown }) {
  const described = describeStartupError(error);
  return (
    <div className="boot-shell">
      <header className="shell__header">
        <div className="shell__brand">
          <span className="shell__title">{APP_TITLE}</span>
        </div>
      </header>
      <main className="boot-shell__body">
        <section className="gate" role="alert" aria-labelledby="startup-title">
          <h1 id="startup-title">{STARTUP_FAILED}</h1>
          <p>{described.message}</p>
          <ErrorDetails described={described} />
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {RELOAD}
          </button>
        </section>
      </main>
    </div>
  );
}
