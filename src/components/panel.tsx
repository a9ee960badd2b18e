import type { ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';

interface PanelProps {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  /** Showing the previous figures while new ones load. */
  busy?: boolean;
}

/** A titled card; a render error stays inside it. */
export function Panel({ title, subtitle, actions, children, className, busy }: PanelProps) {
  return (
    <section className={`panel ${busy ? 'is-updating ' : ''}${className ?? ''}`} aria-label={title} aria-busy={busy || undefined}>
      <header className="panel__header">
        <div>
          <h2 className="panel__title">{title}</h2>
          {subtitle && <p className="panel__subtitle">{subtitle}</p>}
        </div>
        {actions}
      </header>
      <ErrorBoundary title={`${title}出错`}>{children}</ErrorBoundary>
    </section>
  );
}
