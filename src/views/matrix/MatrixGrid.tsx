import { useRef, type MouseEvent } from 'react';
import type { MatrixModel } from '../../model/matrixRows';
import { describeAgreement } from '../../model/stanceAgreement';
import { useAppStore, useAppStoreApi } from '../../state/hooks';
import { ColumnHeader } from './ColumnHeader';
import { ColumnSum } from './ColumnSum';
import { MatrixRow } from './MatrixRow';
import { useGridNavigation } from './useGridNavigation';

/**
 * The ARIA grid. Hovered legend values are highlighted by one attribute on the table (CSS does the
 * rest), and hover/focus/keys are delegated here, so cells stay plain and subscription-free.
 */
export function MatrixGrid({ model }: { model: MatrixModel }) {
  const store = useAppStoreApi();
  const hoveredPosition = useAppStore((s) => s.hoveredPosition);
  const hoveredPerson = useAppStore((s) => s.hoveredPerson);
  const hoveredEntity = useAppStore((s) => s.hoveredEntity);
  const selected = useAppStore((s) => s.selectedCell);
  const { tableRef, pos, handlers } = useGridNavigation(model, selected);
  const lastHover = useRef<string | null>(null);

  const onMouseOver = (event: MouseEvent<HTMLTableElement>) => {
    const tr = (event.target as HTMLElement).closest<HTMLElement>('tr[data-person-id]');
    const personId = tr?.dataset.personId ?? null;
    if (personId === lastHover.current) return;
    lastHover.current = personId;
    store.getState().hover({ hoveredPerson: personId, hoveredEntity: tr?.dataset.entityId ?? null });
  };
  const onMouseLeave = () => {
    lastHover.current = null;
    store.getState().hover({ hoveredPerson: null, hoveredEntity: null });
  };

  const colCount = model.columns.length;
  // Keyboard row index of each shown row: hidden rows are skipped.
  const rowIndex = new Map(model.rows.map((r, i) => [r.person.id, i]));
  const noteFor = (row: MatrixModel['rows'][number]) =>
    row.isReference ? 'reference' : row.agreement ? describeAgreement(row.agreement) : null;
  return (
    <div className="matrix-scroll">
      <table
        ref={tableRef}
        role="grid"
        className="matrix-grid"
        aria-label="Leaders' positions by question"
        aria-describedby="matrix-grid-help"
        data-hl={hoveredPosition ?? undefined}
        onMouseOver={onMouseOver}
        onMouseLeave={onMouseLeave}
        {...handlers}
      >
        <thead>
          <tr>
            <th
              role="columnheader"
              scope="col"
              className="mx-corner"
              data-nav=""
              tabIndex={pos.row === -1 && pos.col === 0 ? 0 : -1}
            >
              Leader
            </th>
            {model.columnSummaries.map((summary, i) => (
              <ColumnHeader
                key={summary.question.id}
                summary={summary}
                col={i + 1}
                active={pos.row === -1 && pos.col === i + 1}
                alignEnd={i >= colCount / 2 && colCount > 2}
              />
            ))}
          </tr>
        </thead>
        {model.allGroups.map((group) => (
          <tbody key={group.id} hidden={group.shown.size === 0}>
            <tr className="mx-group-row">
              <th role="rowheader" scope="rowgroup" colSpan={colCount + 1} className="mx-group-row__head">
                <span className="mx-group-row__label">
                  {group.label} <span className="mx-group-row__count">({group.shown.size})</span>
                </span>
              </th>
            </tr>
            {group.rows.map((row) => {
              const r = rowIndex.get(row.person.id) ?? -1;
              const sel = selected?.personId === row.person.id ? selected.questionId : null;
              const selectedCol = sel === null ? -1 : row.cells.findIndex((c) => c.questionId === sel) + 1;
              return (
                <MatrixRow
                  key={row.person.id}
                  person={row.person}
                  entityName={row.entityName}
                  cells={row.cells}
                  note={noteFor(row)}
                  hidden={r === -1}
                  activeCol={r !== -1 && pos.row === r ? pos.col : -1}
                  selectedCol={selectedCol === 0 ? -1 : selectedCol}
                  linked={row.person.id === hoveredPerson || row.person.entityId === hoveredEntity}
                />
              );
            })}
          </tbody>
        ))}
        <tfoot>
          <tr className="mx-sum-row">
            <th role="rowheader" scope="row" className="mx-rowhead mx-rowhead--sum">
              Column totals
            </th>
            {model.columnSummaries.map((summary) => (
              <td key={summary.question.id} role="gridcell" className="mx-sum-cell">
                <ColumnSum counts={summary.counts} sentence={summary.sentence} />
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
