import { formatIssue, type DataIssue } from '../data/issues';
import { suggestFix } from '../data/suggestFix';

/** Every problem of a refused dataset: where, what, and how to fix it; copyable as plain text. */
export function IssueReport({ issues }: { issues: readonly DataIssue[] }) {
  const text = issues.map((i) => `${formatIssue(i)}\n  fix: ${suggestFix(i)}`).join('\n');
  return (
    <>
      <ol className="data-error__list">
        {issues.map((issue, i) => (
          <li key={i}>
            <code>{issue.path}</code>: {issue.message}
            <br />
            <span className="data-error__fix">{suggestFix(issue)}</span>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => void navigator.clipboard?.writeText(text)}>
        Copy the report
      </button>
    </>
  );
}
