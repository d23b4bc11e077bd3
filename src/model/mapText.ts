/**
 * The words the map shows about an entity: who represented it and how, its pledge in one line, its
 * sources. Pure, so the tooltip, the detail panel and the screen-reader announcement agree.
 */
import type { Attendance, Entity, Person, Source, Summit } from '../data/schema';
import { PLEDGE_LABELS, ROLE_LABELS } from './mapColors';
import { countLabel, upperFirst } from './prose';

const HOW: Record<Attendance, string> = {
  'in-person': 'in person',
  video: 'by video',
  partial: 'for part of the meeting',
  absent: 'absent',
  unknown: 'attendance unconfirmed',
};

export function attendancePhrase(attendance: Attendance): string {
  return HOW[attendance];
}

/** The dataset's people and sources by id, built once per dataset. */
export interface MapIndex {
  people: ReadonlyMap<string, Person>;
  sources: ReadonlyMap<string, Source>;
  entities: ReadonlyMap<string, Entity>;
}

export function indexSummit(summit: Summit): MapIndex {
  return {
    people: new Map(summit.people.map((p) => [p.id, p])),
    sources: new Map(summit.sources.map((s) => [s.id, s])),
    entities: new Map(summit.entities.map((e) => [e.id, e])),
  };
}

export function representatives(entity: Entity, index: MapIndex): Person[] {
  return entity.participation.representedBy.flatMap((id) => {
    const person = index.people.get(id);
    return person ? [person] : [];
  });
}

/** "Emmanuel Macron, in person" · "By video (representative not named)" · "Not taking part". */
export function representationLine(entity: Entity, index: MapIndex): string {
  if (entity.participation.role === 'non-participant') return ROLE_LABELS['non-participant'];
  const how = attendancePhrase(entity.participation.attendance);
  const names = representatives(entity, index).map((p) => p.name);
  if (names.length === 0) return `${upperFirst(how)} (representative not named)`;
  return `${names.join(', ')}, ${how}`;
}

export function pledgeLine(entity: Entity): string | null {
  if (!entity.pledge) return null;
  const label = PLEDGE_LABELS[entity.pledge.status];
  const summary = entity.pledge.summary.trim();
  // A dash, not a colon: summaries often open with their own ("No decision on troops: …").
  return summary === '' ? label : `${label} — ${summary}`;
}

/** "Represented by" when nobody is named: one wording in every panel. */
export function noRepresentative(entity: Entity): string {
  return entity.participation.role === 'non-participant'
    ? ROLE_LABELS['non-participant']
    : 'Not named in the sources';
}

/** Every source the entity cites, its own and its pledge's, each once, in first-cited order. */
export function entitySourceIds(entity: Entity): string[] {
  return [...new Set([...entity.sourceIds, ...(entity.pledge?.sourceIds ?? [])])];
}

/**
 * The one-line announcement for screen readers when the map's keyboard focus moves. `outside`: the
 * filters leave it out, which the map shows only by dimming it.
 */
export function announcement(entity: Entity, index: MapIndex, outside = false): string {
  const parts = [
    outside ? `${entity.name}, outside the current filters` : entity.name,
    ROLE_LABELS[entity.participation.role],
    representationLine(entity, index),
  ];
  const pledge = pledgeLine(entity);
  if (pledge) parts.push(pledge);
  parts.push(countLabel(entitySourceIds(entity).length, 'source'));
  return [...new Set(parts)].map((part) => (/[.!?]$/.test(part) ? part : `${part}.`)).join(' ');
}
