import type { ReactNode } from 'react';

interface RecordTableProps {
  /** Name of the keyboard-scrollable box around the table. */
  label: string;
  caption: string;
  columns: readonly string[];
  /** The body rows. */
  children: ReactNode;
}

/** A captioned table in a box that scrolls and can be reached by keyboard. */
export function RecordTable({ label, caption, columns, children }: RecordTableProps) {
  return (
    <div className="view-text__scroll" tabIndex={0} role="region" aria-label={label}>
      <table className="view-text__grid">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
