/** Everything the dataset says about one participant, gathered for the entity detail panel. */
import type { Entity, Person, Question, Source, Stance, Summit, SummitEvent } from '../data/schema';

export interface ProfileStance {
  person: Person;
  question: Question;
  stance: Stance;
}

export interface EntityProfile {
  entity: Entity;
  representatives: Person[];
  /** Everyone in the dataset who speaks for this entity, representatives first. */
  people: Person[];
  /** Positions its people actually took (not-stated and not-applicable left out). */
  stances: ProfileStance[];
  events: SummitEvent[];
  /** Every source cited for the entity, its pledge, its people's stances and its events, deduplicated. */
  sources: Source[];
}

const SILENT = new Set(['not-stated', 'not-applicable']);

export function deriveEntityProfile(summit: Summit, entityId: string): EntityProfile | null {
  const entity = summit.entities.find((e) => e.id === entityId);
  if (!entity) return null;
  const personById = new Map(summit.people.map((p) => [p.id, p]));
  const questionById = new Map(summit.questions.map((q) => [q.id, q]));
  const representatives = entity.participation.representedBy
    .map((id) => personById.get(id))
    .filter((p): p is Person => p !== undefined);
  const others = summit.people.filter((p) => p.entityId === entityId && !representatives.includes(p));
  const people = [...representatives, ...others];
  const peopleIds = new Set(people.map((p) => p.id));

  const stances: ProfileStance[] = [];
  for (const stance of summit.stances) {
    if (!peopleIds.has(stance.personId) || SILENT.has(stance.position)) continue;
    const person = personById.get(stance.personId);
    const question = questionById.get(stance.questionId);
    if (person && question) stances.push({ person, question, stance });
  }

  const events = summit.events
    .filter((ev) => ev.entityIds.includes(entityId) || ev.personIds.some((id) => peopleIds.has(id)))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const cited = new Set<string>([
    ...entity.sourceIds,
    ...(entity.pledge?.sourceIds ?? []),
    ...stances.flatMap((s) => s.stance.sourceIds),
    ...events.flatMap((ev) => ev.sourceIds),
  ]);
  const sources = summit.sources.filter((s) => cited.has(s.id));
  return { entity, representatives, people, stances, events, sources };
}
