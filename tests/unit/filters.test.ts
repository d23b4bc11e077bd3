import { applyFilters, type FilterState } from '../../src/model/filters';
import { loadFixture } from '../helpers/renderWithStore';

const summit = loadFixture('valid-small.json');
const none: FilterState = {
  entities: [],
  pledge: [],
  attendance: [],
  questions: [],
  categories: [],
  from: null,
  to: null,
};
const sorted = (s: ReadonlySet<string>) => [...s].sort();

describe('applyFilters', () => {
  it('keeps everything without filters', () => {
    const f = applyFilters(summit, none);
    expect([f.entityIds.size, f.personIds.size, f.questionIds.size, f.eventIds.size]).toEqual([8, 7, 3, 8]);
    expect(f.entitiesNarrowed).toBe(false);
  });

  it('narrows people and events to the chosen entities', () => {
    const f = applyFilters(summit, { ...none, entities: ['ita', 'rus'] });
    expect(sorted(f.entityIds)).toEqual(['ita', 'rus']);
    expect(sorted(f.personIds)).toEqual(['meloni', 'putin']);
    expect(sorted(f.eventIds)).toEqual(['2025-08-15-alaska', '2025-09-04-summit', '2025-09-05-moscow']);
  });

  it('combines pledge and attendance filters with AND', () => {
    const f = applyFilters(summit, { ...none, pledge: ['ready-to-deploy'], attendance: ['video'] });
    expect(sorted(f.entityIds)).toEqual(['gbr']);
  });

  it('keeps events that overlap the date range, including week and month ranges', () => {
    const f = applyFilters(summit, { ...none, from: '2025-10-25', to: '2025-11-02' });
    expect(sorted(f.eventIds)).toEqual(['2025-10-sanctions', '2025-11-plan']);
  });

  it('filters events by category and questions by id', () => {
    const f = applyFilters(summit, { ...none, categories: ['statement'], questions: ['negotiate'] });
    expect(sorted(f.eventIds)).toEqual(['2025-09-04-press', '2025-09-05-moscow']);
    expect(sorted(f.questionIds)).toEqual(['negotiate']);
  });
});
