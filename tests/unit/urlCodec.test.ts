import fc from 'fast-check';
import { ATTENDANCES, PLEDGE_STATUSES } from '../../src/data/schema';
import { decodeViewState, encodeViewState, viewStateFromSearch } from '../../src/state/urlCodec';
import {
  COLOR_BYS,
  DEFAULT_VIEW_STATE,
  LAYOUTS,
  MATRIX_SORTS,
  THEMES,
  type ViewState,
} from '../../src/state/viewState';

const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9._:-]{0,15}$/);
const idsArb = fc.uniqueArray(idArb, { maxLength: 6 });
const dateArb = fc
  .date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const subset = <T extends string>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values));
// Zoom is written with 4 decimals (lon/lat) and 3 (k), so generate values that survive that.
const zoomArb = fc.record({
  lon: fc.integer({ min: -1_800_000, max: 1_800_000 }).map((n) => n / 10_000),
  lat: fc.integer({ min: -900_000, max: 900_000 }).map((n) => n / 10_000),
  k: fc.integer({ min: 100, max: 64_000 }).map((n) => n / 1000),
});

const viewStateArb: fc.Arbitrary<ViewState> = fc
  .record({
    view: fc.constantFrom(...LAYOUTS),
    color: fc.constantFrom(...COLOR_BYS),
    entities: idsArb,
    pledge: subset(PLEDGE_STATUSES),
    attendance: subset(ATTENDANCES),
    questions: idsArb,
    categories: idsArb,
    range: fc.option(fc.tuple(dateArb, dateArb).map(([a, b]) => (a <= b ? [a, b] : [b, a]))),
    selectedEntity: fc.option(idArb),
    selectedEvent: fc.option(idArb),
    selectedCell: fc.option(fc.record({ personId: idArb, questionId: idArb })),
    zoom: fc.option(zoomArb),
    sort: fc.constantFrom(...MATRIX_SORTS),
    sortRef: fc.option(idArb),
    compare: fc.option(fc.tuple(idArb, idArb).filter(([a, b]) => a !== b)),
    theme: fc.constantFrom(...THEMES),
    present: fc.boolean(),
    slide: fc.integer({ min: 0, max: 20 }),
  })
  .map(({ range, ...rest }) => ({ ...rest, from: range?.[0] ?? null, to: range?.[1] ?? null }));

describe('URL codec', () => {
  it('writes nothing for the default state', () => {
    expect(encodeViewState(DEFAULT_VIEW_STATE)).toBe('');
  });

  it('writes readable parameters', () => {
    const search = encodeViewState({
      ...DEFAULT_VIEW_STATE,
      color: 'attendance',
      entities: ['fra', 'deu', 'gbr'],
      from: '2025-09-01',
      to: '2025-09-10',
      selectedCell: { personId: 'meloni', questionId: 'own-troops' },
    });
    expect(search).toBe(
      'color=attendance&e=fra,deu,gbr&from=2025-09-01&to=2025-09-10&cell=meloni,own-troops',
    );
  });

  it('round-trips any view state (property)', () => {
    fc.assert(
      fc.property(viewStateArb, (state) => {
        expect(viewStateFromSearch(encodeViewState(state))).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('encoding a decoded query is stable (property)', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        const once = encodeViewState(viewStateFromSearch(search));
        expect(encodeViewState(viewStateFromSearch(once))).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('drops malformed and unknown parameters but keeps the valid ones', () => {
    expect(
      decodeViewState(
        '?color=purple&view=map&e=fra,<script>&pledge=ready-to-deploy,bogus&from=2025-02-30&to=2025-09-10' +
          '&zoom=1,2&slide=0&cell=a&cmp=x&sort=agreement&unknown=1&theme=dark',
      ),
    ).toEqual({
      view: 'map',
      pledge: ['ready-to-deploy'],
      to: '2025-09-10',
      sort: 'agreement',
      theme: 'dark',
    });
  });

  it('drops an unknown value from a list of coded values, as it drops an unknown id, and keeps the rest', () => {
    expect(decodeViewState('att=in-person,zzz&pledge=bogus&e=fra,zzz')).toEqual({
      attendance: ['in-person'],
      entities: ['fra', 'zzz'], // unknown ids go when the dataset is known (knownIds)
    });
  });

  it('drops a reversed date range', () => {
    expect(decodeViewState('from=2025-10-01&to=2025-09-01')).toEqual({});
  });

  it('keeps a cell whose person and question share an id (found by the property test, seed 1954248126)', () => {
    expect(decodeViewState('cell=0,0')).toEqual({ selectedCell: { personId: '0', questionId: '0' } });
  });

  it('reads a 1-based slide number', () => {
    expect(decodeViewState('present=1&slide=4')).toEqual({ present: true, slide: 3 });
  });
});
