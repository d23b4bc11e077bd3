/**
 * Which records cite each source, so the sources panel can answer "what in this dataset rests on it?"
 * and take the reader there. Pure: summit in, map out.
 */
import type { Source, SourceKind, Summit } from '../data/schema';
import { SOURCE_KINDS } from '../data/schema';
import type { StanceCellRef, ViewState } from '../state/viewState';
import { formatEventDate } from './timelineDates';
import { reportedFigures } from './overview';

export type CitingKind = 'reported' | 'entity' | 'pledge' | 'stance' | 'event' | 'claim' | 'slide';

export interface CitingRecord {
  kind: CitingKind;
  /** The record's id; for a stance "personId/questionId", for a reported figure its key. */
  id: string;
  label: string;
  /** Only for stances: the matrix cell to select. */
  cell?: StanceCellRef;
  /** Only for story slides: its number, from 1. */
  slide?: number;
}

const CLAIM_LABEL_MAX = 90;

/** sourceId → the records citing it, in the order reported, entity, pledge, stance, event, claim, slide. */
export function buildSourceIndex(summit: Summit): Map<string, CitingRecord[]> {
  const index = new Map<string, CitingRecord[]>(summit.sources.map((s) => [s.id, []]));
  const cite = (ids: readonly string[], record: CitingRecord) => {
    for (const id of new Set(ids)) {
      const list = index.get(id) ?? [];
      if (!list.some((r) => r.kind === record.kind && r.id === record.id)) list.push(record);
      index.set(id, list);
    }
  };
  for (const f of reportedFigures(summit.meta)) {
    cite(f.sourceIds, { kind: 'reported', id: f.key, label: `Reported figure: ${f.label} (${f.value})` });
  }
  for (const e of summit.entities) {
    cite(e.sourceIds, {
      kind: 'entity',
      id: e.id,
      label: `${e.kind === 'country' ? 'Country' : 'Organisation'}: ${e.name}`,
    });
  }
  for (const e of summit.entities) {
    if (e.pledge) cite(e.pledge.sourceIds, { kind: 'pledge', id: e.id, label: `Pledge: ${e.name}` });
  }
  const people = new Map(summit.people.map((p) => [p.id, p.name]));
  const questions = new Map(summit.questions.map((q) => [q.id, q.label]));
  for (const s of summit.stances) {
    const person = people.get(s.personId) ?? s.personId;
    const question = questions.get(s.questionId) ?? s.questionId;
    cite(s.sourceIds, {
      kind: 'stance',
      id: `${s.personId}/${s.questionId}`,
      label: `Stance: ${person} on ${question}`,
      cell: { personId: s.personId, questionId: s.questionId },
    });
  }
  for (const ev of summit.events) {
    cite(ev.sourceIds, {
      kind: 'event',
      id: ev.id,
      label: `Event: ${ev.title} (${formatEventDate(ev)})`,
    });
  }
  for (const c of summit.claims) {
    const text = shorten(c.text, CLAIM_LABEL_MAX);
    cite([c.claimedBy], { kind: 'claim', id: c.id, label: `Claim made: ${text}` });
    cite(c.sourceIds, { kind: 'claim', id: c.id, label: `Claim checked: ${text}` });
  }
  summit.story.forEach((slide, i) =>
    cite(slide.sourceIds ?? [], {
      kind: 'slide',
      id: slide.id,
      label: `Slide ${i + 1}: ${slide.title}`,
      slide: i + 1,
    }),
  );
  return index;
}

/** What selecting a citing record changes in the store; null for records that are shown by anchor. */
export function selectionFor(record: CitingRecord): Partial<ViewState> | null {
  switch (record.kind) {
    case 'entity':
    case 'pledge':
      return { selectedEntity: record.id };
    case 'event':
      return { selectedEvent: record.id };
    case 'stance':
      return record.cell ? { selectedCell: record.cell } : null;
    default:
      return null;
  }
}

/** Where on the page a record is shown: the in-page anchor to go to after selecting it. */
export function anchorFor(record: CitingRecord): string | null {
  switch (record.kind) {
    case 'claim':
      return `#claim-${record.id}`;
    case 'reported':
      return '#overview';
    case 'entity':
    case 'pledge':
      return '#map';
    case 'stance':
      return '#matrix';
    case 'event':
      return '#timeline';
    case 'slide':
      // Another page, not a place on this one: presenting mode opened at that slide.
      return record.slide === undefined ? null : `?present=1&slide=${record.slide}`;
    default:
      return null;
  }
}

/** How many sources of each kind, in contract order, kinds with none left out. */
export function countSourceKinds(sources: readonly Source[]): { kind: SourceKind; count: number }[] {
  return SOURCE_KINDS.map((kind) => ({ kind, count: sources.filter((s) => s.kind === kind).length })).filter(
    (k) => k.count > 0,
  );
}

/** Sources by publisher, then title, for the panel. */
export function sortSources(sources: readonly Source[]): Source[] {
  return [...sources].sort(
    (a, b) => a.publisher.localeCompare(b.publisher, 'en') || a.title.localeCompare(b.title, 'en'),
  );
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
