import type { DescribedError } from '../lib/i18n/errors';
import { DETAILS, RELOAD_UPDATED_PAGE, RETRY } from '../lib/i18n/strings';

/** A failure's technical detail (endpoint, status, field), behind 详情: every error display shows it so. */
export function ErrorDetails({ described, className = 'error-panel__details' }: { described: DescribedError; className?: string }) {
  return (
    <details className={className}>
      <summary>{DETAILS}</summary>
      <pre>{described.detail}</pre>
    </details>
  );
}

/**
 * What a failure offers: a reload when the app was updated under the page (its code is of an
 * older release: asking again cannot help), else `retry` when there is one.
 */
export function errorAction(described: DescribedError, retry?: () => void): { label: string; run: () => void } | null {
  if (described.kind === 'outdated') return { label: RELOAD_UPDATED_PAGE, run: () => window.location.reload() };
  return retry ? { label: RETRY, run: retry } : null;
}
