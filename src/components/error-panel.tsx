import { describeError } from '../lib/i18n/errors';
import { ErrorDetails, errorAction } from './error-details';
import { useReportPanelFailure } from '../lib/page-failures';

interface ErrorPanelProps {
  /** Which part of the page failed ("各社区数据加载失败"). */
  title?: string;
  error: unknown;
  onRetry?: () => void;
}

/**
 * A failed widget: what went wrong in plain words, in place, with a retry (or a reload when the
 * app was updated); the technical detail behind 详情. The rest of the page stays.
 */
export function ErrorPanel({ title = '加载失败', error, onRetry }: ErrorPanelProps) {
  useReportPanelFailure('failed');
  const described = describeError(error);
  const action = errorAction(described, onRetry);
  return (
    <div className="error-panel" role="alert">
      <p className="error-panel__title">
        <span aria-hidden="true">⚠</span> {title} · {described.label}
      </p>
      <p className="error-panel__message">{described.message}</p>
      <ErrorDetails described={described} />
      {action && (
        <button type="button" className="button" onClick={action.run}>
          {action.label}
        </button>
      )}
    </div>
  );
}
