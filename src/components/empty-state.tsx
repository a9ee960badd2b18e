export function EmptyState({ message, hint }: { message: string; hint?: string }) {
  return (
    <div className="empty-state" role="status">
      <p className="empty-state__message">{message}</p>
      {hint && <p className="empty-state__hint">{hint}</p>}
    </div>
  );
}
