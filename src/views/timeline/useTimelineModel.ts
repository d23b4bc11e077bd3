import { useMemo } from 'react';
import type { SummitEvent } from '../../data/schema';
import { applyFilters } from '../../model/filters';
import { countByCategory, orderedCategories } from '../../model/timelineCategories';
import { sortEvents } from '../../model/timelineOrder';
import { rangePresets } from '../../model/timelinePresets';
import { dataExtent, viewDomain } from '../../model/timelineScale';
import { useSummit } from '../../state/hooks';
import { filteredFor, useViewFilters } from '../../state/selectors';

/** Everything the timeline derives from the dataset and the shared filters, memoised. */
export function useTimelineModel() {
  const summit = useSummit();
  const filters = useViewFilters();
  const { eventIds } = useMemo(() => filteredFor(summit, filters), [summit, filters]);
  const { events, meta } = summit;

  const base = useMemo(
    () => ({
      categories: orderedCategories(events),
      extent: dataExtent(events, meta.date),
      presets: rangePresets(meta.date),
      byId: new Map(events.map((e) => [e.id, e] as const)),
    }),
    [events, meta.date],
  );
  const { from, to } = filters;
  const domain = useMemo(() => viewDomain({ from, to }, base.extent), [from, to, base.extent]);

  // Counts ignore the category filter itself; the overview's density ignores the date range.
  const counts = useMemo(
    () => countByCategory(events, applyFilters(summit, { ...filters, categories: [] }).eventIds),
    [summit, events, filters],
  );
  const density = useMemo(() => {
    const ids = applyFilters(summit, { ...filters, from: null, to: null }).eventIds;
    const perDay = new Map<string, number>();
    for (const e of events) {
      if (e.context === true || !ids.has(e.id)) continue;
      perDay.set(e.date, (perDay.get(e.date) ?? 0) + 1);
    }
    return perDay;
  }, [summit, events, filters]);

  const visible = useMemo<SummitEvent[]>(
    () => sortEvents(events.filter((e) => eventIds.has(e.id))),
    [events, eventIds],
  );

  return {
    summit,
    ...base,
    domain,
    range: { from, to },
    selectedCategories: filters.categories,
    counts,
    density,
    visible,
    shownCount: eventIds.size,
  };
}

export type TimelineModel = ReturnType<typeof useTimelineModel>;
