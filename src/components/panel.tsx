import type { ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';

interface PanelProps {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** A titled card; a render error stays inside it. */
export function Panel({ title, subtitle, actions, children, className }: PanelProps) {
  return (
    <section className={`panel ${className ?? ''}`} aria-label={title}>
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
