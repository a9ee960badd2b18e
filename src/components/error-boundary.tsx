import { Component, type ReactNode } from 'react';
import { ErrorPanel } from './error-panel';

interface Props {
  children: ReactNode;
  title?: string;
  /** Shown instead of the default ErrorPanel; `reset` renders the children again. */
  fallback?: (error: unknown, reset: () => void) => ReactNode;
}

interface State {
  error: unknown;
}

/** Keeps a render error inside one widget instead of blanking the page. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  render() {
    if (this.state.error) {
      const reset = () => this.setState({ error: null });
      if (this.props.fallback) return this.props.fallback(this.state.error, reset);
      return <ErrorPanel title={this.props.title ?? '此模块出错'} error={this.state.error} onRetry={reset} />;
    }
    return this.props.children;
  }
}
