/** A full-slide message: loading, an error with 重试, or nothing to show. */
export function DeckMessage({ title, detail, onRetry, busy }: { title: string; detail?: string; onRetry?: () => void; busy?: boolean }) {
  return (
    <div className="deck-message" role={onRetry ? 'alert' : 'status'} aria-busy={busy || undefined}>
      <h1 className="deck-message__title">{title}</h1>
      {detail && <p className="deck-message__detail">{detail}</p>}
      {onRetry && (
        <button type="button" className="deck__button deck__button--primary" onClick={onRetry}>
          重试
        </button>
      )}
    </div>
  );
}
