import type { ReactNode } from 'react';

/** A two-column table of keys and what they do, for the help dialogs. */
export function KeyTable({ rows }: { rows: readonly (readonly [key: ReactNode, action: string])[] }) {
  return (
    <table className="key-help">
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">Action</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([key, action]) => (
          <tr key={action}>
            <td>{typeof key === 'string' ? <kbd>{key}</kbd> : key}</td>
            <td>{action}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
