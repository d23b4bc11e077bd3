/**
 * The stance matrix as data: rows grouped by affiliation and sorted, cells with accessible names,
 * and per-column and whole-grid counts. Pure, so it can be memoised and unit-tested.
 */
import type { Entity, Person, Position, Question, Summit } from '../data/schema';
import type { MatrixSort } from '../state/viewState';
import { familyName } from './personNames';
import { agreementWith, compareAgreement, type Agreement } from './stanceAgreement';
import {
  cellView,
  countPositions,
  emptyCounts,
  summarizeCounts,
  type CellView,
  type PositionCounts,
  type StanceIndex,
} from './stanceCells';
import { isTaken, keyPositions } from './stanceVocabulary';

export interface Affiliation {
  id: string;
  label: string;
  /** 0 coalition participants, 1 guests (e.g. the United States), 2 non-participants (e.g. Russia). */
  rank: number;
}

export const COALITION: Affiliation = { id: 'coalition', label: 'Coalition participants', rank: 0 };

/** Non-participant → its own group named after the country; guest → likewise; else the coalition. */
export function affiliationOf(entity: Entity | undefined): Affiliation {
  const role = entity?.participation.role;
  if (entity && role === 'non-participant') return { id: `np-${entity.id}`, label: entity.name, rank: 2 };
  if (entity && role === 'guest') return { id: `guest-${entity.id}`, label: entity.name, rank: 1 };
  return COALITION;
}

/** What a row shows whatever the sort: built once per dataset and column set, so re-sorting keeps it. */
export interface RowData {
  person: Person;
  entityName: string;
  cells: readonly CellView[];
  /** Positions actually taken among the shown questions. */
  stated: number;
}

export interface MatrixRow extends RowData {
  /** Agreement with the reference leader, when sorting by agreement. */
  agreement: Agreement | null;
  isReference: boolean;
}

export interface MatrixGroup {
  id: string;
  label: string;
  rows: MatrixRow[];
}

export interface ColumnSummary {
  question: Question;
  counts: PositionCounts;
  sentence: string;
}

export interface MatrixModel {
  columns: Question[];
  /** Groups of the rows the filters show (non-empty groups only). */
  groups: MatrixGroup[];
  /**
   * Every leader, grouped and sorted the same way, each flagged as shown or not: the grid keeps
   * filtered-out rows mounted but hidden, so a filter change toggles attributes instead of
   * rebuilding hundreds of cells.
   */
  allGroups: (MatrixGroup & { shown: ReadonlySet<string> })[];
  /** Rows in display order, across groups (what the keyboard walks). */
  rows: MatrixRow[];
  counts: PositionCounts;
  /** The values the key lists (see `keyPositions`). */
  keyPositions: Position[];
  columnSummaries: ColumnSummary[];
  totalPeople: number;
  totalQuestions: number;
  /** The agreement reference actually used (null if unset or unknown). */
  reference: Person | null;
}

export interface MatrixInput {
  personIds: ReadonlySet<string>;
  questionIds: ReadonlySet<string>;
  sort: MatrixSort;
  sortRef: string | null;
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

type Comparator = (a: MatrixRow, b: MatrixRow) => number;

function comparatorFor(sort: MatrixSort, order: ReadonlyMap<string, number>): Comparator {
  const byDataset: Comparator = (a, b) => (order.get(a.person.id) ?? 0) - (order.get(b.person.id) ?? 0);
  const byName: Comparator = (a, b) =>
    collator.compare(familyName(a.person.name), familyName(b.person.name)) ||
    collator.compare(a.person.name, b.person.name) ||
    byDataset(a, b);
  switch (sort) {
    case 'name':
      return byName;
    case 'country':
      return (a, b) => collator.compare(a.entityName, b.entityName) || byDataset(a, b);
    case 'stated':
      return (a, b) => b.stated - a.stated || byName(a, b);
    case 'agreement':
      return (a, b) => {
        if (a.isReference !== b.isReference) return a.isReference ? -1 : 1;
        if (!a.agreement || !b.agreement) return byDataset(a, b);
        return compareAgreement(a.agreement, b.agreement) || byName(a, b);
      };
    case 'group':
      return byDataset;
  }
}

export function shownQuestions(summit: Summit, questionIds: ReadonlySet<string>): Question[] {
  return summit.questions.filter((q) => questionIds.has(q.id));
}

/** Every person's cells for these columns (accessible names included), keyed by person id. */
export function buildRowData(
  summit: Summit,
  index: StanceIndex,
  columns: readonly Question[],
): ReadonlyMap<string, RowData> {
  const entities = new Map(summit.entities.map((e) => [e.id, e]));
  const out = new Map<string, RowData>();
  for (const person of summit.people) {
    const cells = columns.map((q) => cellView(index, person.id, person.name, q.id, q.label));
    out.set(person.id, {
      person,
      entityName: entities.get(person.entityId)?.name ?? person.entityId,
      cells,
      stated: cells.filter((c) => isTaken(c.position)).length,
    });
  }
  return out;
}

/** Each column's counts over these rows, with the sentence that reads them out. */
export function summarizeColumns(columns: readonly Question[], rows: readonly RowData[]): ColumnSummary[] {
  return columns.map((question, col) => {
    const counts = countPositions(rows.map((r) => r.cells[col]?.position ?? 'not-stated'));
    return { question, counts, sentence: summarizeCounts(counts) };
  });
}

/**
 * Groups, sorts and counts. Pass `rowData` (from buildRowData with the same columns) to reuse cell
 * objects across sorts and filters, so memoised rows do not re-render.
 */
export function buildMatrix(
  summit: Summit,
  index: StanceIndex,
  input: MatrixInput,
  rowData?: ReadonlyMap<string, RowData>,
): MatrixModel {
  const entities = new Map(summit.entities.map((e) => [e.id, e]));
  const columns = shownQuestions(summit, input.questionIds);
  const data = rowData ?? buildRowData(summit, index, columns);
  const questionIds = columns.map((q) => q.id);
  const reference =
    input.sort === 'agreement' && input.sortRef !== null
      ? (summit.people.find((p) => p.id === input.sortRef) ?? null)
      : null;

  const order = new Map(summit.people.map((p, i) => [p.id, i]));
  const groups = new Map<string, MatrixGroup & { rank: number; first: number }>();
  const speakers = leaders(summit);
  for (const person of speakers) {
    const entity = entities.get(person.entityId);
    const base = data.get(person.id);
    if (!base) continue;
    const row: MatrixRow = {
      ...base,
      agreement: reference ? agreementWith(index, reference.id, person.id, questionIds) : null,
      isReference: reference?.id === person.id,
    };
    const aff = affiliationOf(entity);
    const group = groups.get(aff.id);
    if (group) group.rows.push(row);
    else
      groups.set(aff.id, { id: aff.id, label: aff.label, rows: [row], rank: aff.rank, first: groups.size });
  }

  const compare = comparatorFor(input.sort, order);
  const isShown = (row: MatrixRow) => input.personIds.has(row.person.id);
  const allGroups = [...groups.values()]
    .sort((a, b) => a.rank - b.rank || a.first - b.first)
    .map(({ id, label, rows }) => {
      const sorted = [...rows].sort(compare);
      return { id, label, rows: sorted, shown: new Set(sorted.filter(isShown).map((r) => r.person.id)) };
    });
  const sortedGroups = allGroups
    .map(({ id, label, rows }) => ({ id, label, rows: rows.filter(isShown) }))
    .filter((g) => g.rows.length > 0);
  const rows = sortedGroups.flatMap((g) => g.rows);

  const columnSummaries = summarizeColumns(columns, rows);
  const counts = emptyCounts();
  for (const summary of columnSummaries)
    for (const [position, n] of Object.entries(summary.counts)) counts[position as Position] += n;

  return {
    columns,
    groups: sortedGroups,
    allGroups,
    rows,
    counts,
    keyPositions: keyPositions(summit.stances),
    columnSummaries,
    totalPeople: speakers.length,
    totalQuestions: summit.questions.length,
    reference,
  };
}

export interface PeopleGroup {
  id: string;
  label: string;
  people: Person[];
}

/**
 * The matrix's rows: the head of each delegation (first in `representedBy`) and anyone with a stance
 * record. A head who said nothing is a row of "not stated", which is worth seeing; advisers who are in
 * the dataset only because they sat in a meeting are left out.
 */
export function leaders(summit: Summit): Person[] {
  const rows = new Set(summit.stances.map((s) => s.personId));
  for (const entity of summit.entities) {
    const head = entity.participation.representedBy[0];
    if (head !== undefined) rows.add(head);
  }
  return summit.people.filter((p) => rows.has(p.id));
}

/** Every person (filters ignored) grouped by affiliation, for leader pickers. */
export function peopleByAffiliation(summit: Summit): PeopleGroup[] {
  const entities = new Map(summit.entities.map((e) => [e.id, e]));
  const groups = new Map<string, PeopleGroup & { rank: number; first: number }>();
  for (const person of leaders(summit)) {
    const aff = affiliationOf(entities.get(person.entityId));
    const group = groups.get(aff.id);
    if (group) group.people.push(person);
    else groups.set(aff.id, { ...aff, people: [person], first: groups.size });
  }
  return [...groups.values()]
    .sort((a, b) => a.rank - b.rank || a.first - b.first)
    .map(({ id, label, people }) => ({ id, label, people }));
}
