import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { moveInGrid, navKey, type GridPos } from '../../model/matrixNavigation';
import type { MatrixModel } from '../../model/matrixRows';
import { useAppStoreApi } from '../../state/hooks';
import type { StanceCellRef } from '../../state/viewState';

/** The roving tab stop, kept by id so it follows its cell when rows are re-sorted or filtered. */
interface ActiveIds {
  personId: string | null;
  questionId: string | null;
}

/** The element at a grid position: shown rows in DOM order are the display order. */
function elementAt(grid: HTMLDivElement, pos: GridPos): HTMLElement | undefined {
  const row =
    pos.row < 0
      ? grid.querySelector('.mx-head-row')
      : grid.querySelectorAll('.matrix-row:not([hidden])')[pos.row];
  return row?.querySelectorAll<HTMLElement>('[data-nav]')[pos.col];
}

/**
 * Roving tabindex and keys for the stance grid: one tab stop, arrows, Home/End, Ctrl+Home/End,
 * PageUp/PageDown, Enter or Space opens the detail, Escape closes it (or dismisses a header tooltip).
 */
export function useGridNavigation(model: MatrixModel, selected: StanceCellRef | null) {
  const store = useAppStoreApi();
  const gridRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<GridPos | null>(null);
  const linkTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [active, setActive] = useState<ActiveIds>(() => ({
    personId: selected?.personId ?? model.rows[0]?.person.id ?? null,
    questionId: selected?.questionId ?? model.columns[0]?.id ?? null,
  }));

  const { rows, columns } = model;
  const rowIndex = useMemo(() => new Map(rows.map((r, i) => [r.person.id, i])), [rows]);
  const colIndex = useMemo(() => new Map(columns.map((q, i) => [q.id, i + 1])), [columns]);

  const pos: GridPos = {
    row: active.personId === null ? -1 : (rowIndex.get(active.personId) ?? (rows.length > 0 ? 0 : -1)),
    col: active.questionId === null ? 0 : (colIndex.get(active.questionId) ?? (columns.length > 0 ? 1 : 0)),
  };
  const key = navKey(pos);

  /** A navigable element's position, from its data-person-id / data-question-id. */
  const navTarget = (event: { target: EventTarget }): { el: HTMLElement; pos: GridPos } | null => {
    const el = (event.target as HTMLElement).closest<HTMLElement>('[data-nav]');
    if (!el) return null;
    const { personId, questionId } = el.dataset;
    const row = personId === undefined ? -1 : rowIndex.get(personId);
    const col = questionId === undefined ? 0 : colIndex.get(questionId);
    return row === undefined || col === undefined ? null : { el, pos: { row, col } };
  };

  const idsAt = useCallback(
    (p: GridPos): ActiveIds => ({
      personId: p.row < 0 ? null : (rows[p.row]?.person.id ?? null),
      questionId: p.col === 0 ? null : (columns[p.col - 1]?.id ?? null),
    }),
    [rows, columns],
  );

  useEffect(() => () => clearTimeout(linkTimer.current), []);

  /** Keyboard focus links the row to the other views too, once arrowing pauses (keeps keys cheap). */
  const linkLater = (personId: string | null, entityId: string | null) => {
    clearTimeout(linkTimer.current);
    linkTimer.current = setTimeout(
      () => store.getState().hover({ hoveredPerson: personId, hoveredEntity: entityId }),
      personId === null ? 0 : 120,
    );
  };

  // After a key moved the tab stop and the grid re-rendered, focus the new cell.
  useLayoutEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = null;
    const el = target && gridRef.current ? elementAt(gridRef.current, target) : null;
    if (!el) return;
    // focus() scrolls the cell into the grid's box but ignores its scroll-padding, leaving a cell
    // half under the sticky name column; scrollIntoView keeps clear of the sticky parts.
    el.focus({ preventScroll: true });
    el.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    // Not the page to a sticky header cell (Ctrl+Home) above the window: bring the whole box in,
    // which holds the cell in view.
    const { top, bottom } = el.getBoundingClientRect();
    if (top < 0 || bottom > window.innerHeight)
      (el.closest('.matrix-scroll') ?? el).scrollIntoView?.({ block: 'nearest' });
  }, [key]);

  const open = (p: GridPos) => {
    const ids = idsAt(p);
    if (ids.personId !== null && ids.questionId !== null)
      store.getState().update({ selectedCell: { personId: ids.personId, questionId: ids.questionId } });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const hit = navTarget(event);
    if (!hit) return;
    if (event.key === 'Enter' || event.key === ' ') {
      if (hit.pos.row >= 0 && hit.pos.col > 0) {
        event.preventDefault();
        open(hit.pos);
      }
      return;
    }
    if (event.key === 'Escape') {
      if (store.getState().selectedCell) store.getState().update({ selectedCell: null });
      else hit.el.classList.add('mx-tip-dismissed');
      return;
    }
    const next = moveInGrid(hit.pos, event, rows.length, columns.length);
    if (!next) return;
    event.preventDefault();
    if (navKey(next) === navKey(hit.pos)) return;
    pendingFocus.current = next;
    setActive(idsAt(next));
  };

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const hit = navTarget(event);
    if (!hit) return;
    if (navKey(hit.pos) !== key) setActive(idsAt(hit.pos));
    const row = rows[hit.pos.row];
    linkLater(row?.person.id ?? null, row?.person.entityId ?? null);
  };

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    (event.target as HTMLElement).classList.remove('mx-tip-dismissed');
    if (!gridRef.current?.contains(event.relatedTarget as Node | null)) linkLater(null, null);
  };

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const hit = navTarget(event);
    if (!hit) return;
    setActive(idsAt(hit.pos));
    if (hit.pos.row >= 0 && hit.pos.col > 0) open(hit.pos);
  };

  return { gridRef, pos, handlers: { onKeyDown, onFocus, onBlur, onClick } };
}
