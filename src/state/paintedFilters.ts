import type { StoreApi } from 'zustand/vanilla';
import type { FilterState } from '../model/filters';

/** The filter fields of the store; use with `useShallow`. */
export const pickFilters = (s: FilterState): FilterState => ({
  entities: s.entities,
  pledge: s.pledge,
  attendance: s.attendance,
  questions: s.questions,
  categories: s.categories,
  from: s.from,
  to: s.to,
});

export function sameFilters(a: FilterState, b: FilterState): boolean {
  return (Object.keys(a) as (keyof FilterState)[]).every((k) => a[k] === b[k]);
}

/** After the next frame is on screen; a plain timer where there are no frames (Node). */
function afterNextPaint(callback: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(callback, 0));
  else setTimeout(callback, 0);
}

/**
 * Keeps the store's `paintedFilters` one painted frame behind its filters. A view scrolled out of
 * sight draws with these, so the frame after a filter change carries only the views a reader can see,
 * and the others re-render in a task after it (React's own deferral ran that task before the frame).
 * Several changes within one frame are taken together.
 */
export function followFiltersAfterPaint(
  store: StoreApi<FilterState & { paintedFilters: FilterState }>,
): void {
  let pending = false;
  store.subscribe((state) => {
    if (pending || sameFilters(pickFilters(state), state.paintedFilters)) return;
    pending = true;
    afterNextPaint(() => {
      pending = false;
      const state = store.getState();
      const current = pickFilters(state);
      if (!sameFilters(current, state.paintedFilters)) store.setState({ paintedFilters: current });
    });
  });
}
