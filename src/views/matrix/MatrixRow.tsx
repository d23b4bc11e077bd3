import { memo } from 'react';
import type { Person } from '../../data/schema';
import type { CellView } from '../../model/stanceCells';

interface MatrixRowProps {
  person: Person;
  entityName: string;
  /** Stable across sorts (from buildRowData), so re-sorting only moves rows. */
  cells: readonly CellView[];
  /** Extra text under the name, e.g. the agreement with the reference leader. */
  note: string | null;
  /** Filtered out: kept mounted (a filter change then only flips this) but hidden from everyone. */
  hidden: boolean;
  /** Column of the roving tab stop in this row (0 = the name), or -1. */
  activeCol: number;
  /** Column (1-based) of the selected cell in this row, or -1. */
  selectedCol: number;
  linked: boolean;
}

/**
 * One person's row. Memoised, with only primitive or stable props and no store subscriptions: a key
 * press re-renders the two rows whose tab stop moved; events are delegated to the grid. A filter
 * change only shows or hides rows, so the row element is kept apart from its cells: flipping `hidden`
 * or `linked` re-renders one element, not the ten or so cells inside it.
 */
export const MatrixRow = memo(function MatrixRow({ hidden, linked, ...content }: MatrixRowProps) {
  return (
    <div
      role="row"
      className={linked ? 'matrix-row is-linked' : 'matrix-row'}
      hidden={hidden}
      data-person-id={content.person.id}
      data-entity-id={content.person.entityId}
    >
      <RowCells {...content} />
    </div>
  );
});

const RowCells = memo(function RowCells({
  person,
  entityName,
  cells,
  note,
  activeCol,
  selectedCol,
}: Omit<MatrixRowProps, 'hidden' | 'linked'>) {
  return (
    <>
      <div
        role="rowheader"
        className="mx-rowhead"
        data-person-id={person.id}
        data-nav=""
        tabIndex={activeCol === 0 ? 0 : -1}
      >
        <span className="mx-rowhead__name">{person.name}</span>
        <span className="mx-rowhead__meta">
          {entityName}
          {note ? ` · ${note}` : null}
        </span>
      </div>
      {cells.map((cell, i) => (
        <div
          key={cell.questionId}
          role="gridcell"
          className="mx-cell"
          data-person-id={person.id}
          data-question-id={cell.questionId}
          data-position={cell.position}
          data-nav=""
          tabIndex={activeCol === i + 1 ? 0 : -1}
          aria-label={cell.label}
          aria-selected={selectedCol === i + 1 ? true : undefined}
        >
          <span
            className="mx-chip"
            data-position={cell.position}
            data-confidence={cell.confidence ?? 'none'}
            aria-hidden="true"
          />
        </div>
      ))}
    </>
  );
});
