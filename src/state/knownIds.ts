import type { Summit } from '../data/schema';
import { leaders } from '../model/matrixRows';
import type { ViewState } from './viewState';

type IdListField = 'entities' | 'questions' | 'categories';

/** The dataset's own spelling of an id, whatever its case: a hand-typed link says "DEU" for "deu". */
function spelling(known: ReadonlySet<string>): (id: string) => string | undefined {
  const byLower = new Map([...known].map((k) => [k.toLowerCase(), k]));
  return (id) => (known.has(id) ? id : byLower.get(id.toLowerCase()));
}

/**
 * The URL codec checks the form of each parameter; this checks its ids against the dataset. A link
 * naming a country, leader, question or event this summit does not have (a typo, an old link, a
 * link made for another dataset) then falls back to the default for that field, instead of a
 * filter that matches nothing. Known ids in the same list are kept. A cell, a comparison or a
 * reference leader must name someone with a row in the matrix: an adviser who only sat in a meeting
 * is in the dataset but has nothing to compare, and such a link would half-apply. Dates are checked
 * against the events' days the same way. Ids of countries, questions, categories and events are
 * matched regardless of case.
 */
export function keepKnownIds(state: Partial<ViewState>, summit: Summit): Partial<ViewState> {
  const known = {
    entities: new Set(summit.entities.map((e) => e.id)),
    questions: new Set(summit.questions.map((q) => q.id)),
    categories: new Set(summit.events.map((e) => e.category)),
  } satisfies Record<IdListField, Set<string>>;
  const people = new Set(leaders(summit).map((p) => p.id));
  const events = new Set(summit.events.map((e) => e.id));
  const out = { ...state };

  for (const field of ['entities', 'questions', 'categories'] as const) {
    const spell = spelling(known[field]);
    const ids = out[field]?.flatMap((id) => spell(id) ?? []);
    if (ids && ids.length > 0) out[field] = [...new Set(ids)];
    else delete out[field];
  }
  const entity = out.selectedEntity && spelling(known.entities)(out.selectedEntity);
  if (entity) out.selectedEntity = entity;
  else delete out.selectedEntity;
  const event = out.selectedEvent && spelling(events)(out.selectedEvent);
  if (event) out.selectedEvent = event;
  else delete out.selectedEvent;
  if (out.sortRef && !people.has(out.sortRef)) delete out.sortRef;
  const cell = out.selectedCell;
  if (cell && !(people.has(cell.personId) && known.questions.has(cell.questionId))) delete out.selectedCell;
  if (out.compare && !out.compare.every((id) => people.has(id))) delete out.compare;
  // A range that starts after the last event or ends before the first shows nothing, and the date
  // fields, bounded by those days, could not hold it: that end falls back too.
  const days = summit.events.flatMap((e) => [e.date, e.endDate ?? e.date]).sort();
  const [first, last] = [days[0], days.at(-1)];
  if (out.from && last && out.from > last) delete out.from;
  if (out.to && first && out.to < first) delete out.to;
  return out;
}
