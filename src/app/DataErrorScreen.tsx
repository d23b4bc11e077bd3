import { formatIssue, type DataIssue } from '../data/issues';

interface DataErrorScreenProps {
  source: string;
  issues: readonly DataIssue[];
}

/** Shown instead of the views when the dataset cannot be used: every problem, never a blank page. */
export function DataErrorScreen({ source, issues }: DataErrorScreenProps) {
  return (
    <main className="data-error" aria-labelledby="data-error-title">
      <h1 id="data-error-title">This summit dataset cannot be shown</h1>
      <p>
        <code>{source}</code> has {issues.length} problem{issues.length === 1 ? '' : 's'}. Each line names the
        field and what was expected. Fix them and reload, or run <code>npm run validate-data</code>.
      </p>
      <ol className="data-error__list">
        {issues.map((issue, i) => (
          <li key={i}>
            <code>{issue.path}</code>: {issue.message}
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => void navigator.clipboard?.writeText(issues.map(formatIssue).join('\n'))}
      >
        Copy the report
      </button>
    </main>
  );
}
