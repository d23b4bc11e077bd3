import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ViewBoundaryProps {
  /** The view's name, shown in the error box ("The map could not be drawn"). */
  name: string;
  children: ReactNode;
}

interface ViewBoundaryState {
  error: Error | null;
}

/** Contains a view's render error to that view, so the others keep working. */
export class ViewBoundary extends Component<ViewBoundaryProps, ViewBoundaryState> {
  override state: ViewBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ViewBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`${this.props.name} failed to render`, error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <div className="view-error" role="alert">
          <p>
            <strong>The {this.props.name.toLowerCase()} could not be drawn.</strong> The other views still
            work.
          </p>
          <p className="view-error__detail">{this.state.error.message}</p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
