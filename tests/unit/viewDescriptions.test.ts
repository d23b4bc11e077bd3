import { applyFilters, type FilterState } from '../../src/model/filters';
import { pickFilters } from '../../src/state/paintedFilters';
import { DEFAULT_VIEW_STATE } from '../../src/state/viewState';
import { describeMap, describeMatrix, describeTimeline } from '../../src/model/viewDescriptions';
import { loadFixture } from '../helpers/renderWithStore';

const summit = loadFixture('valid-small.json');
/** Nothing narrowed: the filters of a fresh view. */
const NO_FILTERS = pickFilters(DEFAULT_VIEW_STATE);
const filtered = (f: Partial<FilterState> = {}) => applyFilters(summit, { ...NO_FILTERS, ...f });

describe('view descriptions', () => {
  it('describes the map: participants by the colour dimension, outsiders, selection', () => {
    const all = describeMap(summit, filtered(), { colorBy: 'attendance', selectedEntity: null });
    expect(all).toMatch(/^Map: 7 participants\. By attendance: /);
    expect(all).toContain('Not taking part: Russia.');
    const e3 = describeMap(summit, filtered({ entities: ['fra', 'gbr'] }), {
      colorBy: 'role',
      selectedEntity: 'fra',
    });
    expect(e3).toMatch(
      /^Map: 2 of 7 participants match the filters \(France and the United Kingdom\); the others are dimmed\./,
    );
    expect(e3).toMatch(/Selected: France\.$/);
    // Each value as the key reads it, so no count is glued to a label ("35 member", "4 rules out troops").
    expect(e3).toContain('By role: Host 1, Co-chair 1.');
    expect(
      describeMap(summit, filtered({ entities: ['ita'] }), { colorBy: 'role', selectedEntity: null }),
    ).toMatch(/^Map: 1 of 7 participants matches the filters \(Italy\)/);
  });

  it('describes the matrix with the same counts as its column totals', () => {
    expect(describeMatrix(summit, filtered({ questions: ['own-troops'] }))).toBe(
      'Stance matrix: 7 of 7 leaders by 1 question. 2 support, 1 oppose; 3 not stated, 1 not applicable.',
    );
    expect(describeMatrix(summit, filtered({ entities: ['nowhere'] }))).toMatch(
      /Nothing matches the filters\.$/,
    );
  });

  it('describes the timeline: span, categories and the busiest day, following the filters', () => {
    const all = describeTimeline(summit, filtered());
    expect(all).toMatch(/^Timeline: 8 of 8 events, from 2 March 2025 to November 2025\. By category: /);
    // Three events on 4 September; the month-precise plan is not counted as on 1 November.
    expect(all).toMatch(/The busiest day is 4 September 2025, with 3 events\.$/);
    const launch = {
      ...summit.events.find((e) => e.id === '2025-11-plan')!,
      id: 'launch',
      date: '2025-03-01',
      endDate: undefined,
    };
    const withLaunch = { ...summit, events: [launch, ...summit.events] };
    expect(describeTimeline(withLaunch, applyFilters(withLaunch, NO_FILTERS))).toMatch(
      /^Timeline: 9 of 9 events, from March 2025 to November 2025\./,
    );
    const november = filtered({ from: '2025-11-01', to: '2025-11-30', categories: ['talks'] });
    expect(describeTimeline(summit, november)).toMatch(/^Timeline: 1 of 8 events, in November 2025\./);
    expect(describeTimeline(summit, filtered({ from: '2025-08-15', to: '2025-08-15' }))).toMatch(
      /, on 15 August 2025\./,
    );
    const e3 = describeTimeline(summit, filtered({ entities: ['fra', 'gbr'] }));
    expect(e3).toMatch(/^Timeline: 4 of 8 events/);
    expect(describeTimeline(summit, filtered({ categories: ['nothing'] }))).toBe(
      'Timeline: 0 of 8 events; nothing matches the filters.',
    );
  });
});
