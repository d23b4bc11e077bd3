import type { DataIssue } from '../data/issues';
import { IssueReport } from './IssueReport';

interface DataErrorScreenProps {
  source: string;
  issues: readonly DataIssue[];
  /** Offered when the failed file was not the shipped one. */
  onLoadDefault?: () => void;
}

/** Shown when there is no dataset to fall back on: every problem, never a blank page. */
export function DataErrorScreen({ source, issues, onLoadDefault }: DataErrorScreenProps) {
  return (
    <main className="data-error" aria-labelledby="data-error-title">
      <h1 id="data-error-title">This summit dataset cannot be shown</h1>
      <p>
        <code>{source}</code> has {issues.length} problem{issues.length === 1 ? '' : 's'}. Each line names the
        field, what was expected and how to fix it. Fix them and reload, or check the file with{' '}
        <code>npm run validate-data</code>.
      </p>
      <IssueReport issues={issues} />
      {onLoadDefault && (
        <p>
          <button type="button" onClick={onLoadDefault}>
            Show the built-in summit instead
          </button>
        </p>
      )}
    </main>
  );
}
