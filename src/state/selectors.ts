import { useMemo } from 'react';
import { useShallow } from 'zustand/shallow';
import { applyFilters, type FilteredSummit, type FilterState } from '../model/filters';
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

/** The filtered dataset every view draws from; recomputed only when a filter or the data changes. */
export function useFiltered(): FilteredSummit {
  const summit = useSummit();
  const filters = useAppStore(useShallow(pickFilters));
  return useMemo(() => applyFilters(summit, filters), [summit, filters]);
}
