import { Component, type ReactNode } from 'react';
import { ErrorPanel } from './error-panel';

interface Props {
  children: ReactNode;
  title?: string;
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
      return <ErrorPanel title={this.props.title ?? '此模块出错'} error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    }
    return this.props.children;
  }
}
