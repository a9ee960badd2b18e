interface ErrorPanelProps {
  title?: string;
  error: unknown;
  onRetry?: () => void;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A failed widget: says what went wrong, in place, with a retry; the rest of the page stays. */
export function ErrorPanel({ title = '加载失败', error, onRetry }: ErrorPanelProps) {
  return (
    <div className="error-panel" role="alert">
      <p className="error-panel__title">
        <span aria-hidden="true">⚠</span> {title}
      </p>
      <p className="error-panel__message">{errorMessage(error)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          重试
        </button>
      )}
    </div>
  );
}
