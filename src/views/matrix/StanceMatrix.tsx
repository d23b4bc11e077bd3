import { lazy, Suspense, useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { buildMatrix, buildRowData, peopleByAffiliation, shownQuestions } from '../../model/matrixRows';
import { indexStances } from '../../model/stanceCells';
import { useDetailSlot } from '../../components/detailSlot';
import { useAppStore, useAppStoreApi, useSummit } from '../../state/hooks';
import { useFiltered, usePaintedFiltered } from '../../state/selectors';
import { cellElement } from './cellElement';
import { MatrixGrid } from './MatrixGrid';
import { MatrixLegend } from './MatrixLegend';
import { MatrixToolbar } from './MatrixToolbar';
import './matrix.css';
import './matrixGrid.css';
import './matrixPanels.css';

// The evidence panel loads when a cell is first opened; the comparison, below the grid, just after.
const CellDetail = lazy(() => import('./CellDetail').then((m) => ({ default: m.CellDetail })));
const CompareLeaders = lazy(() => import('./CompareLeaders').then((m) => ({ default: m.CompareLeaders })));

/**
 * Issue 5: who stands where. Rows are leaders grouped by affiliation, columns the questions shown by
 * the filters; each cell a position (colour + icon) with confidence drawn as its border.
 */
export function StanceMatrix() {
  const summit = useSummit();
  const filtered = useFiltered();
  const paintedPersonIds = usePaintedFiltered().personIds;
  const sort = useAppStore((s) => s.sort);
  const sortRef = useAppStore((s) => s.sortRef);
  const hasCell = useAppStore((s) => s.selectedCell !== null);
  const rootRef = useRef<HTMLDivElement>(null);
  const store = useAppStoreApi();
  const docked = useDetailSlot().slot !== null;
  // A link to a cell opens with the cell in the window as the grid is drawn, not when the card's code
  // arrives a second later and the page jumps under a reader who has begun reading. The grid's scroll
  // padding keeps it clear of the sticky header and names. Docked (presenting), the page stays put.
  useLayoutEffect(() => {
    const cell = store.getState().selectedCell;
    if (!cell || docked || !rootRef.current) return;
    cellElement(cell, rootRef.current)?.scrollIntoView?.({ block: 'center' });
    // Not on later choices: they are cells already on screen.
  }, [store, docked]);

  const index = useMemo(() => indexStances(summit.stances), [summit]);
  const groups = useMemo(() => peopleByAffiliation(summit), [summit]);
  const { personIds, questionIds } = filtered;
  // Cells depend only on the data and the shown questions: keyed by their ids so that other filter
  // changes, sorting and hover reuse them (and the memoised rows skip re-rendering).
  const questionKey = [...questionIds].join('\u0000');
  const rowData = useMemo(
    () => buildRowData(summit, index, shownQuestions(summit, new Set(questionKey.split('\u0000')))),
    [summit, index, questionKey],
  );
  const model = useMemo(
    () => buildMatrix(summit, index, { personIds, questionIds, sort, sortRef }, rowData),
    [summit, index, personIds, questionIds, sort, sortRef, rowData],
  );

  const focusCell = useCallback((personId: string, questionId: string) => {
    if (rootRef.current) cellElement({ personId, questionId }, rootRef.current)?.focus();
  }, []);

  return (
    <div className="matrix" ref={rootRef}>
      <h2 className="matrix__title">Where leaders stand</h2>
      <p className="matrix__intro">
        Each row is a leader, each column a question. Colour and icon give the position; the border gives how
        sure we are. Choose a cell for the quote and sources.
      </p>
      <MatrixToolbar model={model} groups={groups} />
      <MatrixLegend counts={model.counts} positions={model.keyPositions} />
      <p id="matrix-grid-help" className="visually-hidden">
        Arrow keys move between cells, Home and End go to the start or end of a row, Enter opens the evidence
        for a cell and Escape closes it.
      </p>
      {model.rows.length === 0 || model.columns.length === 0 ? (
        <p className="matrix__empty">No leaders or questions match the current filters.</p>
      ) : (
        <MatrixGrid model={model} paintedPersonIds={paintedPersonIds} />
      )}
      <Suspense fallback={null}>
        <CompareLeaders index={index} columns={model.columns} groups={groups} />
      </Suspense>
      {hasCell && (
        <Suspense fallback={null}>
          <CellDetail index={index} onClosed={focusCell} />
        </Suspense>
      )}
    </div>
  );
}
