/**
 * CSV exports of participants, stances and events (RFC 4180: comma-separated, CRLF line ends, fields
 * quoted when they hold a comma, quote or line break, quotes doubled). Every row carries the URLs of
 * its sources and the dataset version, so a copied row still says where it came from. Coded values
 * (role, position, confidence…) are written as the contract's codes, stable for scripts. Pure: the
 * caller adds the byte-order mark (`CSV_BOM`) when it makes the file.
 */
import type { Summit } from '../data/schema';
import type { FilteredSummit } from '../model/filters';
import { byName } from '../model/entitySearch';
import { sortEvents } from '../model/timelineOrder';

/** Excel reads a UTF-8 file as the local code page unless it starts with this mark. */
export const CSV_BOM = '\uFEFF';
export const LIST_SEPARATOR = ' | ';

export type CsvValue = string | number | boolean | null | undefined;
export type CsvTable = 'participants' | 'stances' | 'events';
export const CSV_TABLES: readonly CsvTable[] = ['participants', 'stances', 'events'];

/**
 * One field. Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
 * apostrophe: datasets can be anyone's file, and a cell must never execute.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

// prettier-ignore
export const PARTICIPANT_COLUMNS = [
  'id', 'name', 'kind', 'iso3', 'role', 'attendance', 'represented_by', 'participation_note',
  'pledge_status', 'pledge_domains', 'pledge_summary', 'pledge_confidence', 'pledge_source_urls',
  'source_ids', 'source_urls', 'dataset_version',
] as const;

// prettier-ignore
export const STANCE_COLUMNS = [
  'person_id', 'person_name', 'entity_name', 'question_id', 'question', 'position', 'confidence',
  'date', 'summary', 'quote', 'quote_language', 'quote_translated_from', 'condition', 'source_ids', 'source_urls',
  'dataset_version',
] as const;

// prettier-ignore
export const EVENT_COLUMNS = [
  'id', 'date', 'date_precision', 'end_date', 'title', 'category', 'description', 'location',
  'entities', 'people', 'context', 'source_ids', 'source_urls', 'dataset_version',
] as const;

/** Which records to write: the filtered selection, or everything when `filtered` is null. */
export interface CsvScope {
  filtered: FilteredSummit | null;
  /** Stances by these people first, in this order (the matrix's rows as sorted), each in question order. */
  personOrder?: readonly string[];
}

function sourceLookup(summit: Summit): (ids: readonly string[]) => string {
  const urls = new Map(summit.sources.map((s) => [s.id, s.url]));
  return (ids) =>
    ids
      .map((id) => urls.get(id) ?? '')
      .filter((u) => u !== '')
      .join(LIST_SEPARATOR);
}

const join = (items: readonly string[]) => items.join(LIST_SEPARATOR);

export function participantsCsv(summit: Summit, { filtered }: CsvScope): string {
  const urls = sourceLookup(summit);
  const people = new Map(summit.people.map((p) => [p.id, p.name]));
  // In the order of the participant list under the map, not the file's.
  const rows = byName(summit.entities.filter((e) => !filtered || filtered.entityIds.has(e.id))).map((e) => [
    e.id,
    e.name,
    e.kind,
    e.iso3,
    e.participation.role,
    e.participation.attendance,
    join(e.participation.representedBy.map((id) => people.get(id) ?? id)),
    e.participation.note,
    e.pledge?.status,
    e.pledge ? join(e.pledge.domains) : '',
    e.pledge?.summary,
    e.pledge?.confidence,
    e.pledge ? urls(e.pledge.sourceIds) : '',
    join(e.sourceIds),
    urls(e.sourceIds),
    summit.meta.datasetVersion,
  ]);
  return toCsv(PARTICIPANT_COLUMNS, rows);
}

/** The stance records a scope covers: shown leader × shown question (all when not filtered). */
export function stancesIn(summit: Summit, filtered: FilteredSummit | null): Summit['stances'] {
  if (!filtered) return summit.stances;
  return summit.stances.filter(
    (s) => filtered.personIds.has(s.personId) && filtered.questionIds.has(s.questionId),
  );
}

/** Stances by person (in `personOrder`, the rest after), then question; the sort is stable. */
function inOrder(summit: Summit, stances: Summit['stances'], personOrder: readonly string[]) {
  const rank = (ids: readonly string[]) => {
    const at = new Map(ids.map((id, i) => [id, i]));
    return (id: string) => at.get(id) ?? ids.length;
  };
  const person = rank(personOrder);
  const question = rank(summit.questions.map((q) => q.id));
  return [...stances].sort(
    (a, b) => person(a.personId) - person(b.personId) || question(a.questionId) - question(b.questionId),
  );
}

export function stancesCsv(summit: Summit, { filtered, personOrder }: CsvScope): string {
  const urls = sourceLookup(summit);
  const people = new Map(summit.people.map((p) => [p.id, p]));
  const entities = new Map(summit.entities.map((e) => [e.id, e.name]));
  const questions = new Map(summit.questions.map((q) => [q.id, q.label]));
  const stances = stancesIn(summit, filtered);
  const rows = (personOrder ? inOrder(summit, stances, personOrder) : stances).map((s) => {
    const person = people.get(s.personId);
    return [
      s.personId,
      person?.name,
      person ? entities.get(person.entityId) : '',
      s.questionId,
      questions.get(s.questionId),
      s.position,
      s.confidence,
      s.date,
      s.summary,
      s.quote,
      s.quoteLanguage,
      s.quoteTranslatedFrom,
      s.condition,
      join(s.sourceIds),
      urls(s.sourceIds),
      summit.meta.datasetVersion,
    ];
  });
  return toCsv(STANCE_COLUMNS, rows);
}

export function eventsCsv(summit: Summit, { filtered }: CsvScope): string {
  const urls = sourceLookup(summit);
  const entities = new Map(summit.entities.map((e) => [e.id, e.name]));
  const people = new Map(summit.people.map((p) => [p.id, p.name]));
  // In the timeline's reading order: by date, a day's events as the file lists them.
  const rows = sortEvents(summit.events.filter((ev) => !filtered || filtered.eventIds.has(ev.id))).map(
    (ev) => [
      ev.id,
      ev.date,
      ev.datePrecision,
      ev.endDate,
      ev.title,
      ev.category,
      ev.description,
      ev.location,
      join(ev.entityIds.map((id) => entities.get(id) ?? id)),
      join(ev.personIds.map((id) => people.get(id) ?? id)),
      ev.context === true ? 'yes' : '',
      join(ev.sourceIds),
      urls(ev.sourceIds),
      summit.meta.datasetVersion,
    ],
  );
  return toCsv(EVENT_COLUMNS, rows);
}

export function tableCsv(table: CsvTable, summit: Summit, scope: CsvScope): string {
  switch (table) {
    case 'participants':
      return participantsCsv(summit, scope);
    case 'stances':
      return stancesCsv(summit, scope);
    case 'events':
      return eventsCsv(summit, scope);
  }
}
