import { describeError } from '../lib/i18n/errors';
import { RELOAD_UPDATED_PAGE } from '../lib/i18n/strings';
import { useReportPanelFailure } from '../lib/page-failures';

interface ErrorPanelProps {
  /** Which part of the page failed ("各社区数据加载失败"). */
  title?: string;
  error: unknown;
  onRetry?: () => void;
}

export function errorMessage(error: unknown): string {
  return describeError(error).message;
}

/**
 * A failed widget: what went wrong in plain words, in place, with a retry (or a reload when the
 * app was updated); the technical detail behind 详情. The rest of the page stays.
 */
export function ErrorPanel({ title = '加载失败', error, onRetry }: ErrorPanelProps) {
  useReportPanelFailure('failed');
  const described = describeError(error);
  const reload = described.kind === 'outdated';
  return (
    <div className="error-panel" role="alert">
      <p className="error-panel__title">
        <span aria-hidden="true">⚠</span> {title} · {described.label}
      </p>
      <p className="error-panel__message">{described.message}</p>
      <details className="error-panel__details">
        <summary>详情</summary>
        <pre>{described.detail}</pre>
      </details>
      {(onRetry || reload) && (
        <button type="button" className="button" onClick={reload ? () => window.location.reload() : onRetry}>
          {reload ? RELOAD_UPDATED_PAGE : '重试'}
        </button>
      )}
    </div>
  );
}
