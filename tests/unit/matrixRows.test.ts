import { describe, expect, it } from 'vitest';
import {
  affiliationOf,
  buildMatrix,
  peopleByAffiliation,
  type MatrixModel,
} from '../../src/model/matrixRows';
import { indexStances } from '../../src/model/stanceCells';
import type { MatrixSort } from '../../src/state/viewState';
import { loadFixture } from '../helpers/renderWithStore';

const summit = loadFixture('valid-small.json');
const index = indexStances(summit.stances);
const allPeople = new Set(summit.people.map((p) => p.id));
const allQuestions = new Set(summit.questions.map((q) => q.id));

function build(
  sort: MatrixSort,
  sortRef: string | null = null,
  personIds = allPeople,
  questionIds = allQuestions,
) {
  return buildMatrix(summit, index, { personIds, questionIds, sort, sortRef });
}

const order = (m: MatrixModel) => m.groups.map((g) => [g.label, g.rows.map((r) => r.person.id)]);

describe('affiliation groups', () => {
  it('puts guests and non-participants in groups named after their country', () => {
    const byId = new Map(summit.entities.map((e) => [e.id, e]));
    expect(affiliationOf(byId.get('usa')).label).toBe('United States');
    expect(affiliationOf(byId.get('rus')).label).toBe('Russia');
    expect(affiliationOf(byId.get('nato')).label).toBe('Coalition participants');
    expect(affiliationOf(undefined).id).toBe('coalition');
  });

  it('orders coalition, then guests, then non-participants, in dataset order by default', () => {
    expect(order(build('group'))).toEqual([
      ['Coalition participants', ['macron', 'starmer', 'meloni', 'zelensky', 'rutte']],
      ['United States', ['witkoff']],
      ['Russia', ['putin']],
    ]);
  });

  it('lists every person for the pickers, whatever the filters', () => {
    expect(peopleByAffiliation(summit).map((g) => [g.id, g.people.length])).toEqual([
      ['coalition', 5],
      ['guest-usa', 1],
      ['np-rus', 1],
    ]);
  });
});

describe('sorting within groups', () => {
  it('sorts by family name', () => {
    expect(build('name').groups[0]?.rows.map((r) => r.person.name)).toEqual([
      'Emmanuel Macron',
      'Giorgia Meloni',
      'Mark Rutte',
      'Keir Starmer',
      'Volodymyr Zelensky',
    ]);
  });

  it('sorts by country or organisation name', () => {
    expect(build('country').groups[0]?.rows.map((r) => r.entityName)).toEqual([
      'France',
      'Italy',
      'NATO',
      'Ukraine',
      'United Kingdom',
    ]);
  });

  it('sorts by number of positions actually taken (contested, n/a and not stated do not count)', () => {
    const m = build('stated');
    expect(m.rows.map((r) => [r.person.id, r.stated])).toEqual([
      ['macron', 3],
      ['meloni', 2],
      ['starmer', 1],
      ['rutte', 0],
      ['zelensky', 0],
      ['witkoff', 0],
      ['putin', 1],
    ]);
  });

  it('sorts by agreement with a reference leader, reference first, no shared answers last', () => {
    const m = build('agreement', 'macron');
    expect(m.reference?.id).toBe('macron');
    expect(m.rows.map((r) => [r.person.id, r.agreement?.agree, r.agreement?.shared])).toEqual([
      ['macron', 3, 3],
      ['starmer', 1, 1],
      ['meloni', 0, 2],
      ['rutte', 0, 0],
      ['zelensky', 0, 0],
      ['witkoff', 0, 0],
      ['putin', 0, 1],
    ]);
    expect(m.rows[0]?.isReference).toBe(true);
  });

  it('falls back to dataset order when no reference is chosen', () => {
    expect(order(build('agreement', null))).toEqual(order(build('group')));
    expect(build('agreement', 'nobody').reference).toBeNull();
  });
});

describe('counts', () => {
  it('counts every shown cell, treating missing records as not stated', () => {
    expect(build('group').counts).toEqual({
      supports: 3,
      conditional: 1,
      ambivalent: 1,
      opposes: 2,
      'not-stated': 12,
      undisclosed: 0,
      'not-applicable': 1,
      contested: 1,
    });
  });

  it('summarises each column: positions taken first, the rest reported apart', () => {
    expect(build('group').columnSummaries.map((s) => [s.question.id, s.sentence])).toEqual([
      ['troops-after-ceasefire', '1 support, 1 oppose, 1 ambivalent; 4 not stated'],
      ['own-troops', '2 support, 1 oppose; 3 not stated, 1 not applicable'],
      ['negotiate', '1 conditional; 5 not stated, 1 contested'],
    ]);
  });

  it('follows the filters: rows, columns, counts and totals', () => {
    const m = build('group', null, new Set(['macron', 'meloni', 'putin']), new Set(['own-troops']));
    expect(m.rows.map((r) => r.person.id)).toEqual(['macron', 'meloni', 'putin']);
    expect(m.groups.map((g) => g.label)).toEqual(['Coalition participants', 'Russia']);
    expect(m.columns.map((q) => q.id)).toEqual(['own-troops']);
    expect(m.columnSummaries[0]?.sentence).toBe('1 support, 1 oppose; 1 not stated');
    expect([m.totalPeople, m.totalQuestions]).toEqual([7, 3]);
  });
});

describe('cells', () => {
  it('names each cell for screen readers', () => {
    const meloni = build('group').rows.find((r) => r.person.id === 'meloni');
    expect(meloni?.cells.map((c) => c.label)).toEqual([
      'Giorgia Meloni, Troops after ceasefire: ambivalent, moderate confidence, 1 source',
      'Giorgia Meloni, Own troops: opposes, high confidence, 1 source',
      'Giorgia Meloni, Negotiate: not stated, no sources',
    ]);
    const zelensky = build('group').rows.find((r) => r.person.id === 'zelensky');
    expect(zelensky?.cells[0]).toEqual({
      questionId: 'troops-after-ceasefire',
      position: 'not-stated',
      confidence: null,
      sourceCount: 0,
      label: 'Volodymyr Zelensky, Troops after ceasefire: not stated, no record in the dataset',
    });
  });
});

describe('rows kept for filtering', () => {
  it('keeps every leader in allGroups, sorted as shown (by family name here), flagging the shown ones', () => {
    const m = build('name', null, new Set(['macron', 'putin']));
    expect(m.allGroups.map((g) => [g.label, g.rows.map((r) => r.person.id), [...g.shown]])).toEqual([
      ['Coalition participants', ['macron', 'meloni', 'rutte', 'starmer', 'zelensky'], ['macron']],
      ['United States', ['witkoff'], []],
      ['Russia', ['putin'], ['putin']],
    ]);
    expect(m.groups.map((g) => g.label)).toEqual(['Coalition participants', 'Russia']);
  });
});
