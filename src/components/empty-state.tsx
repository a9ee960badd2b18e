interface EmptyStateProps {
  message: string;
  hint?: string;
  /** The page's own message (nothing else to show): rendered as its h1. */
  pageHeading?: boolean;
}

export function EmptyState({ message, hint, pageHeading }: EmptyStateProps) {
  const Message = pageHeading ? 'h1' : 'p';
  return (
    <div className="empty-state" role="status">
      <Message className="empty-state__message">{message}</Message>
      {hint && <p className="empty-state__hint">{hint}</p>}
    </div>
  );
}
