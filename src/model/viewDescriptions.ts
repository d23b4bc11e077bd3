/**
 * One or two sentences per view saying what it shows right now, for screen-reader users (each view's
 * region is described by them) and for anyone who wants the gist without reading the chart. Pure:
 * built from the dataset, the filtered selection and the view state, so they change with the filters.
 */
import type { Summit } from '../data/schema';
import { formatCalendarDate } from './calendar';
import type { FilteredSummit } from './filters';
import { COLOR_BY_LABELS, isParticipant, legendCounts } from './mapColors';
import type { ColorBy } from '../state/viewState';
import { leaders } from './matrixRows';
import { countPositions, indexStances, positionOf, summarizeCounts } from './stanceCells';
import { countLabel, listNames, nameInProse } from './prose';
import { categoryLabel } from './timelineCategories';
import { eventSpan, formatEventBound } from './timelineDates';

/** Long lists in a view's description are cut: "A, B, … and 4 more". */
const LIST_MAX = 6;

export interface MapDescriptionInput {
  colorBy: ColorBy;
  selectedEntity: string | null;
}

export function describeMap(summit: Summit, filtered: FilteredSummit, view: MapDescriptionInput): string {
  const participants = summit.entities.filter(isParticipant);
  const shown = participants.filter((e) => filtered.entityIds.has(e.id));
  const rows = legendCounts(shown, view.colorBy).filter((r) => r.count > 0);
  // "Member 35", as the key reads: "35 member" and "4 rules out troops" came from gluing count to label.
  const breakdown = rows.map((r) => `${r.category.label} ${r.count}`).join(', ');
  const scope = filtered.entitiesNarrowed
    ? `Map: ${shown.length} of ${countLabel(participants.length, 'participant')} ${shown.length === 1 ? 'matches' : 'match'} the filters` +
      (shown.length > 0
        ? ` (${listNames(
            shown.map((e) => nameInProse(e.name)),
            LIST_MAX,
          )})`
        : '') +
      '; the others are dimmed.'
    : `Map: ${countLabel(participants.length, 'participant')}.`;
  const colours = shown.length > 0 ? ` By ${COLOR_BY_LABELS[view.colorBy].toLowerCase()}: ${breakdown}.` : '';
  const outsiders = summit.entities.filter((e) => !isParticipant(e)).map((e) => nameInProse(e.name));
  const outside = outsiders.length > 0 ? ` Not taking part: ${listNames(outsiders, LIST_MAX)}.` : '';
  const selected = summit.entities.find((e) => e.id === view.selectedEntity);
  return `${scope}${colours}${outside}${selected ? ` Selected: ${selected.name}.` : ''}`;
}

export function describeMatrix(summit: Summit, filtered: FilteredSummit): string {
  const rows = leaders(summit).filter((p) => filtered.personIds.has(p.id));
  const questions = summit.questions.filter((q) => filtered.questionIds.has(q.id));
  const head = `Stance matrix: ${rows.length} of ${countLabel(leaders(summit).length, 'leader')} by ${countLabel(
    questions.length,
    'question',
  )}.`;
  if (rows.length === 0 || questions.length === 0) return `${head} Nothing matches the filters.`;
  const index = indexStances(summit.stances);
  const counts = countPositions(rows.flatMap((p) => questions.map((q) => positionOf(index, p.id, q.id))));
  return `${head} ${summarizeCounts(counts)}.`;
}

export function describeTimeline(summit: Summit, filtered: FilteredSummit): string {
  const events = summit.events.filter((e) => filtered.eventIds.has(e.id));
  const head = `Timeline: ${events.length} of ${countLabel(summit.events.length, 'event')}`;
  if (events.length === 0) return `${head}; nothing matches the filters.`;
  const spans = events.map((e) => ({ event: e, ...eventSpan(e) }));
  const first = spans.reduce((a, b) => (b.start < a.start ? b : a));
  const last = spans.reduce((a, b) => (b.end > a.end ? b : a));
  // Only events known to the day count towards the busiest day: a month-precise one is not on the 1st.
  const dates = events.filter((e) => e.datePrecision === 'day').map((e) => e.date);
  const byCategory = new Map<string, number>();
  for (const e of events) byCategory.set(e.category, (byCategory.get(e.category) ?? 0) + 1);
  const categories = [...byCategory]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([c, n]) => `${categoryLabel(c)} ${n}`)
    .join(', ');
  const perDay = new Map<string, number>();
  for (const d of dates) perDay.set(d, (perDay.get(d) ?? 0) + 1);
  const [busiest, most] = [...perDay].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ['', 0];
  const peak = most > 1 ? ` The busiest day is ${formatCalendarDate(busiest)}, with ${most} events.` : '';
  const [from, to] = [formatEventBound(first.event, 'start'), formatEventBound(last.event, 'end')];
  // "on 4 September 2025", but "in March 2025" and "in the week of …".
  const on = first.event.datePrecision === 'day' ? 'on' : 'in';
  const span = from === to ? `${on} ${from}` : `from ${from} to ${to}`;
  return `${head}, ${span}. By category: ${categories}.${peak}`;
}
