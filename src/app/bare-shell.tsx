import { useId, type ReactNode } from 'react';
import { ErrorDetails } from '../components/error-details';
import type { DescribedError } from '../lib/i18n/errors';
import { APP_TITLE } from '../lib/i18n/strings';

/**
 * The app's header with its name alone (nothing in it needs data) around a page of its own:
 * signed out, a crashed shell, a start that failed. `boot`: the markup index.html paints before
 * any script (StartingShell's), for a page shown in its place.
 */
export function BareShell({ boot = false, tools, children }: { boot?: boolean; tools?: ReactNode; children: ReactNode }) {
  return (
    <div className={boot ? 'boot-shell' : 'shell'}>
      <header className="shell__header">
        <div className="shell__brand">
          <span className="shell__title">{APP_TITLE}</span>
        </div>
        {tools && <div className="shell__tools">{tools}</div>}
      </header>
      <main id="main" className={boot ? 'boot-shell__body' : 'shell__main'} tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

/** A page-sized failure: its heading, the plain message, the detail behind 详情, and what to do (`children`). */
export function Gate({ title, described, className = '', children }: { title: string; described: DescribedError; className?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className={`gate ${className}`.trim()} role="alert" aria-labelledby={id}>
      <h1 id={id}>{title}</h1>
      <p>{described.message}</p>
      <ErrorDetails described={described} />
      {children}
    </section>
  );
}
