/**
 * What the event detail shows, resolved from ids: linked entities and people (unknown ids are
 * skipped), sources in the event's order, and only links that are plain http(s).
 */
import type { Entity, Person, Source, Summit, SummitEvent } from '../data/schema';

/** The URL to link to, or null for anything but http(s) (javascript:, data:, relative…). */
export function safeHref(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}

export interface EventDetailData {
  entities: Entity[];
  people: Person[];
  sources: Source[];
}

function pick<T extends { id: string }>(ids: readonly string[], all: readonly T[]): T[] {
  const byId = new Map(all.map((x) => [x.id, x]));
  return [...new Set(ids)].map((id) => byId.get(id)).filter((x): x is T => x !== undefined);
}

export function eventDetailData(summit: Summit, event: SummitEvent): EventDetailData {
  return {
    entities: pick(event.entityIds, summit.entities),
    people: pick(event.personIds, summit.people),
    sources: pick(event.sourceIds, summit.sources),
  };
}

/** Events linked to a hovered entity or person (by id), for highlighting across views. */
export function relatedEventIds(
  events: readonly Pick<SummitEvent, 'id' | 'entityIds' | 'personIds'>[],
  entity: string | null,
  person: string | null,
): ReadonlySet<string> {
  if (entity === null && person === null) return new Set();
  return new Set(
    events
      .filter(
        (e) =>
          (entity !== null && e.entityIds.includes(entity)) ||
          (person !== null && e.personIds.includes(person)),
      )
      .map((e) => e.id),
  );
}
