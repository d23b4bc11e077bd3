import { applyFilters } from '../../src/model/filters';
import { pickFilters } from '../../src/state/paintedFilters';
import { DEFAULT_VIEW_STATE } from '../../src/state/viewState';
import { loadFixture } from '../helpers/renderWithStore';

const summit = loadFixture('valid-small.json');
/** Nothing narrowed: the filters of a fresh view. */
const NO_FILTERS = pickFilters(DEFAULT_VIEW_STATE);
const sorted = (s: ReadonlySet<string>) => [...s].sort();

describe('applyFilters', () => {
  it('keeps everything without filters', () => {
    const f = applyFilters(summit, NO_FILTERS);
    expect([f.entityIds.size, f.personIds.size, f.questionIds.size, f.eventIds.size]).toEqual([8, 7, 3, 8]);
    expect(f.entitiesNarrowed).toBe(false);
  });

  it('narrows people and events to the chosen entities', () => {
    const f = applyFilters(summit, { ...NO_FILTERS, entities: ['ita', 'rus'] });
    expect(sorted(f.entityIds)).toEqual(['ita', 'rus']);
    expect(sorted(f.personIds)).toEqual(['meloni', 'putin']);
    expect(sorted(f.eventIds)).toEqual(['2025-08-15-alaska', '2025-09-04-summit', '2025-09-05-moscow']);
  });

  it('combines pledge and attendance filters with AND', () => {
    const f = applyFilters(summit, { ...NO_FILTERS, pledge: ['ready-to-deploy'], attendance: ['video'] });
    expect(sorted(f.entityIds)).toEqual(['gbr']);
  });

  it('keeps events that overlap the date range, including week and month ranges', () => {
    const f = applyFilters(summit, { ...NO_FILTERS, from: '2025-10-25', to: '2025-11-02' });
    expect(sorted(f.eventIds)).toEqual(['2025-10-sanctions', '2025-11-plan']);
  });

  it('spans an event known only to the week or month over that week or month, as the timeline draws it', () => {
    const base = summit.events[0]!;
    const events = [
      { ...base, id: 'march', date: '2025-03-01', datePrecision: 'month' as const },
      { ...base, id: 'week', date: '2025-03-03', datePrecision: 'week' as const },
    ];
    const f = applyFilters({ ...summit, events }, { ...NO_FILTERS, from: '2025-03-08', to: '2025-03-31' });
    expect(sorted(f.eventIds)).toEqual(['march', 'week']);
    const after = applyFilters({ ...summit, events }, { ...NO_FILTERS, from: '2025-03-10' });
    expect(sorted(after.eventIds)).toEqual(['march']);
  });

  it('filters events by category and questions by id', () => {
    const f = applyFilters(summit, { ...NO_FILTERS, categories: ['statement'], questions: ['negotiate'] });
    expect(sorted(f.eventIds)).toEqual(['2025-09-04-press', '2025-09-05-moscow']);
    expect(sorted(f.questionIds)).toEqual(['negotiate']);
  });
});
