import { useContext, useDeferredValue, useMemo } from 'react';
import { useShallow } from 'zustand/shallow';
import type { Summit } from '../data/schema';
import { applyFilters, type FilteredSummit, type FilterState } from '../model/filters';
import { OffscreenContext } from './contexts';
import { useAppStore, useSummit } from './hooks';

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

/**
 * The filters a view draws with. In a view scrolled out of sight (`OffscreenContext`) they follow a
 * change in a deferred render, after the frame that repaints the views on screen; on screen, and
 * everywhere outside a view, they are the store's own. Nothing is deferred while a view is visible,
 * so `useDeferredValue` is handed a constant there and schedules no second render.
 */
export function useViewFilters(): FilterState {
  const filters = useAppStore(useShallow(pickFilters));
  const offscreen = useContext(OffscreenContext);
  const deferred = useDeferredValue(offscreen ? filters : null);
  return offscreen && deferred !== null ? deferred : filters;
}

/** The filtered dataset every view draws from; recomputed only when a filter or the data changes. */
export function useFiltered(): FilteredSummit {
  const summit = useSummit();
  const filters = useViewFilters();
  return useMemo(() => filteredFor(summit, filters), [summit, filters]);
}

const lastFiltered = new WeakMap<Summit, { filters: FilterState; result: FilteredSummit }>();

/**
 * `applyFilters`, computed once per filter change however many components ask: about ten do on every
 * click, and sharing one result also lets their memoised children see the same object.
 */
export function filteredFor(summit: Summit, filters: FilterState): FilteredSummit {
  const last = lastFiltered.get(summit);
  if (last && shallowEqualFilters(last.filters, filters)) return last.result;
  const result = applyFilters(summit, filters);
  lastFiltered.set(summit, { filters, result });
  return result;
}

function shallowEqualFilters(a: FilterState, b: FilterState): boolean {
  return (Object.keys(a) as (keyof FilterState)[]).every((k) => a[k] === b[k]);
}
