/**
 * One filter, three views: from the view state's filters, which entities, people, questions and
 * events are shown. Pure; the views and the "showing N of M" counts all read this one result.
 */
import type { Entity, Summit, SummitEvent } from '../data/schema';
import type { ViewState } from '../state/viewState';
import { eventSpan } from './timelineDates';

export type FilterState = Pick<
  ViewState,
  'entities' | 'pledge' | 'attendance' | 'questions' | 'categories' | 'from' | 'to'
>;

export interface FilteredSummit {
  entityIds: ReadonlySet<string>;
  personIds: ReadonlySet<string>;
  questionIds: ReadonlySet<string>;
  eventIds: ReadonlySet<string>;
  /** True when any filter narrows the entities, so views should dim what is left out. */
  entitiesNarrowed: boolean;
}

function entityPasses(entity: Entity, f: FilterState): boolean {
  if (f.entities.length > 0 && !f.entities.includes(entity.id)) return false;
  if (f.pledge.length > 0 && (entity.pledge === undefined || !f.pledge.includes(entity.pledge.status)))
    return false;
  if (f.attendance.length > 0 && !f.attendance.includes(entity.participation.attendance)) return false;
  return true;
}

/**
 * An event is in range when any part of it overlaps the chosen range; one known only to the week or
 * month spans that week or month, as the timeline draws it.
 */
export function eventInRange(event: SummitEvent, from: string | null, to: string | null): boolean {
  const { end } = eventSpan(event);
  if (from !== null && end < from) return false;
  if (to !== null && event.date > to) return false;
  return true;
}

export function applyFilters(summit: Summit, f: FilterState): FilteredSummit {
  const entitiesNarrowed = f.entities.length > 0 || f.pledge.length > 0 || f.attendance.length > 0;
  const entityIds = new Set(summit.entities.filter((e) => entityPasses(e, f)).map((e) => e.id));
  const personIds = new Set(
    summit.people.filter((p) => !entitiesNarrowed || entityIds.has(p.entityId)).map((p) => p.id),
  );
  const questionIds = new Set(
    summit.questions.filter((q) => f.questions.length === 0 || f.questions.includes(q.id)).map((q) => q.id),
  );
  const eventIds = new Set(
    summit.events
      .filter((ev) => f.categories.length === 0 || f.categories.includes(ev.category))
      .filter((ev) => eventInRange(ev, f.from, f.to))
      .filter(
        (ev) =>
          !entitiesNarrowed ||
          ev.entityIds.some((id) => entityIds.has(id)) ||
          ev.personIds.some((id) => personIds.has(id)),
      )
      .map((ev) => ev.id),
  );
  return { entityIds, personIds, questionIds, eventIds, entitiesNarrowed };
}
