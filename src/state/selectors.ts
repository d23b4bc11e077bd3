import { useContext, useMemo } from 'react';
import { useShallow } from 'zustand/shallow';
import type { Summit } from '../data/schema';
import { applyFilters, type FilteredSummit, type FilterState } from '../model/filters';
import { OffscreenContext } from './contexts';
import { useAppStore, useSummit } from './hooks';
import { pickFilters, sameFilters } from './paintedFilters';

/**
 * The filters a view draws with: the store's own, or in a view scrolled out of sight
 * (`OffscreenContext`) the filters of the last painted frame, so it follows a change in a task after
 * the frame that repaints the views on screen.
 */
export function useViewFilters(): FilterState {
  const offscreen = useContext(OffscreenContext);
  return useAppStore(useShallow((s) => (offscreen ? s.paintedFilters : pickFilters(s))));
}

function useFilteredBy(filters: FilterState): FilteredSummit {
  const summit = useSummit();
  return useMemo(() => filteredFor(summit, filters), [summit, filters]);
}

/** The filtered dataset every view draws from; recomputed only when a filter or the data changes. */
export function useFiltered(): FilteredSummit {
  return useFilteredBy(useViewFilters());
}

/**
 * The filtered dataset as of the last painted frame, for what may follow the views by a frame (the
 * sentences describing them): drawn in a task after the frame, never in the frame itself.
 */
export function usePaintedFiltered(): FilteredSummit {
  return useFilteredBy(useAppStore((s) => s.paintedFilters));
}

/** Ids a hover links across the views (null stands for none; no record has it as its id). */
export interface HoveredIds {
  entities: ReadonlySet<string | null>;
  persons: ReadonlySet<string | null>;
}

/** What a hover anywhere links in the other views: an entity, a person, or all those an event names. */
export function useHoveredIds(): HoveredIds {
  const [entity, person, event] = useAppStore(
    useShallow((s) => [s.hoveredEntity, s.hoveredPerson, s.hoveredEvent]),
  );
  return useMemo(
    () => ({
      entities: new Set([entity, ...(event?.entityIds ?? [])]),
      persons: new Set([person, ...(event?.personIds ?? [])]),
    }),
    [entity, person, event],
  );
}

const recent = new WeakMap<Summit, { filters: FilterState; result: FilteredSummit }[]>();

/**
 * `applyFilters`, computed once per filter change however many components ask: about ten do on every
 * click, and sharing one result also lets their memoised children see the same object. The last two
 * are kept, since in the frame of a change views ask for both the new and the painted filters.
 */
export function filteredFor(summit: Summit, filters: FilterState): FilteredSummit {
  const cached = recent.get(summit) ?? [];
  const hit = cached.find((c) => sameFilters(c.filters, filters));
  if (hit) return hit.result;
  const result = applyFilters(summit, filters);
  recent.set(summit, [{ filters, result }, ...cached.slice(0, 1)]);
  return result;
}
