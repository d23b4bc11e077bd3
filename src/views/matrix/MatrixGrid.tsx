import { useMemo, useRef, type CSSProperties, type MouseEvent } from 'react';
import { rowsShownNow } from '../../model/matrixReveal';
import { summarizeColumns, type MatrixModel } from '../../model/matrixRows';
import { countLabel } from '../../model/prose';
import { describeAgreement } from '../../model/stanceAgreement';
import { useAppStore, useAppStoreApi } from '../../state/hooks';
import { useHoveredIds } from '../../state/selectors';
import { ColumnHeader } from './ColumnHeader';
import { ColumnSum } from './ColumnSum';
import { MatrixRow } from './MatrixRow';
import { useGridNavigation } from './useGridNavigation';
import { useVisibleExtent } from './useVisibleExtent';

/**
 * The ARIA grid, laid out as a CSS grid of fixed columns rather than an HTML table: a table
 * re-measures every column whenever rows come and go, which made each filter change several times
 * slower. Rows are `display: contents`, so cells sit in the one grid and stay sticky against its
 * scroll box. Hovered legend values are highlighted by one attribute on the grid (CSS does the rest),
 * and hover/focus/keys are delegated here, so cells stay plain and subscription-free. In the frame
 * of a filter change only the rows that can be on screen follow it (`rowsShownNow`); the others, as
 * last painted (`paintedPersonIds`), follow in the task after.
 */
export function MatrixGrid({
  model,
  paintedPersonIds,
}: {
  model: MatrixModel;
  paintedPersonIds: ReadonlySet<string>;
}) {
  const store = useAppStoreApi();
  const hoveredPosition = useAppStore((s) => s.hoveredPosition);
  const hovered = useHoveredIds();
  const selected = useAppStore((s) => s.selectedCell);
  const { gridRef, pos, handlers } = useGridNavigation(model, selected);
  const lastHover = useRef<string | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const extent = useVisibleExtent(scrollRef);
  const { shown: shownNow, complete } = useMemo(
    () =>
      rowsShownNow(model.allGroups, paintedPersonIds, extent.px, extent.heights, selected?.personId ?? null),
    [model.allGroups, paintedPersonIds, extent, selected?.personId],
  );
  // The totals (sticky at the box's bottom) and the headers' tooltips, as painted, while out of sight.
  const paintedSummaries = useMemo(
    () =>
      summarizeColumns(
        model.columns,
        model.allGroups.flatMap((g) => g.rows).filter((r) => paintedPersonIds.has(r.person.id)),
      ),
    [model.columns, model.allGroups, paintedPersonIds],
  );
  const summaries = extent.bottomSeen || complete ? model.columnSummaries : paintedSummaries;

  const onMouseOver = (event: MouseEvent<HTMLDivElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('.matrix-row[data-person-id]');
    const personId = row?.dataset.personId ?? null;
    if (personId === lastHover.current) return;
    lastHover.current = personId;
    store.getState().hover({ hoveredPerson: personId, hoveredEntity: row?.dataset.entityId ?? null });
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
    <div className="matrix-scroll" ref={scrollRef}>
      <div
        ref={gridRef}
        role="grid"
        className="matrix-grid"
        style={{ '--mx-cols': colCount } as CSSProperties}
        aria-label="Leaders' positions by question"
        aria-describedby="matrix-grid-help"
        data-hl={hoveredPosition ?? undefined}
        onMouseOver={onMouseOver}
        onMouseLeave={onMouseLeave}
        {...handlers}
      >
        <div role="rowgroup" className="mx-rowgroup">
          <div role="row" className="mx-head-row">
            <div
              role="columnheader"
              className="mx-corner"
              data-nav=""
              tabIndex={pos.row === -1 && pos.col === 0 ? 0 : -1}
            >
              Leader
            </div>
            {summaries.map((summary, i) => (
              <ColumnHeader
                key={summary.question.id}
                summary={summary}
                col={i + 1}
                active={pos.row === -1 && pos.col === i + 1}
                alignEnd={i >= colCount / 2 && colCount > 2}
              />
            ))}
          </div>
        </div>
        {model.allGroups.map((group) => (
          <div
            role="rowgroup"
            className="mx-rowgroup"
            key={group.id}
            hidden={!group.rows.some((row) => shownNow.has(row.person.id))}
          >
            <div role="row" className="mx-group-row">
              <div role="rowheader" className="mx-group-row__head">
                <span className="mx-group-row__label">
                  {group.label}{' '}
                  <span className="mx-group-row__count">({countLabel(group.shown.size, 'leader')})</span>
                </span>
              </div>
            </div>
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
                  hidden={!shownNow.has(row.person.id)}
                  activeCol={r !== -1 && pos.row === r ? pos.col : -1}
                  selectedCol={selectedCol === 0 ? -1 : selectedCol}
                  linked={hovered.persons.has(row.person.id) || hovered.entities.has(row.person.entityId)}
                />
              );
            })}
          </div>
        ))}
        <div role="rowgroup" className="mx-rowgroup">
          <div role="row" className="mx-sum-row">
            <div role="rowheader" className="mx-rowhead mx-rowhead--sum">
              Column totals
            </div>
            {summaries.map((summary) => (
              <div key={summary.question.id} role="gridcell" className="mx-sum-cell">
                <ColumnSum counts={summary.counts} sentence={summary.sentence} />
              </div>
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}
